using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election's report sets its result against the general election before it: the general election named in
/// the comparison is not the contest the sentences after it report on, and the runner-up told after the winner is
/// theirs. Texts written here, with invented seats and people.</summary>
public class ByElectionComparisonTests
{
    private static readonly DateOnly December2021 = new(2021, 12, 3);

    private static readonly string[] People = ["Jane Doe", "John Roe", "Ann Poe", "Ben Hale"];

    private const string Report = "The Conservatives have held Westfield in a by-election, but with a sharply reduced majority.\n"
        + "Jane Doe won 11,189 votes, 51.5% of the total, with Labour's John Roe second on 6,711.\n"
        + "Her majority of 4,478 compares with the 18,952 won by the late Ben Hale at the 2019 general election.\n"
        + "Turnout was 33.5%.\n"
        + "Reform UK's Ann Poe came third with 6.6% of the vote.";

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures() =>
        Extract.From(Report, December2021, People).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void The_runner_up_told_after_the_winners_figure_is_theirs() =>
        Assert.Contains(("westfield-by-election-2021", "John Roe", FigureKind.Votes, 6711m), Figures());

    [Fact]
    public void A_majority_opening_on_a_possessive_is_the_one_it_stands_for() =>
        Assert.Contains(("westfield-by-election-2021", "Jane Doe", FigureKind.Majority, 4478m), Figures());

    [Fact]
    public void The_figures_after_a_comparison_with_a_general_election_stay_the_by_elections()
    {
        var figures = Figures();
        Assert.Contains(("westfield-by-election-2021", "-", FigureKind.Turnout, 33.5m), figures);
        Assert.Contains(("westfield-by-election-2021", "Ann Poe", FigureKind.Share, 6.6m), figures);
        Assert.DoesNotContain(figures, f => f.Slug.Contains("2019", StringComparison.Ordinal) && f.Value != 18952m);
    }

    /// <summary>A by-election of 2021 opened on, with a line between it and the runner-up's votes.</summary>
    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> After(string line) =>
        Extract.From("Jane Doe has won the Westfield by-election for Labour.\n" + line + "\nJohn Roe won 6,711 votes.", December2021, People).Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("Her share of the vote rose to 55.9%, up from 47.2% at last year's general election.")]
    [InlineData("The seat was vacated by Ben Hale after he was elected Mayor of London in May.")]
    [InlineData("The contest was called when Ben Hale became Mayor of London in May.")]
    public void A_contest_compared_with_or_told_as_the_cause_is_not_the_one_in_view(string line) =>
        Assert.Contains(("westfield-by-election-2021", "John Roe", FigureKind.Votes, 6711m), After(line));
}
