using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>The contest a report is about stays in view past sentences that set an earlier one beside it, and a
/// contest named by the day it was held is that day's: texts written here in the shapes of election reports, with
/// invented people.</summary>
public class ContestInViewTests
{
    private static readonly DateOnly AfterByElection = new(2016, 12, 2);

    [Fact]
    public void A_by_election_won_by_overturning_a_majority_is_the_articles_and_the_majority_overturned_the_seats_before()
    {
        var figures = Extract.Filed("The Liberal Democrats have overturned Jane Doe's 23,015 majority to win the Richmond Park by-election.\nJohn Roe won 20,510 votes.",
            AfterByElection, "Jane Doe", "John Roe");
        Assert.Equal([("richmond-park-2015", "Jane Doe", FigureKind.Majority, 23015m), ("richmond-park-by-election-2016", "John Roe", FigureKind.Votes, 20510m)], figures);
    }

    [Fact]
    public void An_earlier_result_in_the_pluperfect_leaves_the_by_election_in_view_and_its_year_is_the_seats_contest() =>
        Assert.Equal([("richmond-park-by-election-2016", "-", FigureKind.Turnout, 53.6m), ("richmond-park-2015", "-", FigureKind.Turnout, 76.5m)],
            Extract.Filed("The Liberal Democrats have won the Richmond Park by-election.\nMs Doe had won 58.2% of the vote at last year's general election.\n"
                    + "Turnout was 53.6%, down from 76.5% in 2015.", AfterByElection, "Jane Doe").Where(f => f.Kind == FigureKind.Turnout));

    [Theory]
    [InlineData("Labour won 232 seats, triggering a leadership contest that will run all summer.")]
    [InlineData("Labour won 232 seats, and Jane Doe resigned before the weekend was out, so a leadership contest will run all summer.")]
    public void A_contest_of_unknown_year_in_a_clause_after_the_figure_leaves_it_to_the_contest_in_view(string sentence) =>
        Assert.Contains(("uk-general-election-2015", "Labour", FigureKind.Seats, 232m),
            Extract.Filed("The general election on Thursday was a disaster for Labour.\n" + sentence, new DateOnly(2015, 5, 11), "Jane Doe"));

    [Fact]
    public void Fewer_than_in_an_earlier_year_is_a_comparison_not_the_contest_in_view() =>
        Assert.Contains(("scottish-parliament-2016", "Conservative", FigureKind.Seats, 31m),
            Extract.Filed("The SNP has won a third term at Holyrood.\nThe SNP won 63 of the Scottish Parliament's 129 seats, six fewer than in 2011.\nThe Conservatives came second with 31 seats.",
                new DateOnly(2016, 5, 7)));

    [Fact]
    public void A_pronoun_after_two_people_owns_nothing_known() =>
        Assert.DoesNotContain(Extract.Filed("John Roe has been elected president of the United States, defeating Jane Doe.\n"
                                      + "Mr Roe won 306 electoral college votes to Mrs Doe's 232, though she won the popular vote by nearly three million.",
                new DateOnly(2016, 11, 10), "John Roe", "Jane Doe"),
            f => f.Kind == FigureKind.Majority && f.Subject == "John Roe");

    [Theory]
    [InlineData("The SNP has won a third term at Holyrood.\nIn Wales, Labour won 29 of the 60 seats in the Assembly election.", "senedd-2016")]
    [InlineData("In London, Labour won 12 of the 25 seats in the Assembly elections.", "london-assembly-2016")]
    public void The_Assembly_election_is_the_one_nation_or_citys_the_sentence_names(string text, string slug) =>
        Assert.Contains((slug, "Labour", FigureKind.Seats), Extract.Filed(text, new DateOnly(2016, 5, 7)).Select(f => (f.Slug, f.Subject, f.Kind)));

    [Fact]
    public void The_Assembly_election_of_no_named_place_is_none() =>
        Assert.Empty(Extract.Filed("Labour won 12 seats in the Assembly election.", new DateOnly(2016, 5, 7)));

    [Fact]
    public void A_referendum_named_by_its_day_is_the_one_held_that_week() =>
        Assert.Equal([("referendum-in-uk-2011", "No", FigureKind.Share, 67.9m), ("referendum-in-uk-2011", "Yes", FigureKind.Share, 32.1m),
                      ("referendum-in-uk-2011", "-", FigureKind.Turnout, 42m)],
            Extract.Filed("In Thursday's referendum, 67.9% voted No and 32.1% voted Yes, on a turnout of 42%.", new DateOnly(2011, 5, 7)));
}
