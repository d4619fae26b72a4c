using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Which contest a figure is of when the sentence names more than one, or names one it cannot place, and
/// whose it is: texts written here in the shapes of election reports, with invented people.</summary>
public class ContestInSentenceTests
{
    private static readonly DateOnly AfterBrexitVote = new(2016, 6, 27), January2017 = new(2017, 1, 10), May2018 = new(2018, 5, 5);

    [Theory]
    [InlineData("The UK voted to leave the European Union by 51.9% to 48.1%.")]
    [InlineData("The United Kingdom voted to leave the EU on Thursday by 51.9% to 48.1%.")]
    public void The_UK_voting_is_the_whole_electorate_not_a_part(string text) =>
        Assert.Equal([("referendum-in-uk-2016", "Leave", FigureKind.Share, 51.9m), ("referendum-in-uk-2016", "Remain", FigureKind.Share, 48.1m)],
            Extract.Filed(text, AfterBrexitVote));

    [Fact]
    public void A_place_recording_a_vote_is_a_part_of_the_referendum() =>
        Assert.DoesNotContain(Extract.Filed("The UK voted to leave the EU in the referendum.\nLambeth recorded the highest Remain vote in the country, 78.6%.", AfterBrexitVote),
            f => f.Value == 78.6m);

    [Fact]
    public void A_turnout_up_from_last_years_general_election_is_the_contest_in_views() =>
        Assert.Equal([("referendum-in-uk-2016", "-", FigureKind.Turnout, 72.2m)],
            Extract.Filed("The UK voted to leave the EU in the referendum.\nTurnout was 72.2%, up from 66.1% at last year's general election.", AfterBrexitVote)
                .Where(f => f.Value == 72.2m));

    [Fact]
    public void Became_mayor_in_May_told_in_January_is_last_Mays() =>
        Assert.Contains(("london-mayor-2016", "Jane Doe", FigureKind.Share, 55m),
            Extract.Filed("Jane Doe became mayor of London in May, winning with more than 55% of the vote.", January2017, "Jane Doe"));

    [Theory]
    [InlineData("A by-election was won by Labour's John Roe with 55.9% of the vote.")]
    [InlineData("The by-election was won by Labour's John Roe with 55.9% of the vote.")]
    [InlineData("In the mayoral election, Labour's John Roe won 55.9% of the vote.")]
    public void A_contest_of_another_kind_named_but_not_placed_is_not_the_one_in_view(string line) =>
        Assert.Empty(Extract.Filed("Jane Doe won the general election in 2015.\n" + line, January2017, "Jane Doe", "John Roe"));

    [Theory]
    [InlineData("In the by-election, Labour's John Roe won 55.9% of the vote.", "John Roe", FigureKind.Share, 55.9)]
    [InlineData("Turnout was just 29.7%, down from 49.4% at the general election.", "-", FigureKind.Turnout, 29.7)]
    public void The_by_election_in_view_keeps_its_figures_beside_a_general_election_measured_against(string line, string subject, FigureKind kind, double value) =>
        Assert.Contains(("tooting-by-election-2016", subject, kind, (decimal)value),
            Extract.Filed("John Roe won the Tooting by-election in June.\n" + line, January2017, "John Roe"));

    [Fact]
    public void A_year_told_after_a_comma_is_the_contest_held_again_that_year() =>
        Assert.Equal([("uk-general-election-2015", "Jane Doe", FigureKind.Majority, 2842m)],
            Extract.Filed("Jane Doe had been MP for Tooting since 2005, and held the seat in 2015 with a majority of 2,842.", January2017, "Jane Doe"));

    [Fact]
    public void Of_two_councils_won_a_figure_is_the_one_named_before_it_and_a_party_given_its_own_number_owns_no_other() =>
        Assert.Equal(
            [("wandsworth-local-elections-2018", "Conservative", FigureKind.Seats, 33m), ("wandsworth-local-elections-2018", "Labour", FigureKind.Seats, 26m),
             ("westminster-local-elections-2018", "Conservative", FigureKind.Seats, 41m)],
            Extract.Filed("Labour failed to take Wandsworth in Thursday's local elections.\n"
                    + "The Conservatives held Wandsworth with 33 seats to Labour's 26, and kept Westminster by 41 seats to 19.", May2018));

    [Fact]
    public void A_first_rounds_shares_after_a_turnout_are_the_candidates() =>
        Assert.Equal([("london-mayor-2004", "-", FigureKind.Turnout, 36.95m), ("london-mayor-2004", "Jane Doe", FigureKind.Share, 36.8m), ("london-mayor-2004", "John Roe", FigureKind.Share, 28.2m)],
            Extract.Filed("Jane Doe has been re-elected Mayor of London. Turnout was 36.95%. In the first round, Ms Doe had 36.8% and Mr Roe 28.2%.",
                new DateOnly(2004, 6, 12), "Jane Doe", "John Roe"));

    [Fact]
    public void A_party_named_after_a_leaders_party_owns_the_figure_after_it() =>
        Assert.Equal([("uk-general-election-2010", "Conservative", FigureKind.Share, 36.1m), ("uk-general-election-2010", "Labour", FigureKind.Share, 29m),
                      ("uk-general-election-2010", "Liberal Democrats", FigureKind.Share, 23m)],
            Extract.Filed("Conservative leader Jane Doe won the general election.\nJane Doe's party polled 36.1% of the vote, Labour 29% and the Lib Dems 23%.",
                new DateOnly(2010, 5, 8), "Jane Doe"));
}
