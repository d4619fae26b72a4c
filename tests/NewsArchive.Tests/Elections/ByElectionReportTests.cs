using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election reported as news reports one: the seat held "in a by-election", and its figures set
/// against the general election before it. Texts written here.</summary>
public class ByElectionReportTests
{
    private static readonly DateOnly October2004 = new(2004, 10, 1);

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From(text, October2004, "Jane Doe").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("Labour has held Westfield in a by-election, with Jane Doe winning by 2,033 votes.")]
    [InlineData("Labour has held Westfield in the by-election, with Jane Doe winning by 2,033 votes.")]
    public void A_place_held_in_a_by_election_is_that_by_elections(string text) =>
        Assert.Equal([("westfield-by-election-2004", "Jane Doe", FigureKind.Majority, 2033m)], Figures(text));

    [Fact]
    public void A_turnout_measured_against_the_general_election_is_the_by_elections()
    {
        var figures = Figures("Labour has held Westfield in a by-election, with Jane Doe winning by 2,033 votes.\nTurnout was 45.8%, down from 56% at the general election.");
        Assert.Contains(("westfield-by-election-2004", "-", FigureKind.Turnout, 45.8m), figures);
        Assert.DoesNotContain(figures, f => f.Value == 56m && f.Slug.StartsWith("westfield", StringComparison.Ordinal));
    }

    [Fact]
    public void The_general_election_measured_against_is_the_last_one_held() =>
        Assert.Contains("uk-general-election-2001",
            Extract.From("Turnout was 45.8%, down from 56% at the general election.", October2004).Elections.Select(e => e.Slug));
}
