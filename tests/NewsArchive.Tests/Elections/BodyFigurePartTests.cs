using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Figures a union's results story gives that are not its election's own: a part of the electorate's turnout
/// (kept as that part's, never as the whole's), another university's count, posts filled (left out with their reason).
/// Texts written here.</summary>
public class BodyFigurePartTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static ElectionExtraction Results(string text) =>
        Extract.From("Northfield Union’s Leadership Elections closed on Friday.\nThe count went on late.\n" + text, Spring2019);

    private static IReadOnlyList<(FigureKind Kind, decimal Value, string Slug)> Read(ElectionExtraction result) =>
        result.Figures.Select(f => (f.Kind, f.Value.Value, f.ElectionSlug)).ToList();

    private static IReadOnlyList<(decimal Value, string? Part)> Turnouts(ElectionExtraction result) =>
        result.Figures.Where(f => f.Kind == FigureKind.Turnout && f.ElectionSlug == "northfield-union-elections-2019").Select(f => (f.Value.Value, f.Part)).ToList();

    [Theory]
    [InlineData("Overall turnout was 39% (51% of undergraduates, 17% of postgraduates).", "undergraduates", "postgraduates")]
    [InlineData("Overall turnout was 39% (51% undergraduates, 17% postgrads).", "undergraduates", "postgrads")]
    public void A_turnout_of_a_part_of_the_electorate_is_that_parts_beside_the_wholes(string text, string first, string second) =>
        Assert.Equal([(39m, null), (51m, first), (17m, second)], Turnouts(Results(text)));

    /// <summary>"with 51% among undergraduates" is not read as a turnout at all yet; whatever it is read as, never the whole's.</summary>
    [Fact]
    public void A_parts_number_not_read_as_a_turnout_is_never_the_wholes() =>
        Assert.Equal([(39m, null)], Turnouts(Results("Overall turnout was 39%, with 51% among undergraduates and 17% among postgraduates.")));

    [Theory]
    [InlineData("Postgraduate turnout was only 17%.", 17, "postgraduates")]
    [InlineData("The Faculty of Medicine had the highest turnout, with 52% of its students voting.", 52, "Faculty of Medicine")]
    [InlineData("Among first-year students, turnout reached 52%.", 52, "first-year students")]
    [InlineData("Just 17% of postgraduates voted.", 17, "postgraduates")]
    public void A_part_named_on_its_own_is_that_parts_and_never_the_wholes(string text, int value, string part) =>
        Assert.Equal([(value, part)], Turnouts(Results(text)));

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
