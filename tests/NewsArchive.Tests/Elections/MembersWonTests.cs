using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Seats told as the members a party won, in any body. Texts written here.</summary>
public class MembersWonTests
{
    [Theory]
    [InlineData("In the European elections of 2014, UKIP won 24 MEPs.", "UKIP", 24)]
    [InlineData("In the 2011 Scottish Parliament election, the SNP won 69 MSPs.", "SNP", 69)]
    [InlineData("In the general election of 2010, the Greens won 1 MP.", "Green Party", 1)]
    [InlineData("In the European elections of 2014, the Greens won 7.9% and 3 MEPs.", "Green Party", 3)]
    public void MembersWon_members_of_a_body_won_are_seats(string text, string party, int seats) =>
        Assert.Equal([(party, FigureKind.Seats, (decimal)seats)], ResultRun.Figures(ResultRun.Of(text, new DateOnly(2014, 5, 27))).Where(f => f.Kind == FigureKind.Seats));

    [Theory]
    [InlineData("At the general election UKIP failed to capture a single seat.")]
    [InlineData("At the general election the Lib Dems gained four seats, while UKIP did not win a single seat.")]
    [InlineData("At the general election UKIP won no seats.")]
    public void NoSeats_none_won_is_no_seats(string text) =>
        Assert.Contains(("UKIP", FigureKind.Seats, 0m), ResultRun.Figures(ResultRun.Of(text, new DateOnly(2017, 6, 10))));

    [Fact]
    public void MembersWon_the_members_a_party_has_after_the_count_are_its_seats() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 198m), ("Labour", FigureKind.Seats, 356m), ("Liberal Democrats", FigureKind.Seats, 62m)],
            ResultRun.Figures(ResultRun.Of("After the general election, with all 646 seats declared, Labour has 356 MPs, the Conservatives 198 and the Liberal Democrats 62.")).Order());

    [Fact]
    public void MembersWon_the_members_a_party_would_have_are_no_seats() =>
        Assert.DoesNotContain(FigureKind.Seats, ResultRun.Figures(ResultRun.Of(
            "After the general election, if seats followed votes, the Conservatives would have 240 MPs, Labour 200 and UKIP more than 80.")).Select(f => f.Kind));

    [Theory]
    [InlineData("Labour held Barnet council in Thursday's local elections.\nThe Conservatives, who had 32 councillors before the election, now have 25.")]
    [InlineData("Labour won the general election on Thursday.\nGoing into the election the Conservatives had 330 MPs.")]
    public void MembersWon_the_members_a_party_had_before_the_election_are_no_result(string text) =>
        Assert.DoesNotContain(FigureKind.Seats, ResultRun.Figures(Extract.From(text, new DateOnly(2024, 7, 6))).Select(f => f.Kind));

    [Fact]
    public void MembersWon_one_MP_after_the_votes_won_is_a_seat() =>
        Assert.Contains(("UKIP", FigureKind.Seats, 1m), ResultRun.Figures(ResultRun.Of("At the general election UKIP won nearly four million votes and one solitary MP.", new DateOnly(2015, 5, 10))));

    [Fact]
    public void NoSeats_failing_to_win_a_seat_somewhere_is_no_count() =>
        Assert.Empty(ResultRun.Figures(ResultRun.Of("At the general election UKIP failed to win a seat in Wales.", new DateOnly(2017, 6, 10))));

    [Theory]
    [InlineData("At the general election the Liberal Democrats saw their number of MPs cut from 57 to just eight.", 8)]
    [InlineData("At the general election the Liberal Democrats were reduced from 57 MPs to eight.", 8)]
    [InlineData("At the general election the Liberal Democrats fell from 57 seats to eight.", 8)]
    [InlineData("At the general election the Liberal Democrats' seats rose from 57 to 62.", 62)]
    [InlineData("At the general election the Liberal Democrats were reduced from 57 MPs to just eight, losing three ministers.", 8)]
    public void MembersChangedTo_the_seats_a_party_went_to_are_its_seats(string text, int seats) =>
        Assert.Equal([("Liberal Democrats", FigureKind.Seats, (decimal)seats)], ResultRun.Figures(ResultRun.Of(text, new DateOnly(2015, 5, 10))));

    [Fact]
    public void MembersChangedTo_a_share_the_party_went_to_is_no_seats() =>
        Assert.DoesNotContain(FigureKind.Seats, ResultRun.Figures(ResultRun.Of("At the general election the Liberal Democrats went from 57 seats to 8% of the vote.", new DateOnly(2015, 5, 10))).Select(f => f.Item2));

    private const string Slashed = "The Liberal Democrats have had their number of MPs slashed from 57 to just eight.";

    [Fact]
    public void A_partys_MPs_soon_after_a_general_election_are_its_result()
    {
        var result = ResultRun.Of(Slashed, new DateOnly(2015, 5, 14));
        Assert.Equal([("Liberal Democrats", FigureKind.Seats, 8m)], ResultRun.Figures(result));
        Assert.Equal((ElectionKind.General, 2015), (result.Elections.Single().Kind, result.Elections.Single().Year));
    }

    [Theory]
    [InlineData(Slashed, 2015, 9, 1)]
    [InlineData("The Liberal Democrats will win 20 MPs at the next election, their leader believes.", 2015, 5, 14)]
    public void A_partys_MPs_long_after_a_general_election_or_still_to_come_are_no_result(string text, int year, int month, int day) =>
        Assert.Empty(ResultRun.Figures(ResultRun.Of(text, new DateOnly(year, month, day))));

    [Fact]
    public void AllBut_the_seats_of_all_but_a_few_are_the_whole_less_those() =>
        Assert.Equal([("SNP", FigureKind.Seats, 56m)],
            ResultRun.Figures(ResultRun.Of("At the 2015 general election the SNP won all but three of Scotland's 59 seats.", new DateOnly(2015, 5, 10))));
}
