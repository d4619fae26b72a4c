using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>How a report of a race for one office, and of the assembly elected with it, states its figures. Texts
/// written here, in the shape of a results story.</summary>
public class RaceReportTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 4);

    /// <summary>The figures of the lines after one that names the winner.</summary>
    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From("Jane Doe has been re-elected as Mayor of London.\n" + text, May2024, "Jane Doe", "John Roe", "Ann Poe").Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void Took_a_share_taken_in_a_round_is_the_race_in_views() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Share, 40m), ("london-mayor-2024", "John Roe", FigureKind.Share, 35.3m)],
            Figures("In the first round, Jane Doe took 40% to John Roe's 35.3%."));

    [Fact]
    public void Margin_of_victory_set_off_by_commas_is_the_winners_majority() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Majority, 228433m)], Figures("Jane Doe's margin of victory, 228,433 votes, was smaller than expected."));

    [Fact]
    public void Deposit_a_share_won_beside_a_lost_deposit_is_the_candidates() =>
        Assert.Equal([("london-mayor-2024", "Ann Poe", FigureKind.Share, 1.9m)], Figures("Ann Poe won 1.9% and lost her deposit."));

    [Fact]
    public void Deposit_the_share_needed_to_keep_a_deposit_is_no_result() =>
        Assert.Empty(Figures("Candidates needed 5% of the vote to keep their deposit."));

    [Fact]
    public void WinnerByRole_the_mayor_after_the_result_is_the_one_winner() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Majority, 276000m)],
            Figures("The mayor secured a margin of some 276,000 votes, according to the count."));

    [Fact]
    public void WinnerByRole_the_party_mayor_is_the_winner_when_the_party_is_not_yet_known() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Votes, 1088225m), ("london-mayor-2024", "Jane Doe", FigureKind.Share, 43.8m)],
            Figures("The Labour mayor won 1,088,225 votes, or 43.8% of the total."));

    [Fact]
    public void WinnerByRole_the_mayor_is_nobody_before_the_article_says_who_won() =>
        Assert.DoesNotContain(Extract.From("The London mayoral election was held yesterday.\nThe mayor won 1,088,225 votes.", May2024, "Jane Doe", "John Roe", "Ann Poe").Figures,
            f => f.Value.Value == 1088225m);

    [Fact]
    public void WinnerByRole_the_mayor_of_another_place_is_not_this_races_winner() =>
        Assert.DoesNotContain(Figures("The Mayor of Greater Manchester won 63% of the vote."), f => f.Subject == "Jane Doe");

    [Fact]
    public void WinnerByRole_the_mayor_of_the_races_own_place_is_its_winner() =>
        Assert.Contains(("london-mayor-2024", "Jane Doe", FigureKind.Share, 43.8m), Figures("The Mayor of London won 43.8% of the vote."));

    /// <summary>A report naming the winner and the runner-up with their parties, then a line of figures.</summary>
    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> PartiesNamed(string text) =>
        Extract.From("Conservative Jane Doe has been elected Mayor of London, defeating Labour's John Roe.\n" + text, May2024, "Jane Doe", "John Roe").Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("Ms Doe won 51.5% of the vote after second preferences, against 48.5% for her Labour rival.")]
    [InlineData("The Conservative polled 51.5% to Mr Roe's 48.5%.")]
    [InlineData("The Tory took 51.5% of the vote to the Labour candidate's 48.5%.")]
    public void PartyCandidate_a_party_told_as_one_of_its_people_is_its_candidate(string text) =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Share, 51.5m), ("london-mayor-2024", "John Roe", FigureKind.Share, 48.5m)], PartiesNamed(text));

    [Fact]
    public void Votes_first_preferences_counted_are_votes() =>
        Assert.Equal([("london-mayor-2024", "Ann Poe", FigureKind.Votes, 150673m), ("london-mayor-2024", "John Roe", FigureKind.Votes, 120005m)],
            Figures("Ann Poe was third with 150,673 first preferences, ahead of John Roe on 120,005."));

    [Fact]
    public void RunnerUpAfter_the_runner_up_told_with_an_apposition_after_the_winners_figure() =>
        Assert.Contains(("london-mayor-2024", "John Roe", FigureKind.Votes, 6711m),
            Figures("Jane Doe took 11,189 votes, or 51.5%, with John Roe, a local councillor, on 6,711, or 30.9%."));

    [Fact]
    public void CountFor_a_count_and_its_share_for_the_one_named_after_them() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Votes, 1148716m), ("london-mayor-2024", "Jane Doe", FigureKind.Share, 44.2m),
                ("london-mayor-2024", "John Roe", FigureKind.Votes, 909755m), ("london-mayor-2024", "John Roe", FigureKind.Share, 35m)],
            Figures("Jane Doe took 1,148,716 votes, or 44.2 per cent, compared with 909,755, or 35 per cent, for John Roe."));

    [Theory]
    [InlineData("Jane Doe had 1,310,143 votes to John Roe's 994,614, a win by 56.8% to 43.2%.")]
    [InlineData("Jane Doe finished on 1,310,143 votes to John Roe's 994,614 once second preferences were added, a final split of 56.8% to 43.2%.")]
    public void EarlierOwners_a_pair_set_off_that_names_nobody_is_the_pairs_before(string text) =>
        Assert.Equal([("Jane Doe", 56.8m), ("John Roe", 43.2m)], Figures(text).Where(f => f.Kind == FigureKind.Share).Select(f => (f.Subject, f.Value)));

    [Theory]
    [InlineData("Jane Doe won 55.2 per cent of the final vote to 44.8 per cent for John Roe, with 1,206,034 votes against 977,601.")]
    [InlineData("Jane Doe had 55.2 per cent to John Roe's 44.8 per cent, or 1,206,034 votes against 977,601.")]
    public void ComparedAfter_a_count_against_a_count_is_a_pair_of_the_ones_before(string text) =>
        Assert.Equal([("Jane Doe", 1206034m), ("John Roe", 977601m)], Figures(text).Where(f => f.Kind == FigureKind.Votes).Select(f => (f.Subject, f.Value)));

    [Fact]
    public void RoundNear_the_final_vote_names_the_final_count() =>
        Assert.Equal([(FigureKind.Share, CountRound.Final), (FigureKind.Votes, CountRound.Final)],
            Extract.From("Jane Doe has been re-elected as Mayor of London.\nIn the first round Jane Doe took 40%.\nJane Doe won 55.2 per cent of the final vote, with 1,206,034 votes.",
                May2024, "Jane Doe").Figures.Where(f => f.Value.Value is 55.2m or 1206034m).Select(f => (f.Kind, f.Round)));

    [Fact]
    public void CountsBesideShares_a_count_in_thousands_beside_its_share_is_votes_of_its_round() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1013721m), ("Jane Doe", FigureKind.Share, 40m), ("John Roe", FigureKind.Votes, 893051m), ("John Roe", FigureKind.Share, 35.3m)],
            Extract.From("Jane Doe has been re-elected as Mayor of London.\nFirst preferences left Jane Doe on 1,013,721, or 40 per cent, and John Roe on 893,051, or 35.3 per cent, forcing the contest to a second round.",
                May2024, "Jane Doe", "John Roe").Figures.Where(f => f.Round == CountRound.FirstPreferences).Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)));

    [Fact]
    public void PartyCandidate_the_partys_one_person_in_the_possessive() =>
        Assert.Contains(("london-mayor-2024", "Jane Doe", FigureKind.Share, 55.2m), PartiesNamed("Once second preferences were counted, Mr Roe had 44.8 per cent to the Conservative's 55.2 per cent."));

    [Fact]
    public void OpinionPoll_a_poll_in_a_clause_before_a_semicolon_is_not_the_figures() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.MarginPoints, 13.6m)],
            Figures("One poll last week put Jane Doe 20 points clear; her actual margin of 13.6 points owed much to the outer boroughs."));

    [Fact]
    public void Share_of_first_preferences_is_a_share_of_the_vote() =>
        Assert.Equal([("london-mayor-2024", "John Roe", FigureKind.Share, 32.7m)],
            Figures("John Roe took 32.7 per cent of first preferences."));

    [Fact]
    public void MarginInVotes_a_winning_margin_in_votes_is_a_majority() =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.Majority, 68m)],
            Figures("Jane Doe won with a winning margin of 68 votes."));

    [Fact]
    public void WithoutOwnYear_a_year_told_with_the_figure_before_is_that_figures_alone() =>
        Assert.Equal([("london-mayor-2024", "-", FigureKind.Turnout, 40.5m), ("london-mayor-2021", "-", FigureKind.Turnout, 42.2m), ("london-mayor-2024", "-", FigureKind.Votes, 2500000m)],
            Figures("Turnout was 40.5%, down from 42.2% in 2021, with about 2.5 million ballots cast."));

    [Fact]
    public void ListItem_a_list_goes_on_after_seats_out_of_a_total() =>
        Assert.Equal([("Labour", 11m), ("Conservative", 8m), ("Green Party", 3m), ("Liberal Democrats", 2m)],
            Extract.From("In the London Assembly election yesterday, Labour won 11 of the 25 seats, the Conservatives eight, the Greens three and the Liberal Democrats two.", May2024)
                .Figures.Where(f => f.Kind == FigureKind.Seats).Select(f => (f.Party, f.Value.Value)));

    [Theory]
    [InlineData("John Roe trailed on 812,397.")]
    [InlineData("John Roe finished third with 812,397, behind the winner.")]
    public void VotesAfterPlace_a_number_told_by_where_a_candidate_ended_is_votes(string text) =>
        Assert.Contains(("london-mayor-2024", "John Roe", FigureKind.Votes, 812397m), Figures(text));

    [Fact]
    public void VotesAfterPlace_a_small_number_is_no_votes() =>
        Assert.DoesNotContain(Figures("John Roe finished on 42."), f => f.Kind == FigureKind.Votes);

    [Fact]
    public void VotesAfterPlace_a_number_in_words_of_a_million_is_votes() =>
        Assert.Contains(("london-mayor-2024", "John Roe", FigureKind.Votes, 1100000m), Figures("John Roe trailed on 1.1 million."));

    [Fact]
    public void Margin_a_lead_in_the_polls_is_no_margin() =>
        Assert.DoesNotContain(Figures("Going into the count, John Roe had a 20-point lead in the polls."), f => f.Kind == FigureKind.MarginPoints);

    [Theory]
    [InlineData("The margin of victory was 11 points.")]
    [InlineData("Jane Doe won by 11 percentage points.")]
    public void Margin_a_margin_in_points_that_names_nobody_is_the_winners(string text) =>
        Assert.Equal([("london-mayor-2024", "Jane Doe", FigureKind.MarginPoints, 11m)], Figures(text));

    [Fact]
    public void Unplaced_a_candidate_of_an_election_of_unknown_year_wins_nothing_in_the_race_in_view() =>
        Assert.DoesNotContain(Figures("John Roe once won a Hendon by-election with a majority of 4,712.\nRoe took 15,219 votes."),
            f => f.Subject == "John Roe");
}
