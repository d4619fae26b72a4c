using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Pairs of figures ("by 52% to 48%"): each number goes to the side or candidate in its place.</summary>
public class ResultPairTests
{
    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(string text, DateOnly published) =>
        ResultRun.Figures(ResultRun.Of(text, published));

    [Fact]
    public void Pair_written_with_per_cent_signs_is_a_pair() =>
        Assert.Equal([("Leave", FigureKind.Share, 51.9m), ("Remain", FigureKind.Share, 48.1m)],
            Figures("In the EU referendum, Britain voted to leave by 51.9% to 48.1%.", new DateOnly(2017, 5, 20)));

    [Fact]
    public void Pair_after_a_verb_of_winning_is_read_as_a_pair_not_as_two_shares() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures("The EU referendum was held in June 2016. Leave won the referendum by 52% to 48%.", new DateOnly(2017, 5, 20)));

    [Fact]
    public void Pair_the_side_named_before_the_result_word_has_the_first_number() =>
        Assert.Equal([("Leave", FigureKind.Share, 52m), ("Remain", FigureKind.Share, 48m)],
            Figures("In Thursday's EU referendum, Leave beat Remain by 52% to 48%.", new DateOnly(2016, 6, 25)));

    [Fact]
    public void Pair_a_change_from_one_share_to_another_is_no_pair() =>
        Assert.DoesNotContain(("Labour", FigureKind.Share, 45m),
            Figures("In Thursday's general election, as Labour gained ground, the Conservative vote share dropped from 45% to 42%.", new DateOnly(2017, 6, 10)));

    [Fact]
    public void ListItem_a_year_after_a_partys_possessive_is_no_figure() =>
        Assert.DoesNotContain(Figures("In Thursday's general election, the Conservatives won 365 seats to Labour's 2017 total of 262.", new DateOnly(2019, 12, 14)),
            f => f.Value == 2017m);

    [Fact]
    public void ListItem_to_a_partys_possessive_is_that_partys_figure_in_the_same_unit() =>
        Assert.Equal([("Labour", FigureKind.Seats, 356m), ("Conservative", FigureKind.Seats, 198m)],
            Figures("In the general election, Labour won 356 seats to the Conservatives' 198.", new DateOnly(2005, 5, 7)));

    [Fact]
    public void ListItem_to_without_a_possessive_is_no_list_item() =>
        Assert.DoesNotContain(("Labour", FigureKind.Seats, 40m),
            Figures("In the general election, the SNP won 56 seats to Labour 40 years after its founding.", new DateOnly(2015, 5, 9)));

    [Fact]
    public void VotesAfterName_a_candidate_named_with_the_party_before_their_votes_has_them() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 12752m), ("John Roe", FigureKind.Votes, 10719m)],
            Figures("In the Wigan by-election of 2004, Jane Doe polled 12,752 votes, with John Roe of the Liberal Democrats on 10,719.", new DateOnly(2005, 5, 7)));

    [Theory]
    [InlineData("In the London mayoral election of 2016, Jane Doe, who succeeds Ann Poe, beat John Roe by 57% to 43%.")]
    [InlineData("In the London mayoral election of 2016, John Roe lost to Jane Doe by 57% to 43%.")]
    public void Pair_after_beat_or_lost_to_goes_to_the_winner_first_and_the_loser_second(string text) =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 57m), ("John Roe", FigureKind.Share, 43m)], Figures(text, new DateOnly(2016, 5, 8)));

    [Fact]
    public void Pair_names_after_a_verb_of_winning_before_the_first_number_are_the_pairs() =>
        Assert.Equal([("Labour", FigureKind.Share, 52m), ("Conservative", FigureKind.Share, 48m)],
            Figures("Labour won Battersea from the Conservatives by 52% to 48% in Thursday's general election.", new DateOnly(2017, 6, 10)));

    [Fact]
    public void Turnout_of_a_referendum_is_the_whole_votes_not_a_sides() =>
        Assert.Contains(("-", FigureKind.Turnout, 70m),
            Figures("In the EU referendum, 17.4 million people voted Leave and 16.1 million voted Remain, on a turnout of over 70%.", new DateOnly(2016, 7, 4)));

    [Theory]
    [InlineData("Jane Doe won the Wigan by-election yesterday, taking 13,965 votes to Labour candidate John Rhodes' 13,470.")]
    [InlineData("Jane Doe won the Wigan by-election yesterday, taking 13,965 votes to John Rhodes's 13,470.")]
    public void A_count_to_a_persons_possessive_count_is_that_persons(string text) =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 13965m), ("John Rhodes", FigureKind.Votes, 13470m)],
            ResultRun.Figures(Extract.From(text, new DateOnly(2023, 7, 21), "Jane Doe", "John Rhodes")));

    [Fact]
    public void Winning_the_by_election_by_a_number_of_votes_is_the_winners_majority() =>
        Assert.Equal([("Jane Doe", FigureKind.Majority, 495m)],
            Figures("The Conservatives have narrowly held the seat of Wigan, with Jane Doe winning the by-election by just 495 votes.", new DateOnly(2023, 7, 21)));
}
