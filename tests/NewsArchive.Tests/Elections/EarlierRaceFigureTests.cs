using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A results story sets this race's figures beside the last one's: a figure told "in 2021, when" or
/// "three years before" is that year's contest's, and a count named for it (first preferences) is not this one's.</summary>
public class EarlierRaceFigureTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 7);

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value, CountRound Round)> Figures(string text) =>
        Extract.From("Jane Doe has been re-elected as Mayor of London.\n" + text, May2024, "Jane Doe", "John Roe", "Ann Poe").Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value, f.Round)).ToList();

    [Fact]
    public void A_figure_after_a_year_and_when_is_that_years_contests_and_its_round_is_not_this_ones() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Share, 43.8m, CountRound.NotStated),
                ("london-mayor-2021", "Jane Doe", FigureKind.Share, 40m, CountRound.FirstPreferences)],
            Figures("Jane Doe's share of the vote, 43.8%, was up almost four points on 2021, when she won 40% of first preferences."));

    [Theory]
    [InlineData("John Roe won 32.7%, a little below Ann Poe's 35.3% three years before.")]
    [InlineData("John Roe won 32.7%, against Ann Poe's 35.3% three years earlier.")]
    public void A_figure_told_so_many_years_before_is_that_years_contests(string text) =>
        Assert.Equal([("london-mayor-2024", "John Roe", FigureKind.Share, 32.7m, CountRound.NotStated),
                ("london-mayor-2021", "Ann Poe", FigureKind.Share, 35.3m, CountRound.NotStated)], Figures(text));

    [Fact]
    public void The_race_in_view_after_a_figure_told_years_before_is_still_this_one() =>
        Assert.Equal(("london-mayor-2024", "-", FigureKind.Turnout, 42.8m, CountRound.NotStated),
            Extract.From("""
                The Conservative candidate, John Roe, polled just under 812,500 votes in the London mayoral election, some 276,000 fewer than Jane Doe.
                Jane Doe's share of the vote, 43.8%, was up almost four points on 2021, when she won 40% of first preferences.
                Roe won 32.7%, a little below Ann Poe's 35.3% three years before.
                Turnout was 42.8%, according to one early estimate.
                """, May2024, "Jane Doe", "John Roe", "Ann Poe").Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value, f.Round)).Last());

    [Theory]
    [InlineData("Her majority of 275,830 was almost three times the 2021 figure.")]
    [InlineData("Her majority of 275,830 was double the 2021 one.")]
    [InlineData("Her majority of 275,830 was well above the 2021 figure.")]
    public void A_year_a_figure_is_set_against_after_it_is_not_its_own(string text) =>
        Assert.Contains(("london-mayor-2024", "Jane Doe", FigureKind.Majority, 275830m, CountRound.NotStated), Figures(text));

    [Fact]
    public void A_number_changed_from_with_the_race_it_was_won_in_told_after_is_the_race_befores() =>
        Assert.Contains(("london-mayor-2021", "Jane Doe", FigureKind.Majority, 300000m, CountRound.NotStated),
            Figures("That is a winning margin of nearly 230,000, down from more than 300,000 when she beat John Roe three years ago."));

    [Fact]
    public void Years_before_that_the_calendar_holds_no_contest_in_leave_the_figure_out() =>
        Assert.DoesNotContain(Figures("John Roe won 32.7%, against Ann Poe's 35.3% two years before."), f => f.Value == 35.3m);

    [Theory]
    [InlineData("Turnout was 45.3%, up from 38% in 2021, when John Roe beat Ann Poe by 62,538 votes.")]
    [InlineData("Turnout was 45.3%, compared with 38% in 2021, when John Roe beat Ann Poe.")]
    public void A_figure_set_against_a_year_whose_race_the_sentence_then_tells_is_this_races(string text)
    {
        var figures = Figures(text);
        Assert.Contains(("london-mayor-2024", "-", FigureKind.Turnout, 45.3m, CountRound.NotStated), figures);
        Assert.DoesNotContain(figures, f => f.Value == 45.3m && f.Slug != "london-mayor-2024");
    }

    private static readonly DateOnly January2016 = new(2016, 1, 10);

    [Theory]
    [InlineData("The Greens won 3.8% of the vote in the 2015 general election, up from 1% in 2010.")]
    [InlineData("The Greens won 3.8% of the vote in the 2015 general election, compared with 1% in 2010.")]
    [InlineData("The Greens won 3.8% of the vote in the 2015 general election, up from 2010 (1%).")]
    [InlineData("The Greens won 3.8% of the vote in the 2015 general election, a fourfold increase from 2010 (1%).")]
    public void A_figure_set_against_a_year_further_on_is_that_years_contests(string text) =>
        Assert.Equal([("uk-general-election-2015", "Green Party", FigureKind.Share, 3.8m), ("uk-general-election-2010", "Green Party", FigureKind.Share, 1m)],
            Extract.Filed(text, January2016));

    [Fact]
    public void A_figure_whose_clause_names_its_own_year_is_that_contests() =>
        Assert.Equal([("uk-general-election-2015", "Labour", FigureKind.Share, 30m), ("uk-general-election-2010", "Labour", FigureKind.Share, 29m)],
            Extract.Filed("Labour's share rose to 30% at the 2015 general election, from 29% in 2010.", January2016));

    [Theory]
    [InlineData("Labour won the 2015 general election. Turnout was 66%, down from 68% in 2010, and the Greens took 3.8%.")]
    [InlineData("Labour won the 2015 general election. Turnout was 66%, up from 61% in 2010, while the Greens took 3.8%.")]
    public void A_figure_after_an_earlier_figures_year_is_the_contest_in_views(string text) =>
        Assert.Contains(("uk-general-election-2015", "Green Party", FigureKind.Share, 3.8m), Extract.Filed(text, January2016));

    [Fact]
    public void A_figure_followed_by_its_own_contests_year_without_a_comparison_stays_there() =>
        Assert.Equal([("uk-general-election-2015", "Green Party", FigureKind.Share, 3.8m)],
            Extract.Filed("The Greens won 3.8% in 2015.", January2016));
}
