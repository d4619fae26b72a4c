using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Elections named in the everyday words of British politics rather than by their formal names.</summary>
public class WestminsterWordingTests
{
    private static IReadOnlyList<string> Slugs(string text, DateOnly? published) =>
        Extract.From(text, published).Elections.Select(e => e.Slug).Order().ToList();

    [Fact]
    public void The_last_UK_election_is_the_last_general_election() =>
        Assert.Equal(["uk-general-election-2015"], Slugs("Since the last UK election campaign, the news has been about Europe.", new DateOnly(2016, 5, 13)));

    [Fact]
    public void A_newly_elected_MP_was_elected_at_the_general_election_just_held() =>
        Assert.Equal(["uk-general-election-2015"], Slugs("Jane Doe, the newly elected MP for Westfield, joins the cabinet.", new DateOnly(2015, 5, 15)));

    [Fact]
    public void A_newly_elected_MP_years_after_a_general_election_is_no_reading_of_one() =>
        Assert.Empty(Slugs("Jane Doe, the newly elected MP for Westfield, joins the cabinet.", new DateOnly(2013, 5, 15)));

    [Fact]
    public void The_recent_referendum_in_Scotland_is_the_independence_referendum() =>
        Assert.Equal(["referendum-in-scotland-2014"], Slugs("The recent referendum in Scotland has stirred up talk of independence.", new DateOnly(2016, 5, 13)));

    [Fact]
    public void A_referendum_in_another_country_is_that_countrys() =>
        Assert.Contains(Extract.From("The referendum in Greece last year was won by the No side.", new DateOnly(2016, 5, 13)).Elections, e => e.Area == "Greece");

    [Theory]
    [InlineData("The deal was seen as treason to Brexit voters.")]
    [InlineData("Many Leave voters felt betrayed by the deal.")]
    public void Brexit_or_Leave_voters_are_the_voters_of_the_2016_referendum(string text) =>
        Assert.Equal(["referendum-in-uk-2016"], Slugs(text, new DateOnly(2018, 10, 29)));

    private const string AboutWestminster =
        "The Liberal Democrats have lost support since they joined the coalition.\n" +
        "Labour says the government has broken its promises to students.\n" +
        "Ministers told the Commons the cuts were needed.\n";

    [Fact]
    public void The_election_in_an_article_about_Westminster_is_the_general_election_near_its_date() =>
        Assert.Equal(["uk-general-election-2010"], Slugs(AboutWestminster + "One of the most decisive policies during the election was a pledge on nuclear power.", new DateOnly(2010, 10, 28)));

    [Fact]
    public void Since_the_election_was_called_is_the_election_still_to_come() =>
        Assert.Equal(["uk-general-election-2017"], Slugs("The prime minister called a snap general election.\nSince the election was called, Labour has gained ground at Westminster.", new DateOnly(2017, 5, 10)));

    [Fact]
    public void Since_the_election_told_of_another_country_is_not_Westminsters() =>
        Assert.DoesNotContain(Slugs("Since the election, the French president has lost half his voters.", new DateOnly(2011, 5, 12)), s => s.StartsWith("uk-general", StringComparison.Ordinal));

    [Fact]
    public void A_year_then_UK_general_election_is_that_general_election() =>
        Assert.Equal(["uk-general-election-2017"], Slugs("The bookies cut the odds on a 2017 UK General Election to 2/1.", new DateOnly(2016, 10, 3)));

    [Fact]
    public void The_election_in_an_article_about_Westminster_far_from_any_general_election_is_unplaced() =>
        Assert.Empty(Slugs(AboutWestminster + "One of the most decisive policies during the election was a pledge on nuclear power.", new DateOnly(2012, 10, 28)));

    [Fact]
    public void The_election_in_an_article_mostly_about_another_country_is_not_Westminsters() =>
        Assert.Empty(Slugs(
            "The Liberal Democrats watched France closely.\nIn France the campaign was bitter.\nFrench voters were angry.\nGermany and Spain looked on.\n" +
            "One of the most decisive policies during the election was a pledge on nuclear power.", new DateOnly(2010, 10, 28)));

    [Fact]
    public void YearOfGeneralElection_a_result_told_in_a_general_election_year_in_an_article_naming_general_elections_is_that_ones()
    {
        var result = Extract.From("Russell urges people to vote in the upcoming general election.\nIn 2010, voter turnout was at 65%.", new DateOnly(2015, 3, 6));
        Assert.Equal("uk-general-election-2010", result.Figure(FigureKind.Turnout).ElectionSlug);
    }

    [Fact]
    public void YearOfGeneralElection_a_year_far_from_the_result_is_not_its_election() =>
        Assert.DoesNotContain("uk-general-election-1950", Slugs(
            "The general election is next month.\nPolls show Field will be returned with 53% of the vote, continuing the seat's habit of returning a Conservative since its creation in 1950.",
            new DateOnly(2015, 4, 1)));

    [Fact]
    public void YearOfGeneralElection_needs_an_article_about_general_elections_or_Westminster() =>
        Assert.Empty(Slugs("In 2010, voter turnout was at 65%.", new DateOnly(2015, 3, 6)));

