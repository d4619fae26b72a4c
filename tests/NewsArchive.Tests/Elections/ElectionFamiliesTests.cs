using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The families of elections British news talks about, one test per rule, on texts written here.</summary>
public class ElectionFamiliesTests
{
    private static readonly DateOnly Autumn2010 = new(2010, 10, 21);

    [Theory]
    [InlineData("The party's 2001 election defeat still hurts.", "uk-general-election-2001")]
    [InlineData("Labour's 1997 landslide changed everything.", "uk-general-election-1997")]
    [InlineData("They lost the election in 1992 by a whisker.", "uk-general-election-1992")]
    [InlineData("He won two full terms after the 2001 Labour landslide.", "uk-general-election-2001")]
    [InlineData("The centre ground is with Labour's 2017 manifesto.", "uk-general-election-2017")]
    [InlineData("Their voters chose an MP standing on the 2017 manifesto.", "uk-general-election-2017")]
    public void YearElection_a_year_the_calendar_holds_a_general_election_in(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, null));

    [Theory]
    [InlineData("Their 2003 election pledges were forgotten.")]
    [InlineData("Their 2003 manifesto was forgotten.")]
    public void YearElection_is_nothing_in_a_year_without_a_general_election(string text) =>
        Assert.Empty(Extract.Slugs(text, null));

    [Theory]
    [InlineData("She was first becoming MP for Leigh in 2001 when the party was strong.", "uk-general-election-2001")]
    [InlineData("He has been MP for North Town since 2005.", "uk-general-election-2005")]
    [InlineData("He has been a Labour MP since 1983.", "uk-general-election-1983")]
    [InlineData("She has been an MEP for the South West since 1999.", "european-parliament-election-1999")]
    public void ElectedMember_a_members_first_election(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, null));

    [Fact]
    public void ReturnedToPower_with_a_majority_in_the_sentences_year_is_a_general_election() =>
        Assert.Equal(["uk-general-election-2015"], Extract.Slugs("In 2015, the Tories returned to Westminster with a majority of six.", null));

    [Theory]
    [InlineData("Every Liberal Democrat MP signed the pledge prior to the election.", "uk-general-election-2010")]
    [InlineData("Students who backed the Lib Dems in the last election felt betrayed.", "uk-general-election-2010")]
    public void BareElection_about_Westminster_is_the_general_election_the_calendar_holds_near_the_date(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, Autumn2010));

    [Theory]
    [InlineData("The union counted the ballots after the election.")]
    [InlineData("Russian money flooded social media before the last election, MPs say.")]
    [InlineData("The government could call a general election at any time.")]
    public void BareElection_elsewhere_or_hypothetical_is_no_general_election(string text) =>
        Assert.Empty(Extract.Slugs(text, Autumn2010));

    [Fact]
    public void GeneralElection_the_upcoming_one_within_months_is_the_calendars() =>
        Assert.Equal(["uk-general-election-2015"], Extract.Slugs("The upcoming general election will be close.", new DateOnly(2015, 2, 19)));

    [Fact]
    public void GeneralElection_beside_another_country_is_that_countrys() =>
        Assert.Equal(["spain-election-2019"], Extract.Slugs("On Sunday Spain faced its second general election of the year, and the socialists won.", new DateOnly(2019, 11, 14)));

    [Theory]
    [InlineData("Turnout was low in this year's general election, which Labour won.", 2015, "uk-general-election-2015")]
    [InlineData("Labour did badly in last year's local elections.", 2014, "england-local-elections-2013")]
    [InlineData("UKIP won in last June's European elections.", 2005, "european-parliament-election-2004")]
    public void YearPhrases_count_from_the_articles_date(string text, int year, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(year, 2, 10)));

    [Fact]
    public void LocalElections_without_an_area_are_Englands_round() =>
        Assert.Equal(["england-local-elections-2013"], Extract.Slugs("The Tories lost ground in the local elections.", new DateOnly(2013, 5, 23)));

    [Fact]
    public void DevolvedElections_the_London_Assembly_by_name() =>
        Assert.Equal(["london-assembly-2012"], Extract.Slugs("The Greens held two seats in the London Assembly elections of 2012.", null));

    [Theory]
    [InlineData("I'm looking at the Canadian election results and I am jealous.", "canada-election-2011")]
    [InlineData("Last week's legislative elections in the Czech Republic changed everything.", "czech-republic-election-2011")]
    [InlineData("The US midterm elections went the Republicans' way.", "united-states-election-2010")]
    [InlineData("The 2008 American presidential election was historic.", "united-states-election-2008")]
    public void ForeignElections_by_country_name_or_adjective(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(2011, 5, 12)));

    [Theory]
    [InlineData("Ed won the Labour leadership contest in 2010.", "labour-leadership-election-2010")]
    [InlineData("He was elected Conservative leader in 2005.", "conservative-leadership-election-2005")]
    [InlineData("She became leader of the Green Party in 2012 after a ballot.", "green-party-leadership-election-2012")]
    [InlineData("He was selected as the Labour candidate in 1969.", "labour-leadership-election-1969")]
    public void LeadershipContests_name_their_party(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, null));

    [Theory]
    [InlineData("The Labour leadership race has divided the party.")]
    [InlineData("The Conservative leadership battle is turning nasty.")]
    public void LeadershipContests_told_in_the_present_are_the_one_under_way(string text) =>
        Assert.Single(Extract.Slugs(text, new DateOnly(2016, 9, 10)), slug => slug.EndsWith("leadership-election-2016"));

    [Theory]
    [InlineData("The Labour leadership race divided the party.", 2016, 10, 3, "labour-leadership-election-2016")]
    [InlineData("The Conservatives had their own leadership contest after the referendum.", 2017, 3, 10, "conservative-leadership-election-2016")]
    [InlineData("The last Liberal Democrat leadership election was won easily.", 2018, 1, 15, "liberal-democrats-leadership-election-2017")]
    public void LeadershipContests_without_a_year_are_the_calendars_within_months_or_the_last_one(string text, int y, int m, int d, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(y, m, d)));

    [Theory]
    // Told in 2019: the 2016 contest is the calendar's last, but "the leadership election" may be any before it.
    [InlineData("The Labour leadership race divided the party.", 2019, 2, 20)]
    // Five months before the 2015 contest was declared, and before it began: the one meant is an earlier one.
    [InlineData("Ed Balls said the Labour leadership contest had split the party.", 2015, 4, 10)]
    // A candidate selection has no calendar: a party selects candidates all the time.
    [InlineData("She was selected as the Labour candidate after a bitter fight.", 2016, 10, 3)]
    public void LeadershipContests_told_in_the_past_far_from_any_contest_are_not_placed(string text, int y, int m, int d) =>
        Assert.Empty(Extract.Slugs(text, new DateOnly(y, m, d)));

    [Fact]
    public void LeadershipContests_a_stated_year_stands_though_the_calendar_lacks_it() =>
        Assert.Equal(["labour-leadership-election-1935"], Extract.Slugs("Attlee was elected Labour leader in 1935.", null));

    [Theory]
    [InlineData("Remember the last US presidential election? It was close.", 2016, 11, 3, "united-states-election-2012")]
    [InlineData("The last US midterm elections went badly for the president.", 2017, 6, 1, "united-states-election-2014")]
    public void ForeignElections_a_presidential_round_and_the_midterms_each_keep_their_own_calendar(string text, int y, int m, int d, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(y, m, d)));

    [Theory]
    [InlineData("In Sri Lanka the 2015 presidential election ousted the sitting president.", "sri-lanka-election-2015")]
    [InlineData("The Bulgarian election of 2017 returned the same government.", "bulgaria-election-2017")]
    [InlineData("Elections in Colombia were held in 2018.", "colombia-election-2018")]
    public void ForeignElections_in_any_state_of_the_world(string text, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(2019, 1, 10)));

    [Fact]
    public void ElectoralCollege_of_a_party_leadership_is_no_american_election() =>
        Assert.DoesNotContain("united-states-election-2016",
            Extract.Slugs("Under Labour's electoral college, MPs had a third of the vote in the leadership contest.", new DateOnly(2016, 6, 30)));

    [Fact]
    public void NationalLevel_a_presidential_election_beside_a_country_is_that_countrys() =>
        Assert.Equal(["france-election-2007"], Extract.Slugs("The last presidential elections took place in France in 2007.", new DateOnly(2012, 3, 15)));

    [Fact]
    public void NationalLevel_far_from_any_country_is_the_one_country_the_article_names() =>
        Assert.Equal(["poland-election-2015"], Extract.Slugs("""
            Polish politics has rarely been so divided.
            The president was ousted in the 2015 presidential elections, which surprised many.
            """, new DateOnly(2018, 11, 30)));

    [Fact]
    public void NationalLevel_far_from_any_country_in_an_article_naming_two_is_unread() =>
        Assert.Empty(Extract.Slugs("""
            Polish and German politics have rarely been so divided.
            The president was ousted in the 2015 presidential elections, which surprised many.
            """, new DateOnly(2018, 11, 30)));

    [Fact]
    public void ForeignElections_still_to_come_are_not_dated_to_the_article() =>
        Assert.Empty(Extract.Slugs("Next year France will hold its presidential elections, and he may stand for re-election.", new DateOnly(2011, 6, 23)));

    [Fact]
    public void PastTense_the_last_european_elections_held() =>
        Assert.Equal(["european-parliament-election-2014"], Extract.Slugs("The Lib Dems ran a pro-EU campaign in the European elections.", new DateOnly(2015, 3, 3)));

    [Theory]
    [InlineData("The former London Mayor has been gunning for the top job.")]
    [InlineData("As Mayor of Exeter she holds a majority on the council.")]
    public void An_office_named_without_a_word_that_an_election_was_decided_is_no_election(string text) =>
        Assert.Empty(Extract.Slugs(text, new DateOnly(2016, 10, 1)));

    [Fact]
    public void LeadershipContests_unnamed_are_the_one_party_the_sentence_names() =>
        Assert.Equal(["labour-leadership-election-2015"], Extract.Slugs("After winning the leadership election in 2015, he reshuffled Labour's front bench.", null));

    [Fact]
    public void LeadershipContests_unnamed_beside_two_parties_are_not_guessed() =>
        Assert.Empty(Extract.Slugs("After the leadership election in 2015, Labour and the Tories both changed.", null));

    [Theory]
    [InlineData("Her premiership was damaged in an ill-judged snap election.", 2018, 9, "uk-general-election-2017")]
    [InlineData("Theresa May called a totally unnecessary snap general election and lost her majority.", 2017, 12, "uk-general-election-2017")]
    [InlineData("The general election campaign is nearly over.\nTo anyone who follows politics, the election on the 8th of June seems decided.", 2017, 6, "uk-general-election-2017")]
    public void SnapElection_called_is_a_real_one_and_the_election_in_its_weeks_is_the_general_election(string text, int year, int month, string slug) =>
        Assert.Equal([slug], Extract.Slugs(text, new DateOnly(year, month, 2)));

    [Fact]
    public void BareElection_without_Westminster_in_an_article_that_never_names_the_general_election_is_none() =>
        Assert.Empty(Extract.Slugs("Already rumours had emerged that the election would be rigged.", new DateOnly(2019, 11, 15)));

    [Fact]
    public void BareElection_in_a_unions_sentence_is_not_the_general_election() =>
        // The union's own, which speaks of it (see UnnamedBodyElectionTests).
        Assert.Equal(["students-union-elections-2017"], Extract.Slugs("The Union said the election was run fairly by the Returning Officer.", new DateOnly(2017, 6, 2)));

    [Fact]
    public void A_year_the_calendar_does_not_hold_is_another_events() =>
        Assert.Empty(Extract.Slugs("The last party to get half the vote in a general election was the Tories in 1930.", new DateOnly(2015, 5, 14)));

    [Fact]
    public void PastResults_measure_the_contest_in_view_against_earlier_ones_the_calendar_holds()
    {
        var slugs = Extract.Slugs("""
            Labour won the general election in a landslide tonight.
            It recovered from the worst result since 1935, that it got in 2019.
            """, new DateOnly(2024, 7, 5));
        Assert.Equal(["uk-general-election-1935", "uk-general-election-2019", "uk-general-election-2024"], slugs);
    }

    [Fact]
    public void An_election_of_unknown_year_keeps_what_is_said_beside_it_from_the_election_in_view()
    {
        var result = Extract.From("""
            Jane Doe became mayor of Exeter in 2017.
            She won a second term as mayor of Exeter tonight with 60 per cent of the vote.
            Meanwhile John Roe won the Wigan by-election with a majority of 7,000.
            """, null, "Jane Doe", "John Roe");
        Assert.DoesNotContain(result.Figures, f => f.ElectionSlug == "exeter-mayor-2017");
        Assert.DoesNotContain(result.Candidacies, c => c.ElectionSlug == "exeter-mayor-2017" && c.Candidate == "John Roe");
        // Each undated result keeps its sentence under an election of its own, year not stated.
        Assert.Equal(["exeter-mayor-year-not-stated", "wigan-by-election-year-not-stated"], result.Figures.Select(f => f.ElectionSlug).Order());
    }

    [Fact]
    public void Every_race_reported_that_day_shares_the_poll_date_and_a_foreign_one_keeps_only_its_year()
    {
        var result = Extract.From("""
            Jane Doe was re-elected mayor of Exeter tonight.
            Elsewhere the party won the Wigan by-election, and the Canadian election results came in.
            """, Extract.Saturday, "Jane Doe");
        Assert.All(result.Elections.Where(e => e.Kind != ElectionKind.Foreign), e => Assert.Equal(new DateOnly(2021, 5, 6), e.PollDate));
        Assert.Null(Assert.Single(result.Elections, e => e.Kind == ElectionKind.Foreign).PollDate);
    }

    [Fact]
    public void LeadershipContests_without_a_party_are_the_party_of_a_sentence_just_before_and_there_was_one_was_held() =>
        Assert.Equal(["labour-leadership-election-2016"], Extract.Slugs("""
            Labour also had a crisis of its own in the summer. After that all hell broke loose. Chaos. There was a brand new leadership battle between Jane Doe and John Roe, with Doe the victor.
            """, new DateOnly(2016, 10, 3)));

    [Fact]
    public void LeadershipContests_without_a_party_anywhere_are_not_placed() =>
        Assert.Empty(Extract.Slugs("The leadership contest was largely between two brothers.", new DateOnly(2010, 12, 12)));

    [Fact]
    public void There_were_an_election_is_still_a_supposed_one() =>
        Assert.Empty(Extract.Slugs("I would vote for them again if there were a General Election tomorrow.", new DateOnly(2010, 10, 21)));
}
