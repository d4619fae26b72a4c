using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Figures a union's results story gives that are not its election's own: a part of the electorate's turnout,
/// another university's count, posts filled. Each is left out with its reason rather than stored as the whole's. Texts
/// written here.</summary>
public class BodyFigurePartTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static ElectionExtraction Results(string text) =>
        Extract.From("Northfield Union’s Leadership Elections closed on Friday.\nThe count went on late.\n" + text, Spring2019);

    private static IReadOnlyList<(FigureKind Kind, decimal Value, string Slug)> Read(ElectionExtraction result) =>
        result.Figures.Select(f => (f.Kind, f.Value.Value, f.ElectionSlug)).ToList();

    [Theory]
    [InlineData("Overall turnout was 39% (51% of undergraduates, 17% of postgraduates).")]
    [InlineData("Overall turnout was 39% (51% undergraduates, 17% postgrads).")]
    [InlineData("Overall turnout was 39%, with 51% among undergraduates and 17% among postgraduates.")]
    public void A_turnout_of_a_part_of_the_electorate_is_not_the_wholes(string text)
    {
        var result = Results(text);
        Assert.Equal([(FigureKind.Turnout, 39m, "northfield-union-elections-2019")], Read(result));
        Assert.DoesNotContain(result.LeftOut, l => l.Text.StartsWith("51", StringComparison.Ordinal) && l.Reason != LeftOutReason.PartOfElectorate);
    }

    [Theory]
    [InlineData("Postgraduate turnout was only 17%.")]
    [InlineData("The Faculty of Medicine had the highest turnout, with 52% of its students voting.")]
    [InlineData("Among first-year students, turnout reached 52%.")]
    [InlineData("Just 17% of postgraduates voted.")]
    public void A_part_named_on_its_own_is_left_out(string text)
    {
        var result = Results(text);
        Assert.DoesNotContain(result.Figures, f => f.Kind == FigureKind.Turnout);
        Assert.Contains(result.LeftOut, l => l.Reason == LeftOutReason.PartOfElectorate);
    }

    [Theory]
    [InlineData("Nationally, turnout among young voters has been rising, to 54%.")]
    [InlineData("Across the sector, union turnout is typically around 15%.")]
    [InlineData("Turnout at most universities is below 20%.")]
    public void A_figure_of_the_country_or_of_other_universities_is_not_the_unions(string text) =>
        Assert.DoesNotContain(Read(Results(text)), f => f.Slug.StartsWith("northfield", StringComparison.Ordinal));

    [Theory]
    [InlineData("Southampton’s union had 7,285 voters.")]
    [InlineData("Southampton's students' union had a record 7,285 voters.")]
    [InlineData("At Southampton, 7,285 students voted.")]
    [InlineData("Meanwhile 7,285 students voted at Southampton.")]
    [InlineData("The University of Southampton saw 7,285 students vote.")]
    public void Another_universitys_count_is_never_the_articles_unions(string text)
    {
        var read = Read(Results(text));
        Assert.DoesNotContain(read, f => f.Slug.StartsWith("northfield", StringComparison.Ordinal));
        Assert.All(read, f => Assert.StartsWith("southampton", f.Slug, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Eight of the 12 posts were filled.")]
    [InlineData("Only one of the five committee positions was filled.")]
    [InlineData("With only one GSA position filled, the posts will be contested again.")]
    [InlineData("Only nine of the 13 roles were filled, leaving four empty.")]
    public void Posts_filled_are_no_seats(string text)
    {
        var result = Results(text);
        Assert.DoesNotContain(result.Figures, f => f.Kind == FigureKind.Seats);
        Assert.Contains(result.LeftOut, l => l.Reason == LeftOutReason.PostsFilled);
    }
}
