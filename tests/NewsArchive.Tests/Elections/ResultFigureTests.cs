using NewsArchive.Elections;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

public class ResultFigureTests
{
    private static readonly string[] People = ["Jane Doe", "John Roe", "Ann Poe"];

    private static ElectionExtraction Run(string text) => Extract.From(text, Extract.Saturday, People);

    [Fact]
    public void Votes_and_majority_go_to_the_candidates_the_sentence_names()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter tonight.
            Ms Doe polled 21,034 votes to Mr Roe's 17, 601, a majority of 3,433.
            """);

        Assert.Equal(21034m, result.Figure(FigureKind.Votes, "Jane Doe").Value.Value);
        Assert.Equal("17, 601", result.Figure(FigureKind.Votes, "John Roe").Value.Text);
        var majority = result.Figure(FigureKind.Majority);
        Assert.Equal(("Jane Doe", 3433m), (majority.Candidate, majority.Value.Value));
        Assert.All(result.Figures, f => Assert.Equal("exeter-mayor-2021", f.ElectionSlug));
        Assert.All(result.Figures, f => Assert.Equal(1, f.Source.Paragraph));
    }

    [Fact]
    public void Every_figure_keeps_its_exact_sentence()
    {
        var result = Run("Jane Doe was re-elected mayor of Exeter tonight. She thanked voters. Ms Doe took 55 per cent of the vote.");

        Assert.Equal("Ms Doe took 55 per cent of the vote.", result.Figure(FigureKind.Share).Source.Sentence);
    }

    [Fact]
    public void Rounds_follow_first_and_second_preference_wording()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter tonight.
            Ms Doe faced an anxious wait as an overnight tally showed she won 39% of first preference votes with John Roe winning 37%.
            Ms Doe took 60,000 votes after second preferences were taken into account.
            """);

        Assert.Equal(CountRound.FirstPreferences, result.Figure(FigureKind.Share, "Jane Doe").Round);
        Assert.Equal(CountRound.FirstPreferences, result.Figure(FigureKind.Share, "John Roe").Round);
        Assert.Equal(CountRound.Final, result.Figure(FigureKind.Votes, "Jane Doe").Round);
    }

    [Fact]
    public void A_share_with_no_round_of_its_own_takes_the_round_of_the_sentence_before_and_says_so()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter tonight.
            Ms Doe said she was humbled. She won around 40 per cent of first preference votes.
            John Roe came second with 35.3 per cent of the votes.
            """);

        var doe = result.Figure(FigureKind.Share, "Jane Doe");
        Assert.Equal((40m, Bound.Approximate, CountRound.FirstPreferences, false), (doe.Value.Value, doe.Value.Bound, doe.Round, doe.RoundFromContext));
        var roe = result.Figure(FigureKind.Share, "John Roe");
        Assert.Equal((CountRound.FirstPreferences, true), (roe.Round, roe.RoundFromContext));
        Assert.Equal(2m, result.Figure(FigureKind.Position, "John Roe").Value.Value);
        Assert.Equal(Outcome.Defeated, Assert.Single(result.Candidacies, c => c.Candidate == "John Roe").Outcome);
    }

    [Fact]
    public void A_year_stated_beside_one_figure_moves_only_that_figure_to_the_earlier_contest()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter tonight.
            With second preference votes included Ms Doe won 55 per cent of the vote, down from 57 per cent in 2016.
            """);

        Assert.Equal(["exeter-mayor-2016", "exeter-mayor-2021"], result.Elections.Select(e => e.Slug).Order());
        Assert.Equal([("exeter-mayor-2016", 57m), ("exeter-mayor-2021", 55m)],
            result.Figures.Select(f => (f.ElectionSlug, f.Value.Value)).Order());
        Assert.All(result.Figures, f => Assert.Equal(CountRound.Final, f.Round));
    }

    [Fact]
    public void Majority_qualifiers_are_kept_and_the_winner_is_elected()
    {
        var result = Run("Last night Labour was thrashed in the Wigan by-election, with Jane Doe securing a majority of almost 7,000, while Tory John Roe won a second term as mayor of Exeter with a whopping 73 per cent share of the vote.");

        var majority = result.Figure(FigureKind.Majority);
        Assert.Equal(("Jane Doe", "wigan-by-election-2021", Bound.Approximate, "almost 7,000"),
            (majority.Candidate, majority.ElectionSlug, majority.Value.Bound, majority.Value.Text));
        var share = result.Figure(FigureKind.Share);
        Assert.Equal(("John Roe", "Conservative", "exeter-mayor-2021"), (share.Candidate, share.Party, share.ElectionSlug));
        Assert.All(result.Candidacies.Where(c => c.Candidate is not null), c => Assert.Equal(Outcome.Elected, c.Outcome));
    }

    [Fact]
    public void Seats_go_to_the_party_the_sentence_refers_to_with_the_size_of_the_chamber()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter tonight, a good night for Labour.
            In Wales the party equalled its best-ever Senedd result by winning 30 seats, effectively a majority in the 60-seat chamber.
            """);

        var seats = result.Figure(FigureKind.Seats);
        Assert.Equal(("Labour", 30m, 60, "senedd-2021"), (seats.Party, seats.Value.Value, seats.OutOf, seats.ElectionSlug));
    }

    [Fact]
    public void Turnout_belongs_to_the_election()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday on a turnout of 42 per cent.");

        var turnout = result.Figure(FigureKind.Turnout);
        Assert.Equal((null, 42m), (turnout.Candidate, turnout.Value.Value));
    }

    [Fact]
    public void Winners_and_losers_and_their_parties_come_from_the_verbs_and_labels()
    {
        var result = Run("""
            The results came in tonight.
            It also saw Jane Doe elected West of England mayor, beating Conservative candidate John Roe. In a surprise result the Greens' Ann Poe came third.
            """);

        Assert.Equal([("Ann Poe", "Green Party", Outcome.Defeated), ("Jane Doe", null, Outcome.Elected), ("John Roe", "Conservative", Outcome.Defeated)],
            result.Candidacies.Select(c => (c.Candidate!, c.Party, c.Outcome)).Order());
    }

    [Fact]
    public void A_person_named_near_an_election_without_standing_is_no_candidate()
    {
        var result = Run("Jane Doe was re-elected mayor of Exeter tonight, and John Roe said it was a fine result.");

        Assert.Equal(["Jane Doe"], result.Candidacies.Select(c => c.Candidate));
    }

    [Theory]
    [InlineData("The bill was passed by 297 votes to 203 after Jane Doe won the Wigan by-election yesterday.", LeftOutReason.ParliamentaryVote)]
    [InlineData("MPs backed the amendment, and Jane Doe won the Wigan by-election yesterday with a majority of 400.", LeftOutReason.ParliamentaryVote)]
    [InlineData("Polls last month suggested Jane Doe would gain more than 50 per cent of the vote in the Wigan by-election.", LeftOutReason.OpinionPoll)]
    [InlineData("In the Wigan by-election yesterday, Jane Doe could take 40 per cent of the vote.", LeftOutReason.Prediction)]
    [InlineData("Only candidates who won more than five per cent of the vote in the Wigan by-election yesterday kept their deposit.", LeftOutReason.Threshold)]
    [InlineData("In the Wigan by-election yesterday the Greens had to reach five per cent of the vote for a seat on the council.", LeftOutReason.Threshold)]
    [InlineData("Ms Doe said 2,000 votes were spoilt.", LeftOutReason.NoElection)]
    [InlineData("Jane Doe won the Wigan by-election yesterday, and the government has since lost 2 votes of confidence.", LeftOutReason.ParliamentaryVote)]
    [InlineData("Polls put Jane Doe on 63% of the vote in the Wigan by-election yesterday.", LeftOutReason.OpinionPoll)]
    [InlineData("In the Wigan by-election yesterday, Jane Doe's party gained 4% on its 2005 share.", LeftOutReason.Rate)]
    public void Numbers_that_are_not_results_are_left_out_with_a_reason(string text, LeftOutReason reason)
    {
        var result = Extract.From(text, text.Contains("yesterday") || text.Contains("this morning") || text.Contains("Polls") ? Extract.Saturday : null, People);

        Assert.Empty(result.Figures);
        Assert.Equal(reason, Assert.Single(result.LeftOut).Reason);
    }

    [Fact]
    public void A_poll_in_a_clause_after_the_result_leaves_the_result_a_result() =>
        Assert.Equal(44m, Extract.From("In the Wigan by-election yesterday turnout was only 44%, and recent polls indicate it will be lower next time.",
            Extract.Saturday, People).Figure(FigureKind.Turnout).Value.Value);

    [Fact]
    public void A_bar_in_a_clause_before_the_figures_is_not_its_own() =>
        Assert.Equal(25417m, Extract.From("Jane Doe, who scraped onto the ballot with the 35 nominations needed, won the Wigan by-election yesterday with 25,417 votes.",
            Extract.Saturday, People).Figure(FigureKind.Votes).Value.Value);

    [Theory]
    [InlineData("The polls had promised a close race; instead Jane Doe won the Wigan by-election yesterday with 63% of the vote.")]
    [InlineData("Polls last week put her behind, but in the event Jane Doe won the Wigan by-election yesterday with 63% of the vote.")]
    public void A_result_told_against_what_the_polls_said_is_a_result(string text) =>
        Assert.Equal(63m, Extract.From(text, Extract.Saturday, People).Figure(FigureKind.Share).Value.Value);

    [Fact]
    public void A_dated_article_that_does_not_date_the_election_leaves_its_figure_out_for_that_reason()
    {
        var result = Extract.From("Jane Doe won 60% of the vote in the Wigan by-election.", Extract.Saturday, People);

        Assert.Empty(result.Figures);
        Assert.Equal(LeftOutReason.ElectionYearUnknown, Assert.Single(result.LeftOut).Reason);
    }

    [Fact]
    public void An_undated_article_keeps_a_result_under_an_election_of_its_own_whose_year_is_not_stated()
    {
        var result = Extract.From("Jane Doe won 60% of the vote in the Wigan by-election.", null, People);

        var election = Assert.Single(result.Elections);
        Assert.Equal((0, YearSource.Unknown, "Wigan by-election (year not stated)"), (election.Year, election.YearSource, election.Name));
        Assert.Equal(election.Slug, result.Figure(FigureKind.Share, "Jane Doe").ElectionSlug);
    }

    [Fact]
    public void Held_by_a_number_of_things_that_are_not_votes_is_no_majority()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday. The records are held by about 100,000 public bodies.");

        Assert.Empty(result.Figures);
        Assert.Empty(result.LeftOut);
    }

    [Fact]
    public void A_share_nobody_is_named_for_is_left_out_not_guessed()
    {
        var result = Run("Jane Doe was re-elected mayor of Exeter tonight. Turnout aside, 55 per cent of the vote went elsewhere.");

        Assert.Empty(result.Figures);
        Assert.Equal(LeftOutReason.NoCandidateOrParty, Assert.Single(result.LeftOut).Reason);
    }

    [Fact]
    public void VotesAhead_a_lead_in_votes_is_the_majority_of_the_one_ahead()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday with 20,100 votes, just 37 votes ahead of John Roe.");
        Assert.Equal([("Jane Doe", FigureKind.Votes, 20100m), ("Jane Doe", FigureKind.Majority, 37m)], ResultRun.Figures(result));
    }

    [Fact]
    public void VotesAfterPlace_a_count_a_winner_won_with_is_votes()
    {
        var result = Run("Jane Doe was re-elected mayor of Exeter tonight.\nThe race, which Jane Doe won with 800, was the closest in years.");
        Assert.Equal(800m, result.Figure(FigureKind.Votes, "Jane Doe").Value.Value);
    }

    [Fact]
    public void ListItem_a_person_named_after_a_comma_or_and_owns_the_number_after_the_name()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday.\nIn the first round, Jane Doe had 1,203 votes, John Roe 1,100 and Ann Poe 800.");
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1203m), ("John Roe", FigureKind.Votes, 1100m), ("Ann Poe", FigureKind.Votes, 800m)], ResultRun.Figures(result));
    }

    [Fact]
    public void Pair_a_candidate_beaten_by_so_many_votes_to_so_many_is_no_division()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday, beating John Roe by 1,020 votes to 987.");
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1020m), ("John Roe", FigureKind.Votes, 987m)], ResultRun.Figures(result));
        Assert.Empty(result.LeftOut);
    }

    [Fact]
    public void Pair_a_division_is_still_a_division() =>
        Assert.Contains(Run("Jane Doe won the Wigan by-election yesterday. The bill passed by 300 votes to 200.").LeftOut,
            l => l.Reason == LeftOutReason.ParliamentaryVote);

    [Theory]
    [InlineData("Jane Doe won the Wigan by-election yesterday.\nThe result: Jane Doe – 1,234 votes; John Roe – 987 votes.")]
    [InlineData("Jane Doe won the Wigan by-election yesterday.\nJane Doe (1,234 votes) beat John Roe (987).")]
    [InlineData("Jane Doe won the Wigan by-election yesterday.\nJane Doe – 1,234 (elected)\nJohn Roe: 987")]
    [InlineData("Jane Doe won the Wigan by-election yesterday, beating John Roe 1,234 to 987.")]
    public void ListedBefore_a_results_list_names_each_candidate_before_the_count(string text) =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1234m), ("John Roe", FigureKind.Votes, 987m)], ResultRun.Figures(Run(text)));

    [Fact]
    public void ResultLine_a_year_after_a_name_is_no_count() =>
        Assert.DoesNotContain(ResultRun.Figures(Run("Jane Doe won the Wigan by-election yesterday.\nJohn Roe – 2019")), f => f.Value == 2019m);
}
