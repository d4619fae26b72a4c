using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election's report tells what the seat's last member had at the general election before (invented
/// wording): the figures are the seat's at that general election, and whose they are is the one who took them.</summary>
public class SeatBeforeByElectionTests
{
    private static readonly DateOnly NextMorning = new(2023, 7, 21);
    private const string Opening = "The Conservatives clung on to the seat of Westfield by 495 votes on Thursday night in the by-election.\n";

    [Fact]
    public void A_year_of_a_general_election_in_a_by_elections_report_is_the_seats_contest_then()
    {
        var filed = Extract.Filed(Opening + "Jo Pike, who quit the Commons last month, had held the seat in 2019 with a majority of 7,210 and 52.6% of the vote.",
            NextMorning, "Jo Pike");
        Assert.Contains(("westfield-2019", "Jo Pike", FigureKind.Majority, 7210m), filed);
        Assert.Contains(("westfield-2019", "Jo Pike", FigureKind.Share, 52.6m), filed);
    }

    [Fact]
    public void The_share_someone_took_is_theirs_not_the_last_named_persons() =>
        Assert.Contains(("westfield-2019", "Jo Pike", FigureKind.Share, 64.5m),
            Extract.Filed(Opening + "Ann Poe won 11,189 votes, 51.5 per cent, down from the 64.5 per cent Jo Pike took in 2019.", NextMorning, "Jo Pike", "Ann Poe"));

    [Fact]
    public void The_seat_won_at_a_general_election_named_before_it_is_the_seats_contest_then()
    {
        var filed = Extract.Filed(Opening + "At the 2019 general election Jo Pike won the seat with a majority of 18,952 and 64.5 per cent of the vote.",
            NextMorning, "Jo Pike");
        Assert.Contains(("westfield-2019", "Jo Pike", FigureKind.Majority, 18952m), filed);
        Assert.DoesNotContain(filed, f => f.Slug == "westfield-by-election-2023" && f.Value == 18952m);
    }

    [Theory]
    [InlineData("The Liberal Democrats have overturned a Labour majority of nearly 9,000 to win the Westfield by-election.", "Labour", 9000)]
    [InlineData("Ann Poe has won the Westfield by-election for the Liberal Democrats, overturning Jo Pike's 23,015 majority.", "Jo Pike", 23015)]
    public void The_majority_a_by_election_overturned_is_the_seats_at_the_general_election_before(string text, string owner, int majority) =>
        Assert.Contains(("westfield-2019", owner, FigureKind.Majority, (decimal)majority), Extract.Filed(text, NextMorning, "Jo Pike", "Ann Poe"));

    [Fact]
    public void A_majority_overturned_in_another_seat_is_not_the_by_elections_seats() =>
        Assert.DoesNotContain(Extract.Filed("The Liberal Democrats have won the Westfield by-election.\nIn Eastbury, Labour overturned a Conservative majority of 2,000.", NextMorning),
            f => f.Value == 2000m);
}
