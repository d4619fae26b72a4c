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

    /// <summary>A by-election of December 2016 opened on, then one line.</summary>
    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> In2016(string line) =>
        Extract.From("Jane Doe has won the Westfield by-election for the Liberal Democrats.\n" + line, new DateOnly(2016, 12, 2), People).Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void BeatBy_a_margin_told_after_an_aside_on_the_one_beaten() =>
        Assert.Equal([("westfield-by-election-2016", "Jane Doe", FigureKind.Majority, 1872m)], In2016("Jane Doe beat John Roe, who stood as an independent, by 1,872 votes."));

    [Fact]
    public void Deposit_votes_taken_beside_a_lost_deposit_are_the_candidates() =>
        Assert.Equal([("westfield-by-election-2016", "Ann Poe", FigureKind.Votes, 1515m)], In2016("Ann Poe lost her deposit after taking just 1,515 votes."));

    [Fact]
    public void FromEarlier_a_turnout_down_from_last_years_general_elections_is_that_elections_turnout() =>
        Assert.Equal([("westfield-by-election-2016", "-", FigureKind.Turnout, 53.6m), ("uk-general-election-2015", "-", FigureKind.Turnout, 76.5m)],
            In2016("Turnout was 53.6%, down from 76.5% at last year's general election."));
}
