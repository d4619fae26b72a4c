using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Earlier contests a report names only by a year: a mention of the same contest then, when the calendar
/// holds one and the year is told of voting. Texts written here.</summary>
public class YearMentionTests
{
    private static readonly DateOnly May2015 = new(2015, 5, 9);

    private const string General = "The Conservatives won the general election on Thursday with 331 seats.\n";

    [Theory]
    [InlineData("It was the first outright Conservative win since 1992.", 1992)]
    [InlineData("The Liberal Democrats won fewer seats than at any election since 1970.", 1970)]
    [InlineData("Turnout, at 66% of eligible voters, was the highest since 1997.", 1997)]
    public void A_year_told_of_voting_before_the_contest_in_view_is_that_contest_then(string sentence, int year) =>
        Assert.Contains(Extract.Elections(General + sentence, May2015), e => e == (ElectionKind.General, "UK", year));

    [Fact]
    public void Another_countrys_contest_named_by_its_year_is_that_countrys() =>
        Assert.Contains(Extract.Elections("Barack Obama won the US presidential election on Tuesday.\nTurnout, at about 60% of eligible voters, was the highest since 1968.",
            new DateOnly(2008, 11, 5)), e => e == (ElectionKind.Foreign, "United States", 1968));

    [Theory]
    [InlineData("The party has had four leaders since 2010.")]
    [InlineData("As in 2005 to 2010, the party won most of its seats in the south.")]
    [InlineData("She had worked at the Treasury in 2010, long before she chose to stand.")]
    public void A_year_told_of_something_else_or_as_a_span_is_no_contests(string sentence) =>
        Assert.DoesNotContain(Extract.Elections(General + sentence, May2015), e => e == (ElectionKind.General, "UK", 2005) || e == (ElectionKind.General, "UK", 2010));

    [Fact]
    public void A_year_before_a_contest_still_to_come_is_that_contest_then() =>
        Assert.Contains(Extract.Elections("The next general election is due in 2020; Labour would struggle to hold on to the seats it won in 2015.",
            new DateOnly(2016, 9, 26)), e => e == (ElectionKind.General, "UK", 2015));

    [Fact]
    public void Years_listed_name_each_contest_then_in_the_nineteenth_century_too()
    {
        var elections = Extract.Elections("Donald Trump won the US presidential election on Tuesday.\nThe loser won more votes, as in 1876 and 1888.", new DateOnly(2016, 11, 10));
        Assert.Contains((ElectionKind.Foreign, "United States", 1876), elections);
        Assert.Contains((ElectionKind.Foreign, "United States", 1888), elections);
    }

    [Fact]
    public void A_council_run_by_a_party_since_a_year_names_that_councils_contest_then()
    {
        var elections = Extract.Elections("The Tories held on to Wandsworth and lost Richmond and Kingston, two of their flagship councils.\n"
            + "Labour had talked up its chances in Wandsworth, run by the Conservatives since 1978.", new DateOnly(2018, 5, 5));
        Assert.Contains((ElectionKind.Local, "Wandsworth", 1978), elections);
        Assert.DoesNotContain((ElectionKind.Local, "Kingston", 1978), elections);
    }

    [Fact]
    public void A_year_beside_a_council_the_article_reports_no_election_of_is_no_other_councils() =>
        Assert.DoesNotContain(Extract.Elections("The Liberal Democrats swept to power in Richmond and Kingston, two of the councils the Tories lost.\n"
            + "Labour had talked up its chances in Eastbrook, run by the Conservatives since 1978.", new DateOnly(2018, 5, 5)), e => e.Year == 1978);
}