    [Theory]
    [InlineData("Since the surprise of 7th May 2015, the NHS has had its darkest times.", "uk-general-election-2015")]
    [InlineData("On June 8, 2017 the country went to the polls.", "uk-general-election-2017")]
    public void PollingDay_a_date_the_calendar_holds_names_its_general_election(string text, string slug) =>
        Assert.Equal([slug], Slugs(text, new DateOnly(2018, 6, 2)));

    [Fact]
    public void PollingDay_another_date_names_no_election() =>
        Assert.Empty(Slugs("The meeting on 8th May 2015 was cancelled.", new DateOnly(2018, 6, 2)));

    [Fact]
    public void The_election_told_in_the_past_is_no_general_election_still_to_come()
    {
        // A London mayoral report of May 2024 that never names the office with its place: its "this election",
        // told in the past, was read as the general election two months ahead.
        string[] paragraphs =
        [
            "Sadiq Khan was re-elected for a third time on Saturday with a majority of some 275,000 over Tory challenger Susan Hall.",
            "The Labour mayor took 43.8 per cent of first-round votes to Ms Hall's 32.7 per cent, a swing of 3.2 per cent from the Conservatives to Labour.",
            "Just under 2.5 million Londoners cast their ballots, a turnout of 40.5 per cent, down on three years ago.",
            "Ms Hall won in Bexley and Bromley and in Havering and Redbridge, but Mr Khan won the other 11 constituencies.",
            "Reform UK's Howard Cox finished fifth, with 3.2 per cent.",
            "Mr Khan told supporters at City Hall: \"This campaign was one of relentless negativity, but London has chosen hope over fear.\"",
            "Under the first-past-the-post system, introduced for this election, there was no second round.",
        ];
        var people = NewsArchive.People.Extraction.PersonExtractor.Extract(paragraphs);
        var elections = NewsArchive.Elections.Extraction.ElectionExtractor.Extract(paragraphs, people, new DateOnly(2024, 5, 5),
            ["Khan romps home as Tories suffer London drubbing"]).Elections;
        Assert.DoesNotContain("uk-general-election-2024", elections.Select(e => e.Slug));
    }

    [Fact]
    public void PartyChosenIn_voters_choosing_a_party_in_election_years_name_those_elections() =>
        Assert.Equal(["uk-general-election-1997", "uk-general-election-2001"], Slugs("In 1997 and 2001 they voted Labour.", new DateOnly(2005, 2, 3)));

    [Theory]
    [InlineData("Students queued to vote for the Lib Dems in 2010 on the strength of one pledge.")]
    [InlineData("Voting for Labour in 2010 was a hard choice.")]
    public void PartyChosenIn_a_vote_for_a_party_in_an_election_year_names_that_election(string text) =>
        Assert.Equal(["uk-general-election-2010"], Slugs(text, new DateOnly(2015, 2, 3)));

    [Fact]
    public void PartyChosenIn_students_voting_beside_another_kinds_word_name_no_general_election() =>
        Assert.Empty(Slugs("Students at the Union voted for Labour in 2010.", new DateOnly(2015, 2, 3)));

    [Fact]
    public void PartyChosenIn_a_party_won_in_a_year_with_no_general_election_is_none() =>
        Assert.Empty(Slugs("Labour won in 2004.", new DateOnly(2005, 2, 3)));

    [Fact]
    public void PartyChosenIn_an_american_party_is_no_westminster_election() =>
        Assert.Empty(Slugs("Many who voted Republican in 2001 regret it.", new DateOnly(2005, 2, 3)));

    [Fact]
    public void BrexitVote_the_vote_to_leave_the_EU_is_the_2016_referendum() =>
        Assert.Equal(["referendum-in-uk-2016"], Slugs("The vote to leave the EU shocked the markets.", new DateOnly(2018, 6, 22)));

    [Fact]
    public void EuropeNamed_the_referendum_told_in_the_past_in_a_sentence_about_the_EU_is_the_EU_referendum() =>
        Assert.Equal(["referendum-in-uk-2016"], Slugs("EU membership was rejected in the referendum by a slim margin.", new DateOnly(2018, 6, 22)));

    [Theory]
    [InlineData("However, the nature of this 2nd referendum on Brexit was disputed by Labour.")]
    [InlineData("This election was viewed by some as a quasi-referendum, and all that mattered was a position on Brexit and the EU.")]
    public void EuropeNamed_a_second_or_a_so_called_referendum_is_no_reading_of_the_EU_referendum(string text) =>
        Assert.DoesNotContain("referendum-in-uk-2016", Slugs(text, new DateOnly(2019, 11, 22)));

    [Theory]
    [InlineData("In 2010, Liberal Democrat MPs voted for the Conservative plans to triple tuition fees.")]
    [InlineData("In 2001 the Commons voted for the Labour government's plans.")]
    public void PartyChosenIn_members_voting_on_a_partys_plans_is_no_general_election(string text) =>
        Assert.Empty(Slugs(text, new DateOnly(2012, 2, 3)));

    [Theory]
    [InlineData("Last night MPs rejected a vote to leave the EU without a deal.")]
    [InlineData("UKIP has long demanded a vote to leave the EU.")]
    public void BrexitVote_a_vote_to_leave_is_no_reading_of_the_referendum(string text) =>
        Assert.DoesNotContain("referendum-in-uk-2016", Slugs(text, new DateOnly(2019, 3, 14)));
}
