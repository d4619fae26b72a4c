using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Results as news writes them, one test per rule, on texts written here.</summary>
public class ResultPatternsTests
{
    private static ElectionExtraction Run(string text, DateOnly? published = null) => ResultRun.Of(text, published);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(ElectionExtraction result) => ResultRun.Figures(result);

    [Fact]
    public void ParliamentCue_seats_in_the_House_of_Commons_are_an_elections() =>
        Assert.Equal([("Conservative", FigureKind.Share, 37m)],
            Figures(Run("In the 2005 general election, the Conservatives won 31% of the seats in the House of Commons but secured only 37% of the popular vote.")));

    [Fact]
    public void BeatBy_a_margin_in_votes_is_the_winners_majority() =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 68m)],
            Figures(Run("In the Wigan by-election yesterday Jane Doe won, beating John Roe by only 68 votes.")));

    [Fact]
    public void BeatBy_losing_to_someone_by_a_margin_is_the_winners_majority() =>
        Assert.Equal([("John Roe", FigureKind.Majority, 1508m)],
            Figures(Run("In the Wigan by-election yesterday Jane Doe narrowly lost to John Roe by 1,508 votes.")));

    [Fact]
    public void OpinionPoll_a_result_set_against_the_polls_is_a_result() =>
        Assert.Equal([("-", FigureKind.Turnout, 61.4m)],
            Figures(Run("In the 2005 general election, turnout was 61.4%, higher than what the polls had foreseen.")));

    [Fact]
    public void ForAfter_the_far_side_of_a_comparison_is_whoever_it_is_for() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 20645m), ("Liberal Democrats", FigureKind.Votes, 14738m)],
            Figures(Run("Jane Doe won the Dover seat at the general election with 20,645 votes, compared to 14,738 for the Liberal Democrat candidate.")));

    [Fact]
    public void Respectively_numbers_go_to_the_names_before_them_in_order() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1716m), ("John Roe", FigureKind.Votes, 1470m)],
            Figures(Run("In the Wigan by-election yesterday Jane Doe and John Roe gained 1716 and 1470 votes respectively.")));

    [Theory]
    [InlineData("10.7m and 6.8m")]
    [InlineData("10.7 million and 6.8 million")]
    public void Respectively_numbers_keep_their_scale(string numbers) =>
        Assert.Equal([("Conservative", FigureKind.Votes, 10_700_000m), ("Liberal Democrats", FigureKind.Votes, 6_800_000m)],
            Figures(Run($"In the 2010 general election the Conservatives and Lib Dems won {numbers} votes respectively.", new DateOnly(2010, 5, 20))));

    [Fact]
    public void ListItem_parties_named_with_numbers_after_the_first_share_its_unit() =>
        Assert.Equal([("SNP", FigureKind.Seats, 40m), ("Liberal Democrats", FigureKind.Seats, 4m), ("Labour", FigureKind.Seats, 2m)],
            Figures(Run("In the Scottish Parliament election yesterday the SNP won 40 seats, Liberal Democrats four and Labour two.")));

    [Fact]
    public void Pair_a_referendum_split_goes_to_the_side_named_and_the_other_side() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures(Run("In the EU referendum Leave won by 52-48.", new DateOnly(2016, 6, 25))));

    [Fact]
    public void Pair_without_a_side_in_a_referendum_the_calendar_holds_puts_the_winner_first() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures(Run("The EU referendum was decided by an infamously slim margin of 52-48.", new DateOnly(2018, 1, 1))));

    [Fact]
    public void Pair_without_a_side_or_a_name_is_left_out()
    {
        var result = Run("The Irish referendum in 2015 was decided by a margin of 62-38.", new DateOnly(2018, 1, 1));
        Assert.Empty(result.Figures);
        Assert.NotEmpty(result.LeftOut);
        Assert.All(result.LeftOut, l => Assert.Equal(LeftOutReason.NoCandidateOrParty, l.Reason));
    }

    [Fact]
    public void Votes_a_side_written_with_its_votes_is_that_sides() =>
        Assert.Equal([("Yes", FigureKind.Votes, 1201607m), ("No", FigureKind.Votes, 734300m)],
            Figures(Run("The final results of the Irish referendum yesterday were 1,201,607 \"Yes\" votes to 734,300 \"No\" votes.", new DateOnly(2015, 5, 23))));

    [Fact]
    public void Side_a_referendum_share_is_the_sides_and_its_turnout_the_referendums()
    {
        var result = Run("""
            The Irish referendum result was declared yesterday.
            The returning officer said the Yes vote had won with 62.1% of the vote. The total turnout was 60.5%.
            """, new DateOnly(2015, 5, 23));
        Assert.Equal([("Yes", FigureKind.Share, 62.1m), ("-", FigureKind.Turnout, 60.5m)], Figures(result));
    }

    [Theory]
    [InlineData("At the general election the Tories won a surprise 12-seat majority.", FigureKind.Majority, 12)]
    [InlineData("At the general election UKIP only won one seat.", FigureKind.Seats, 1)]
    [InlineData("At the general election the SNP swept 56 out of a possible 59 seats.", FigureKind.Seats, 56)]
    [InlineData("At the general election UKIP gained only 23 MPs.", FigureKind.Seats, 23)]
    [InlineData("At the general election UKIP won nearly 4 million votes.", FigureKind.Votes, 4000000)]
    public void Seats_majorities_and_votes_as_news_writes_them(string text, FigureKind kind, int value)
    {
        var figure = Assert.Single(Run(text).Figures);
        Assert.Equal((kind, (decimal)value), (figure.Kind, figure.Value.Value));
    }

    [Theory]
    [InlineData("At the general election the SNP lost twenty-one seats.")]
    [InlineData("At the general election Labour won 36% of the MPs.")]
    [InlineData("At the general election, a recent poll found, 40% of students voted Labour.")]
    public void Losses_shares_of_something_else_and_polls_are_no_result(string text) => Assert.Empty(Run(text).Figures);

    [Fact]
    public void NumberWords_hyphenated_tens_and_units_are_one_number() =>
        Assert.Equal(21m, NewsNumber.Parse("twenty-one")!.Value);

    [Theory]
    [InlineData("The exit poll tonight gives the Conservatives 368 seats in the general election.", FigureStatus.ExitPoll)]
    [InlineData("The BBC's projected national share tonight puts Labour on 35% in the general election.", FigureStatus.Projection)]
    [InlineData("With 200 of 650 results declared tonight, Labour has 150 seats in the general election.", FigureStatus.Tally)]
    [InlineData("An overnight tally showed Labour on 40% in the general election.", FigureStatus.Tally)]
    public void FigureStatus_estimates_and_partial_counts_are_kept_labelled(string text, FigureStatus status) =>
        Assert.All(Run(text).Figures, f => Assert.Equal(status, f.Status));

    [Fact]
    public void FigureStatus_the_final_tally_is_a_result() =>
        Assert.Equal([FigureStatus.Result], Run("The final tally put Labour on 40% in the general election.").Figures.Select(f => f.Status));

    [Fact]
    public void Hedges_are_kept_as_written()
    {
        var figure = Run("Jane Doe won the Wigan by-election yesterday with more than 55% of the vote.").Figure(FigureKind.Share, "Jane Doe");
        Assert.Equal((Bound.MoreThan, "more than 55"), (figure.Value.Bound, figure.Value.Text));
    }

    [Fact]
    public void MemberMajority_an_mps_majority_is_from_the_last_general_election() =>
        Assert.Equal("uk-general-election-2001", Run("Jane Doe, who has a 6,932 majority, is standing down.", new DateOnly(2004, 11, 1))
            .Figure(FigureKind.Majority, "Jane Doe").ElectionSlug);

    [Fact]
    public void ImpliedGeneralElection_a_national_partys_share_in_a_general_election_year() =>
        Assert.Equal("uk-general-election-1983", Assert.Single(Run("The SDP won 25% of the vote in 1983.", new DateOnly(2019, 2, 22)).Figures).ElectionSlug);

    [Fact]
    public void A_relative_clause_on_an_unread_name_gives_its_figure_to_nobody() =>
        Assert.Empty(Run("Jane Doe is standing against sitting MP Sam Bloggs, who had a 10,000-vote majority in 2001.", new DateOnly(2004, 11, 1)).Figures);

    [Fact]
    public void Rate_an_average_or_a_count_per_seat_is_no_total()
    {
        var result = Run("At the general election the SNP received on average 26,000 votes for each of the seats it won.");
        Assert.Empty(result.Figures);
        Assert.Equal(LeftOutReason.Rate, Assert.Single(result.LeftOut).Reason);
    }

    [Fact]
    public void PartySubject_they_who_won_a_share_are_the_party_just_named() =>
        Assert.Equal([("Social Democratic Party", FigureKind.Share, 25m), ("Social Democratic Party", FigureKind.Seats, 23m)],
            Figures(Run("""
                The SDP has long been a scare story for new parties.
                While they managed to gain 25% of the vote in 1983 they gained only 23 MPs.
                """, new DateOnly(2019, 2, 22))));

    [Fact]
    public void MembersWon_a_party_with_one_MP_won_one_seat() =>
        Assert.Equal([("Green Party", FigureKind.Seats, 1m)], Figures(Run("At the general election the Green Party ended with just one MP, despite everything.", new DateOnly(2015, 5, 30))));

    [Fact]
    public void Turnout_with_a_word_or_two_before_its_number() =>
        Assert.Equal([("-", FigureKind.Turnout, 42m)], Figures(Run("At the general election turnout was low (just 42% of registered voters).")));

    [Theory]
    [InlineData("At the 2005 general election turnout was up 4% on the election before.")]
    [InlineData("At the 2005 general election turnout is expected to be up 12 per cent on 2001.")]
    [InlineData("At the 2005 general election turnout fell by 3% from 2001.")]
    [InlineData("At the 2005 general election turnout rose by about 2 per cent.")]
    public void Rate_a_change_in_turnout_is_no_turnout(string text) =>
        Assert.DoesNotContain(Run(text).Figures, f => f.Kind == FigureKind.Turnout);

    [Fact]
    public void Seats_are_never_a_single_office_contests() =>
        Assert.DoesNotContain(Run("Jane Doe won the Wigan by-election yesterday, and Labour won 30 seats.").Figures, f => f.Kind == FigureKind.Seats);

    [Fact]
    public void Turnout_a_year_between_turnout_and_its_number_does_not_hide_it() =>
        Assert.Equal([("-", FigureKind.Turnout, 61.4m)], Figures(Run("Turnout at the 2005 general election was 61.4%.")));

    [Fact]
    public void ParliamentCue_one_seat_in_the_House_of_Commons_is_an_elections() =>
        Assert.Equal([("UKIP", FigureKind.Seats, 1m)],
            Figures(Run("At the 2015 general election UKIP won only one seat in the House of Commons.", new DateOnly(2015, 5, 30))));

    [Fact]
    public void SharedSubject_a_clause_after_a_comma_and_but_shares_the_party_before_it() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 198m), ("Conservative", FigureKind.Share, 32m)],
            Figures(Run("In the 2005 general election, the Conservatives won 198 seats, but secured only 32% of the popular vote.")));

    [Fact]
    public void MeasuredAgainst_a_year_a_result_is_compared_with_is_not_the_results_election()
    {
        var result = Run("Labour won the 2005 general election on Thursday.\nThe Liberal Democrats took 62 seats, their best result since 1923.\nTurnout was 61.4%, up from 59.4% in 2001.");
        Assert.Equal("uk-general-election-2005", result.Figure(FigureKind.Seats).ElectionSlug);
        var turnouts = result.Figures.Where(f => f.Kind == FigureKind.Turnout).ToDictionary(f => f.Value.Value, f => f.ElectionSlug);
        Assert.Equal("uk-general-election-2005", turnouts[61.4m]);
        Assert.Equal("uk-general-election-2001", turnouts[59.4m]);
    }

    [Fact]
    public void Seats_won_of_a_places_total_are_the_first_number() =>
        Assert.Equal([("SNP", FigureKind.Seats, 56m)],
            Figures(Run("In the 2015 general election the SNP won 56 of Scotland's 59 seats.", new DateOnly(2015, 5, 30))));

    [Theory]
    [InlineData("In the 2005 general election Labour's majority was cut from 167 to 66.", "Labour", 66)]
    [InlineData("In the 2005 general election Jane Doe's majority in Sedgefield fell to 18,449.", "Jane Doe", 18449)]
    public void Majority_told_as_a_change_is_its_new_size(string text, string subject, int value) =>
        Assert.Equal([(subject, FigureKind.Majority, (decimal)value)], Figures(Run(text)));

    [Fact]
    public void Majority_winning_the_vote_by_a_number_of_votes_is_a_margin_not_a_count() =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 3000000m)],
            Figures(Run("In the US presidential election Jane Doe won the popular vote by nearly 3 million votes.", new DateOnly(2016, 11, 20))));

    [Fact]
    public void ElectoralCollege_electoral_votes_are_the_American_presidential_elections()
    {
        var result = Run("In 2012, Jane Doe won 332 electoral votes.", new DateOnly(2016, 11, 20));
        var figure = result.Figure(FigureKind.Votes, "Jane Doe");
        Assert.Equal(("United States", 2012), result.Elections.Where(e => e.Slug == figure.ElectionSlug).Select(e => (e.Area, e.Year)).Single());
    }

    [Fact]
    public void ListItem_a_partys_figure_after_compared_with_takes_the_first_figures_unit() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 333m), ("Labour", FigureKind.Seats, 233m)],
            Figures(Run("In the general election the Conservatives won 333 seats compared with Labour's 233.", new DateOnly(2015, 5, 20))));

    [Fact]
    public void SharedSubject_a_clause_after_but_without_its_verb_shares_the_subject() =>
        Assert.Equal([("UKIP", FigureKind.Votes, 4000000m), ("UKIP", FigureKind.Seats, 1m)],
            Figures(Run("In the general election Ukip won nearly four million votes but only one seat.", new DateOnly(2015, 5, 20))));

    [Fact]
    public void FromEarlier_a_turnout_up_from_an_earlier_years_is_that_years_contests()
    {
        var result = Run("Turnout in the general election was 66.1%, up from 65.1% in 2010.", new DateOnly(2015, 5, 20));
        Assert.Equal([("uk-general-election-2015", 66.1m), ("uk-general-election-2010", 65.1m)],
            result.Figures.Where(f => f.Kind == FigureKind.Turnout).Select(f => (f.ElectionSlug, f.Value.Value)));
    }

    [Fact]
    public void Devolved_seats_won_on_the_London_Assembly_are_its_elections() =>
        Assert.Equal(["london-assembly-2024"],
            Run("Labour won 11 seats on the London Assembly.", new DateOnly(2024, 5, 4)).Figures.Select(f => f.ElectionSlug));

    [Fact]
    public void Devolved_a_group_of_the_assembly_names_no_election() =>
        Assert.DoesNotContain("london-assembly-2021", Run("Responding to the re-election of the mayor, the leader of the London Assembly Labour group said the result was welcome.",
            new DateOnly(2021, 5, 8)).Elections.Select(e => e.Slug));

    [Fact]
    public void Place_finishing_in_a_place_with_a_share_is_a_result() =>
        Assert.Equal([("Ann Poe", FigureKind.Position, 5m), ("Ann Poe", FigureKind.Share, 3.2m)],
            Figures(Run("In the Wigan by-election yesterday Jane Doe won. Ann Poe finished fifth, with 3.2 per cent.")));

    [Theory]
    [InlineData("In the Wigan by-election yesterday Jane Doe won 43.8 per cent, a swing of 3.2 per cent from the Conservatives.")]
    [InlineData("In the Wigan by-election yesterday Jane Doe won 43.8 per cent (down 3.2%).")]
    [InlineData("In the Wigan by-election yesterday Jane Doe won 43.8 per cent, a 3.2 per cent swing to Labour.")]
    public void Rate_a_swing_or_a_change_is_no_share(string text) =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 43.8m)], Figures(Run(text)));

    [Fact]
    public void PartyOffice_the_party_mayor_is_the_partys_one_candidate_in_the_race()
    {
        var result = Extract.From("""
            Labour's Jane Doe was re-elected Mayor of London yesterday, beating the Conservative John Roe.
            The Labour mayor took 43.8 per cent of the vote.
            """, new DateOnly(2024, 5, 5), "Jane Doe", "John Roe");
        Assert.Contains(result.Figures, f => f.Kind == FigureKind.Share && f.Value.Value == 43.8m && f.Candidate == "Jane Doe");
    }

    [Fact]
    public void Majority_won_by_just_a_number_of_votes_is_a_majority() =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 150m)], Figures(Run("In the Wigan by-election yesterday, the Conservative Jane Doe won by just 150 votes.")));

    [Fact]
    public void BeatBy_losing_a_seat_to_a_party_makes_the_party_the_owner_of_the_majority() =>
        Assert.Equal([("SNP", FigureKind.Majority, 149m)],
            Figures(Run("At the general election, Jane Doe lost her East Dunbartonshire seat to the SNP by 149 votes.", new DateOnly(2019, 12, 13))));

    [Fact]
    public void Seats_a_party_stood_in_are_no_seats_won() =>
        Assert.DoesNotContain(Run("At the general election the Brexit Party, which stood in 275 seats, failed to win any.", new DateOnly(2019, 12, 13)).Figures,
            f => f.Kind == FigureKind.Seats);

    [Fact]
    public void SeatsAfterChange_a_party_that_slumped_to_a_number_after_anothers_seats_has_that_many_seats() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 365m), ("Labour", FigureKind.Seats, 203m)],
            Figures(Run("At the general election the Tories won 365 seats, while Labour slumped to 203, its worst result in decades.", new DateOnly(2019, 12, 13))));

    [Fact]
    public void SeatsAfterChange_a_share_that_fell_is_no_seats() =>
        Assert.DoesNotContain(Run("At the general election the Tories won 365 seats, while Labour's share fell to 32%.", new DateOnly(2019, 12, 13)).Figures,
            f => f.Kind == FigureKind.Seats && f.Value.Value == 32m);
}
