using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A body's own vote (a students' union, a society, a club), one test per rule, on texts written here.</summary>
public class OrganisationElectionTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static Election Only(string text, DateOnly? published = null) =>
        Assert.Single(Extract.From(text, published ?? Spring2019).Elections);

    [Theory]
    [InlineData("Nominations for Northfield University Union’s Leadership Elections opened this week.", "Northfield University Union")]
    [InlineData("Results of the NUSU elections were announced on Friday.", "NUSU")]
    [InlineData("Candidates for the Chess Society elections gave speeches.", "Chess Society")]
    [InlineData("Candidates in the National Union of Students elections gave speeches.", "National Union of Students")]
    [InlineData("The hustings for the Rowing Club were busy.", "Rowing Club")]
    public void BodyElection_a_named_body_and_its_elections(string text, string body)
    {
        var election = Only(text);
        Assert.Equal((ElectionKind.Organisation, body, 2019), (election.Kind, election.Area, election.Year));
    }

    [Theory]
    [InlineData("The race to become the next Northfield University Union President heated up on Tuesday.")]
    [InlineData("Jo Bloggs was elected Northfield University Union Deputy President with 1,200 votes.")]
    public void OfficerRace_a_race_for_or_a_win_of_a_bodys_office_is_its_election(string text)
    {
        var election = Only(text);
        Assert.Equal((ElectionKind.Organisation, "Northfield University Union", 2019), (election.Kind, election.Area, election.Year));
    }

    [Theory]
    [InlineData("Turnout in the European Union elections was low.")]
    [InlineData("The EU elections were held in May.")]
    [InlineData("Westminster Council elections were held in May.")]
    public void BodyElection_a_union_of_states_or_a_council_is_no_body(string text) =>
        Assert.DoesNotContain(Extract.From(text, Spring2019).Elections, e => e.Kind == ElectionKind.Organisation);

    [Fact]
    public void BodyElection_states_its_year() =>
        Assert.Equal(2016, Only("The 2016 Students’ Union elections saw record numbers.").Year);

    [Theory]
    [InlineData("Northfield University Union has a new president.\nThe Union’s sabbatical elections closed on Friday.", "Northfield University Union")]
    [InlineData("Northfield University Union runs the vote. The Medical Students’ Union agreed.\nNorthfield University Union has a new president.\nThe Union’s sabbatical elections closed on Friday.", "Northfield University Union")]
    [InlineData("The Royal College of Science Union has a new president.\nThe RCSU elections closed on Friday.", "Royal College of Science Union")]
    [InlineData("The National Union of Students has a new president.\nThe Union’s sabbatical elections closed on Friday.", "National Union of Students")]
    public void The_Union_or_an_acronym_is_the_body_the_article_names_in_full_most_often_or_by_initials(string text, string body) =>
        Assert.Equal(body, Assert.Single(Extract.From(text, Spring2019).Elections).Area);

    [Theory]
    [InlineData("The results for the Big Elections 2013 were announced.\nThe turnout was the highest Northfield University Union has had.", 2013)]
    [InlineData("The Summer Elections closed on Friday.\nThe turnout was the highest Northfield University Union has had.", 2019)]
    public void NamedRound_a_round_named_as_a_unions_own_is_the_unions(string text, int year)
    {
        var election = Only(text);
        Assert.Equal((ElectionKind.Organisation, "Northfield University Union", year), (election.Kind, election.Area, election.Year));
    }

    [Fact]
    public void NamedRound_a_partys_leadership_elections_are_no_unions() =>
        Assert.DoesNotContain(Extract.From("The Labour Leadership Elections closed on Friday.", Spring2019).Elections, e => e.Kind == ElectionKind.Organisation);

    [Fact]
    public void The_Union_is_the_union_named_first_when_two_are_named_as_often() =>
        Assert.Equal("Northfield University Union", Assert.Single(Extract.From(
            "The Summer Elections closed on Friday.\nNorthfield University Union had a record turnout; the Medical Students’ Union had none.", Spring2019).Elections).Area);

    [Fact]
    public void BodyTopic_a_candidates_votes_belong_to_the_bodys_election_the_article_opens_on()
    {
        var result = Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nJo Bloggs was elected president with 698 votes.", Spring2019, "Jo Bloggs");
        var votes = result.Figure(FigureKind.Votes, "Jo Bloggs");
        Assert.Equal((698m, "northfield-union-elections-2019"), (votes.Value.Value, votes.ElectionSlug));
    }

    [Fact]
    public void BodyTopic_a_relative_clause_has_its_own_tense()
    {
        var result = Extract.From("The Northfield Union elections closed on Friday.\nNext year’s president will be Jo Bloggs, who received 3384 votes.", Spring2019, "Jo Bloggs");
        Assert.Equal(3384m, result.Figure(FigureKind.Votes, "Jo Bloggs").Value.Value);
    }

    [Fact]
    public void BodyTopic_is_not_a_westminster_sentences_election() =>
        Assert.Empty(Extract.From("The Northfield Union elections closed on Friday.\nJo Bloggs, the Labour MP, won 698 votes.", Spring2019, "Jo Bloggs").Figures);

    [Fact]
    public void OfficerElection_sabbatical_elections_are_a_unions()
    {
        var election = Only("Voting in the sabbatical elections closes tomorrow.");
        Assert.Equal((ElectionKind.Organisation, "Students' Union"), (election.Kind, election.Area));
    }

    [Fact]
    public void TheElections_in_an_article_about_a_bodys_elections_are_that_bodys()
    {
        var result = Extract.WithHeadline("Nominations open in Northfield Union elections",
            "Last year’s elections were quiet.\nIn the 2016 elections, 45.47% of eligible voters turned out.", Spring2019);
        Assert.Equal(["northfield-union-elections-2016", "northfield-union-elections-2018", "northfield-union-elections-2019"],
            result.Elections.Select(e => e.Slug).Order());
        var turnout = Assert.Single(result.Figures);
        Assert.Equal((FigureKind.Turnout, 45.47m, "northfield-union-elections-2016"), (turnout.Kind, turnout.Value.Value, turnout.ElectionSlug));
    }

    [Fact]
    public void TheElections_stay_unread_in_an_article_not_about_a_body() =>
        Assert.DoesNotContain(Extract.WithHeadline("Labour gains in the north", "The elections were held on Thursday.", Spring2019).Elections,
            e => e.Kind == ElectionKind.Organisation);

    [Theory]
    [InlineData("In the 2016 Chess Society elections, 45% of eligible voters turned out.", 45)]
    [InlineData("In the 2016 Chess Society elections, over 60% of members voting, a record.", 60)]
    [InlineData("In the 2016 Chess Society elections the turnout dropped more than eight points, to 36.78%.", 36.78)]
    public void Turnout_as_those_who_voted(string text, decimal value)
    {
        var figure = Extract.From(text, Spring2019).Figure(FigureKind.Turnout);
        Assert.Equal(value, figure.Value.Value);
    }

    [Fact]
    public void A_bodys_election_is_not_in_view_for_the_sentences_after_it() =>
        Assert.Empty(Extract.From("Nobody knows who is elected in the Union elections.\nThe student voter turnout is about 20% and the national turnout is 40%.", Spring2019).Figures);

    [Theory]
    [InlineData("Trouble in Club Election")]
    [InlineData("Trouble in the Society elections")]
    public void A_head_word_alone_names_no_body(string text) =>
        Assert.Empty(Extract.From(text, Spring2019).Elections);

    [Fact]
    public void Turnout_is_not_a_share_voted_for_someone() =>
        Assert.DoesNotContain(Extract.From("In the 2016 Chess Society elections, 60% of members voted for the motion.", Spring2019).Figures,
            f => f.Kind == FigureKind.Turnout);

    [Fact]
    public void BodyTopic_a_turnout_beside_a_count_of_voters_is_the_bodys()
    {
        var turnout = Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nA record 8,012 students voted, a turnout of 46.2%, up from last year.", Spring2019).Figure(FigureKind.Turnout);
        Assert.Equal((46.2m, "northfield-union-elections-2019"), (turnout.Value.Value, turnout.ElectionSlug));
    }

    [Fact]
    public void BodyTopic_a_faculty_turnout_is_a_parts_and_not_the_bodys() =>
        Assert.Equal([(52m, "Faculty of Engineering")], Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nThe Faculty of Engineering had the highest turnout, at 52%.", Spring2019).Figures
            .Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.Value.Value, f.Part)));

    [Fact]
    public void BodyTopic_last_years_turnout_is_not_this_years()
    {
        var result = Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nTurnout last year was 42% (60% of undergraduates).", Spring2019);
        Assert.DoesNotContain(result.Figures, f => f.Kind == FigureKind.Turnout && f.ElectionSlug == "northfield-union-elections-2019");
        Assert.Contains(result.Figures, f => f.Kind == FigureKind.Turnout && f.Value.Value == 42m && f.ElectionSlug == "northfield-union-elections-2018");
    }

    [Fact]
    public void BodyTopic_the_far_side_of_a_comparison_after_a_named_round_is_whoever_it_is_for()
    {
        var result = Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nJo Bloggs was elected president, winning 2,341 votes in the final round against 1,987 for Ann Poe.",
            Spring2019, "Jo Bloggs", "Ann Poe");
        Assert.Equal(1987m, result.Figure(FigureKind.Votes, "Ann Poe").Value.Value);
    }

    [Fact]
    public void ThisYear_a_turnout_told_of_this_year_in_a_story_about_a_bodys_elections_is_this_years()
    {
        var result = Extract.WithHeadline("Union elections: results are in",
            "The results of the Northfield Union elections were announced on Friday.\nTurnout this year was 45.6%, up from 41.1% last year.", Spring2019);
        Assert.Contains(result.Figures, f => (f.Kind, f.Value.Value, f.ElectionSlug) == (FigureKind.Turnout, 45.6m, "northfield-union-elections-2019"));
    }

    [Fact]
    public void LastYearSaid_a_turnout_told_of_last_year_in_a_bodys_election_story_is_the_year_befores()
    {
        var result = Extract.From("""
            Nominations for Northfield University Union’s Leadership Elections opened this week.
            Turnout last year was 42%.
            """, Spring2019);
        var figure = Assert.Single(result.Figures);
        Assert.Equal((FigureKind.Turnout, 42m, 2018), (figure.Kind, figure.Value.Value, result.Elections.Single(e => e.Slug == figure.ElectionSlug).Year));
    }

    [Fact]
    public void Keep_a_count_still_running_is_this_years_so_an_earlier_contests_figure_is_a_result()
    {
        var result = Extract.From("""
            Voting in Northfield University Union’s Leadership Elections closes on Friday.
            The Union hopes to beat last year’s record turnout of 41.1%, with the current total, at time of going to print, 3% behind.
            """, Spring2019);
        var figure = Assert.Single(result.Figures, f => f.Value.Value == 41.1m);
        Assert.Equal(FigureStatus.Result, figure.Status);
    }

    [Fact]
    public void LastYearSaid_the_nations_turnout_last_year_is_not_the_bodys()
    {
        var result = Extract.From("""
            Nominations for Northfield University Union’s Leadership Elections opened this week.
            Nationally, turnout last year was 68.7%.
            """, Spring2019);
        Assert.DoesNotContain(result.Figures, f => f.Value.Value == 68.7m);
    }
}
