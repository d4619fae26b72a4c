using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A president elected, the votes that elected them beside the number needed, and a figure repeated.</summary>
public class PresidentialResultTests
{
    private static readonly DateOnly Week2012 = new(2012, 11, 10);
    private static readonly string[] People = ["Jane Doe", "John Roe"];

    private static ElectionExtraction Run(string text) => Extract.From(text, Week2012, People);

    [Theory]
    [InlineData("On Tuesday voters re-elected Jane Doe as the President of the United States.", "united-states-election-2012")]
    [InlineData("On Tuesday Jane Doe was elected President of France.", "france-election-2012")]
    public void Elected_president_of_a_country_is_that_countrys_election(string text, string slug) =>
        Assert.Contains(slug, Run(text).Elections.Select(e => e.Slug));

    [Fact]
    public void President_of_a_body_is_no_countrys_election() =>
        Assert.Empty(Run("On Tuesday Jane Doe was elected president of the debating society.").Elections);

    [Fact]
    public void A_threshold_word_belongs_to_the_number_beside_it()
    {
        var result = Run("""
            On Tuesday voters re-elected Jane Doe as the President of the United States.
            Jane Doe was declared the winner with 310 votes, well past the 270 votes required to win.
            """);
        Assert.Equal(310m, Assert.Single(result.Figures).Value.Value);
        Assert.Contains(result.LeftOut, l => l.Text == "270" && l.Reason == LeftOutReason.Threshold);
    }

    [Fact]
    public void A_figure_stated_twice_is_one_figure()
    {
        var result = Run("""
            On Tuesday voters re-elected Jane Doe as the President of the United States.
            Jane Doe was declared the winner with 310 votes.
            Jane Doe was declared the winner with 310 votes
            """);
        Assert.Single(result.Figures);
    }
}
