using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Results set against each other, changed or carried over from the contest before, as reports of a
/// count write them; and ordinary wording those rules must leave alone. One test per rule, on texts written here.</summary>
public class ResultComparisonTests
{
    private static ElectionExtraction Run(string text, DateOnly? published = null) => ResultRun.Of(text, published);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(ElectionExtraction result) => ResultRun.Figures(result);

    [Fact]
    public void ComparedNumber_a_count_set_against_a_share_answers_the_votes_before_it() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 20645m), ("Jane Doe", FigureKind.Share, 43.8m), ("John Roe", FigureKind.Votes, 14738m)],
            Figures(Run("In the Wigan by-election yesterday Jane Doe won 20,645 votes, or 43.8% of the total, against 14,738 for John Roe.")));

    [Fact]
    public void ComparedNumber_the_other_side_may_follow_the_year_of_the_count() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 20645m), ("Liberal Democrats", FigureKind.Votes, 14738m)],
            Figures(Run("Jane Doe won the Westfield by-election with 20,645 votes in 2004, compared to 14,738 for the Liberal Democrat candidate.", new DateOnly(2005, 2, 3))));

    [Fact]
    public void BeatenBefore_the_share_with_the_one_beaten_is_the_winners() =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 53.8m)],
            Figures(Run("In the Westfield by-election yesterday Jane Doe beat John Roe with 53.8% of the vote.")));

    [Fact]
    public void BeatenBefore_the_votes_on_the_one_beaten_are_theirs() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1890m), ("John Roe", FigureKind.Votes, 1402m)],
            Figures(Run("In the Westfield by-election yesterday Jane Doe won with 1,890 votes, beating John Roe on 1,402.")));

    [Fact]
    public void ListItem_a_seats_list_goes_on_after_the_body_the_seats_are_in() =>
        Assert.Equal([("Labour", FigureKind.Seats, 11m), ("Conservative", FigureKind.Seats, 8m), ("Green Party", FigureKind.Seats, 3m)],
            Figures(Run("At the London Assembly election yesterday Labour won 11 of the 25 seats on the London Assembly, the Conservatives eight and the Greens three.", new DateOnly(2024, 5, 4))));

    [Fact]
    public void A_result_sentence_that_names_an_earlier_contest_only_by_its_year_keeps_the_contest_in_view()
    {
        var result = Run("""
            Jane Doe was re-elected mayor of Exeter yesterday with 41.2% of the vote.
            The result means Doe, first elected in 2001, is the first mayor of Exeter to win three terms.
            John Roe finished second with 30.1%.
            """);
        Assert.Equal(["exeter-mayor-2005"], result.Figures.Select(f => f.ElectionSlug).Distinct());
    }

    [Fact]
    public void Majority_held_on_by_a_number_of_votes_is_a_majority() =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 460m)],
            Figures(Run("In the Wigan by-election yesterday, Labour's Jane Doe held on by just 460 votes.")));

    [Fact]
    public void PreviousMajority_a_majority_overturned_is_the_seats_at_the_general_election_before()
    {
        var result = Run("In the Wigan by-election yesterday the Liberal Democrats won, overturning a Labour majority of 13,243.");
        Assert.Equal([("wigan-2005", "Labour", 13243m)], result.Figures.Where(f => f.Kind == FigureKind.Majority).Select(f => (f.ElectionSlug, f.Party, f.Value.Value)));
    }

    [Fact]
    public void MeasuredAgainst_a_turnout_compared_with_one_at_an_earlier_election_is_the_contest_in_views()
    {
        var result = Run("Jane Doe won the Wigan by-election yesterday.\nTurnout was 41.6%, compared with 58% at the 2001 general election.");
        var turnouts = result.Figures.Where(f => f.Kind == FigureKind.Turnout).ToDictionary(f => f.Value.Value, f => f.ElectionSlug);
        Assert.Equal("wigan-by-election-2005", turnouts[41.6m]);
        Assert.Equal("uk-general-election-2001", turnouts[58m]);
    }

    [Fact]
    public void BareElection_election_night_in_an_article_about_Westminster_is_the_general_election_near_the_date() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 318m)],
            Figures(Run("Election night: what happened\nThe Conservatives lost their majority, winning 318 seats, eight short of the 326 needed.\n"
                + "The Prime Minister must now find a partner in Parliament. Her MPs are furious. Downing Street said nothing.", new DateOnly(2017, 6, 9))));

    [Theory]
    [InlineData("At the general election Labour gained 30 seats.", "30", LeftOutReason.Rate)]
    [InlineData("At the general election the SNP lost 21 of its 56 seats.", "56", LeftOutReason.ElectionYearUnknown)]
    public void Seats_gained_lost_or_had_before_are_not_seats_won(string text, string number, LeftOutReason reason)
    {
        var result = Run(text, new DateOnly(2017, 6, 9));
        Assert.DoesNotContain(result.Figures, f => f.Kind == FigureKind.Seats);
        Assert.Contains(result.LeftOut, l => l.Text == number && l.Reason == reason);
    }

    [Fact]
    public void PreviousMajority_a_named_persons_majority_overturned_is_theirs_at_the_general_election_before() =>
        Assert.Contains(Run("In the Wigan by-election yesterday Jane Doe overturned John Roe's majority of 7,938.").Figures,
            f => f is { ElectionSlug: "wigan-2005", Candidate: "John Roe", Kind: FigureKind.Majority } && f.Value.Value == 7938m);

    [Fact]
    public void MeasuredAgainst_the_figure_a_change_ends_on_is_not_the_contest_it_starts_from()
    {
        var result = Run("Labour won 40% of the vote at the general election yesterday.\nUKIP's vote collapsed from 12.6% in 2015 to under 2%.", new DateOnly(2017, 6, 9));
        var shares = result.Figures.Where(f => f.Kind == FigureKind.Share).ToDictionary(f => f.Value.Value, f => f.ElectionSlug);
        Assert.Equal(("uk-general-election-2015", "uk-general-election-2017"), (shares[12.6m], shares[2m]));
    }

    [Fact]
    public void If_there_was_an_election_is_a_supposed_one() =>
        Assert.Empty(Extract.From("If there was a general election tomorrow, Labour would win.", new DateOnly(2010, 10, 21)).Elections);

    [Fact]
    public void A_vote_of_confidence_in_someone_is_no_parliaments_vote() =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 44m)],
            Figures(Run("Jane Doe won the Wigan by-election yesterday with 44% of the vote, a resounding vote of confidence in her record.")));

    [Fact]
    public void A_poll_after_two_figures_joined_by_and_makes_both_a_poll() =>
        Assert.Empty(Run("In the Wigan by-election, Labour is on 38% and the Conservatives on 33%, according to the latest YouGov poll.").Figures);

    [Fact]
    public void The_far_side_of_a_comparison_does_not_take_the_contest_away_from_the_figure() =>
        Assert.Contains(("Jane Doe", FigureKind.Votes, 20645m),
            Figures(Run("Jane Doe won 20,645 votes against 14,738 for John Roe in the Wigan by-election yesterday.")));

    [Fact]
    public void A_council_leader_elected_is_no_partys_leadership_contest() =>
        Assert.DoesNotContain(Extract.From("Labour took Wigan council. Councillor Jane Doe was elected leader on Monday.", new DateOnly(2016, 5, 9)).Elections,
            e => e.Kind == ElectionKind.PartyLeadership);

    [Fact]
    public void By_election_night_is_not_the_general_election() =>
        Assert.DoesNotContain(Extract.From("On by-election night in Wigan the Prime Minister stayed in Downing Street. MPs waited. Parliament was quiet.",
            new DateOnly(2017, 6, 9)).Elections, e => e.Kind == ElectionKind.General);

    [Fact]
    public void A_by_election_before_a_general_election_the_same_year_is_held_not_ahead() =>
        Assert.Contains(("Conservative", FigureKind.Majority, 2147m),
            Figures(Run("The Conservatives held Copeland by 2,147 votes in yesterday's by-election.", new DateOnly(2017, 2, 24))));

    [Fact]
    public void A_count_of_voters_that_looks_like_a_year_is_still_a_count() =>
        Assert.Contains(Extract.From("The Northfield Union elections closed on Friday.\nThe count went on late.\nIn all, 1998 students voted.", new DateOnly(2019, 3, 15)).Figures,
            f => f.Kind == FigureKind.Votes && f.Value.Value == 1998m);

    [Fact]
    public void ComparedNumber_the_other_side_may_follow_the_count_of_second_preferences() =>
        Assert.Contains(("John Roe", FigureKind.Votes, 994614m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe won 1,310,143 votes after second preferences were counted, against 994,614 for John Roe.")));

    [Fact]
    public void MarginInVotes_a_margin_in_thousands_with_no_unit_is_the_winners_votes() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1310143m), ("John Roe", FigureKind.Votes, 994614m), ("Jane Doe", FigureKind.Majority, 315529m)],
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe won 1,310,143 votes, against 994,614 for John Roe, a margin of 315,529.")));

    [Fact]
    public void MarginAfterCounts_a_margin_after_the_counts_is_the_larger_counts() =>
        Assert.Contains(("Leave", FigureKind.Majority, 1300000m),
            Figures(Run("In Thursday's referendum the country voted 52-48 to leave: 17.4 million votes for Leave and 16.1 million for Remain, a margin of about 1.3 million.", new DateOnly(2016, 6, 26))));

    [Fact]
    public void MarginAfterCounts_a_margin_after_the_counts_is_not_the_last_named() =>
        Assert.Contains(("Jane Doe", FigureKind.Majority, 2000m),
            Figures(Run("In the Westfield by-election yesterday Jane Doe polled 12,000 votes and John Roe 10,000, a majority of 2,000.")));

    [Fact]
    public void ComparedNumber_the_other_side_may_follow_second_preferences_added_in() =>
        Assert.Contains(("John Roe", FigureKind.Votes, 994614m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe beat John Roe.\nShe took 1,310,143 votes once second preferences were added in, against 994,614 for her Conservative rival.")));

    [Fact]
    public void VotesAfterPlace_a_place_told_with_was_and_a_count_with_no_unit_is_votes() =>
        Assert.Contains(("Ann Poe", FigureKind.Votes, 94000m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe beat John Roe.\nLiberal Democrat Ann Poe was fifth with a little over 94,000.")));

    [Fact]
    public void Threshold_a_margin_that_fell_short_of_another_is_a_result() =>
        Assert.Contains(("Jane Doe", FigureKind.Majority, 228433m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe won a second term.\nHer winning margin of 228,433 was well short of the 315,529-vote lead she had four years ago.")));

    [Fact]
    public void MarginInVotes_a_small_number_with_no_unit_is_no_margin_in_votes() =>
        Assert.DoesNotContain(("Jane Doe", FigureKind.Majority, 12m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe won 52% of the vote, a margin of 12.")));

    [Fact]
    public void VoteWord_a_place_in_the_race_with_a_share_is_a_result() =>
        Assert.Contains(("Ann Poe", FigureKind.Share, 9.8m),
            Figures(Run("In the Westfield mayoral election yesterday Jane Doe beat John Roe.\nLiberal Democrat Ann Poe was third with 9.8%.")));

    [Fact]
    public void ListItem_a_list_may_go_on_with_a_party_taking_its_seats() =>
        Assert.Equal([("Labour", FigureKind.Seats, 12m), ("Conservative", FigureKind.Seats, 8m), ("Green Party", FigureKind.Seats, 2m)],
            Figures(Run("Labour won 12 of the 25 seats on the London assembly, with the Conservatives taking eight and the Greens two.", new DateOnly(2016, 5, 7))));
}
