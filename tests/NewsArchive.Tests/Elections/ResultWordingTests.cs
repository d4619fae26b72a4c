using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Results told two at a time, as news writes them: the second number of a pair, a comparison or a clause
/// after "while" is the other party's or side's, in the same unit.</summary>
public class ResultWordingTests
{
    private static readonly DateOnly June2017 = new(2017, 6, 8);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        ResultRun.Figures(ResultRun.Of(text, June2017));

    [Fact]
    public void Commons_a_commons_majority_given_by_seats_won_is_a_result_not_a_division()
    {
        var figures = Figures("At the 2015 general election the Conservatives won 331 seats, giving them a Commons majority of 12.");
        Assert.Contains(("Conservative", FigureKind.Seats, 331m), figures);
        Assert.Contains(figures, f => f.Kind == FigureKind.Majority && f.Value == 12m);
    }

    [Fact]
    public void Seats_come_second_in_are_no_seats_won() =>
        Assert.DoesNotContain(Figures("At the 2015 general election UKIP came second in 120 seats."), f => f.Value == 120m);

    [Fact]
    public void Majority_a_majority_of_just_so_many_seats_is_a_majority() =>
        Assert.Equal([("Conservative", FigureKind.Majority, 12m)], Figures("At the 2015 general election the Conservatives won a majority of just 12 seats."));

    [Fact]
    public void Again_a_contest_won_again_in_a_later_year_is_that_years() =>
        Assert.Equal(["labour-leadership-election-2015", "labour-leadership-election-2016"],
            Extract.From("Jeremy Corbyn won the Labour leadership in 2015 with 59.5% of the vote, and again in 2016 with 61.8%.", June2017, "Jeremy Corbyn")
                .Figures.Select(f => f.ElectionSlug));

    [Fact]
    public void Clause_after_but_with_no_verb_keeps_the_subject_before_it() =>
        Assert.Contains(("UKIP", FigureKind.Seats, 1m), Figures("In the 2015 general election UKIP won 3.9 million votes but one seat."));

    [Fact]
    public void Pair_a_year_between_the_result_word_and_the_pair_still_makes_a_pair() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures("Leave won the 2016 referendum 52% to 48%."));

    [Fact]
    public void Side_the_other_sides_number_told_with_its_side_after_it() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures("In the 2016 referendum, 52% voted Leave and 48% Remain."));

    [Fact]
    public void Compared_seats_for_a_party_named_after_them_are_that_partys() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 330m), ("Labour", FigureKind.Seats, 232m)],
            Figures("At the 2015 general election the Conservatives won 330 seats, compared to 232 for Labour."));

    [Theory]
    [InlineData("At the 2015 general election the Conservatives beat Labour by 330 seats to 232.")]
    [InlineData("At the 2015 general election the Conservatives beat Labour 330 seats to 232.")]
    public void Pair_of_seats_after_beat_goes_to_the_winner_first(string text) =>
        Assert.Equal([("Conservative", FigureKind.Seats, 330m), ("Labour", FigureKind.Seats, 232m)], Figures(text));

    [Theory]
    [InlineData("At the 2015 general election, the Conservatives won 330 seats while Labour won 232.")]
    [InlineData("At the 2015 general election, the Conservatives won 330 seats; Labour won 232.")]
    [InlineData("At the 2015 general election, the Conservatives won 330 seats and Labour won 232.")]
    public void ListItem_a_second_party_with_its_own_verb_has_the_same_unit(string text) =>
        Assert.Equal([("Conservative", FigureKind.Seats, 330m), ("Labour", FigureKind.Seats, 232m)], Figures(text));

    [Fact]
    public void ListItem_a_second_party_with_a_verb_and_no_number_gives_nothing() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 330m)],
            Figures("At the 2015 general election, the Conservatives won 330 seats while Labour won in Scotland."));

    [Fact]
    public void VotesAfterName_the_loser_in_a_relative_clause_has_the_votes_it_received() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 1310143m), ("John Roe", FigureKind.Votes, 994614m)],
            Figures("In the London mayoral election of 2016, Jane Doe won with 1,310,143 votes, beating John Roe, who received 994,614."));

    [Fact]
    public void CountFor_a_bare_count_for_each_named_candidate_is_their_votes() =>
        Assert.Equal([("John Roe", FigureKind.Votes, 228m), ("Jane Doe", FigureKind.Votes, 279m)],
            Figures("John Roe and Jane Doe stood for mayor. In the 2016 London mayoral election the results were 228 for Roe and 279 for Doe."));

    [Fact]
    public void CountFor_not_money_for_a_party() =>
        Assert.Empty(Figures("In the 2016 London mayoral election votes were dear: donors gave £228 for Labour."));

    [Fact]
    public void Pair_counts_after_the_popular_vote_the_one_name_before_owns_the_first() =>
        Assert.Equal([("John Roe", FigureKind.Votes, 1942917m)],
            Figures("In the 2016 London mayoral election John Roe won the popular vote, 1,942,917 to 1,704,842, with London counted."));

    [Fact]
    public void Tally_a_lead_in_the_vote_told_in_the_present_is_a_count_still_running() =>
        Assert.Equal([FigureStatus.Tally],
            ResultRun.Of("In the 2016 London mayoral election John Roe leads the popular vote, 1,942,917 to 1,704,842.", new DateOnly(2016, 5, 6)).Figures.Select(f => f.Status));

    [Theory]
    [InlineData("With Barnet and Bexley still undeclared, the Conservatives had 41 seats to Labour's 19 in the 2018 local elections.")]
    [InlineData("With two wards yet to declare, the Conservatives had 41 seats to Labour's 19 in the 2018 local elections.")]
    public void Tally_a_count_with_areas_still_undeclared_is_still_running(string text) =>
        Assert.Equal([FigureStatus.Tally, FigureStatus.Tally], ResultRun.Of(text, new DateOnly(2018, 5, 4)).Figures.Select(f => f.Status));

    [Fact]
    public void Pair_written_with_a_colon_splits_the_vote_in_two() =>
        Assert.Equal([("No", FigureKind.Share, 55m), ("Yes", FigureKind.Share, 45m)],
            Figures("In the 2014 Scottish independence referendum, Scots voted to stay in the UK 55:45."));

    [Fact]
    public void Pair_a_time_is_no_colon_pair() =>
        Assert.Empty(Figures("In the 2014 Scottish independence referendum, Jo Bloggs voted at 10:30."));

    [Fact]
    public void Won_the_year_country_and_kind_of_election_is_elected() =>
        Assert.Contains(("John Roe", Outcome.Elected),
            ResultRun.Of("John Roe has won the 2016 US presidential election, and Jane Doe has conceded.", new DateOnly(2016, 11, 11)).Candidacies.Select(c => (c.Candidate, c.Outcome)));
}
