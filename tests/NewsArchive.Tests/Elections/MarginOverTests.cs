using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The one beaten, told as the one a margin was over, and a party's word for that one. Texts written here.</summary>
public class MarginOverTests
{
    private static readonly DateOnly May2021 = new(2021, 5, 9);

    private const string ReElected = "Jane Doe was re-elected Mayor of London late last night, but her margin over John Roe was far tighter than anyone had predicted.\n";

    private static IReadOnlyList<(string Slug, string? Candidate, Outcome? Outcome)> Candidacies(string text) =>
        Extract.From(text, May2021, "Jane Doe", "John Roe", "Ann Poe").Candidacies.Select(c => (c.ElectionSlug, c.Candidate, c.Outcome)).ToList();

    [Fact]
    public void The_one_a_margin_was_over_was_beaten() =>
        Assert.Contains(("london-mayor-2021", "John Roe", Outcome.Defeated), Candidacies(ReElected));

    [Fact]
    public void One_beaten_so_many_years_ago_was_beaten_in_the_race_then()
    {
        var candidacies = Candidacies(ReElected + "Her winning margin was down from more than 300,000 when she beat Ann Poe five years ago.");
        Assert.Contains(("london-mayor-2016", "Ann Poe", Outcome.Defeated), candidacies);
        Assert.DoesNotContain(("london-mayor-2021", "Ann Poe", Outcome.Defeated), candidacies);
    }

    [Fact]
    public void A_partys_word_for_one_of_its_people_is_the_one_beaten_so_far()
    {
        var filed = Extract.Filed(ReElected + "Once second preferences were counted, Ms Doe had 55.2 per cent to the Conservative's 44.8 per cent, or 1,206,034 votes against 977,601.",
            May2021, "Jane Doe", "John Roe");
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Share, 44.8m), filed);
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Votes, 977601m), filed);
    }

    [Fact]
    public void A_partys_word_with_two_beaten_names_nobody() =>
        Assert.Contains(("london-mayor-2021", "Conservative", FigureKind.Share, 44.8m),
            Extract.Filed("Jane Doe was re-elected Mayor of London, beating John Roe. Ann Poe was defeated too.\nOnce second preferences were counted, Ms Doe had 55.2 per cent to the Conservative's 44.8 per cent.",
                May2021, "Jane Doe", "John Roe", "Ann Poe"));
}
