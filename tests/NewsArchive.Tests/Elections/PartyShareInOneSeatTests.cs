using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>In a race for one seat each party stands one candidate, so a party's votes or share there are its
/// candidate's (invented wording), and so is the majority of the party that won; a swing stays the parties'.</summary>
public class PartyShareInOneSeatTests
{
    private static readonly DateOnly NextMorning = new(2023, 7, 21);

    private const string Report = "The Conservatives have held Westfield in the by-election by 495 votes.\n"
        + "Conservative Jo Pike polled 13,965 votes, against 13,470 for Labour's Ann Poe. The Tory share was 45.2 per cent and Labour's 43.6 per cent.\n"
        + "The swing from Conservative to Labour was 6.7 points.";

    [Theory]
    [InlineData("Jo Pike", 45.2)]
    [InlineData("Ann Poe", 43.6)]
    public void A_partys_share_in_a_race_for_one_seat_is_its_one_candidates(string candidate, double share) =>
        Assert.Contains(("westfield-by-election-2023", candidate, FigureKind.Share, (decimal)share), Extract.Filed(Report, NextMorning, "Jo Pike", "Ann Poe"));

    [Fact]
    public void A_seat_held_by_so_many_votes_is_the_winning_candidates_and_a_swing_stays_the_parties()
    {
        var filed = Extract.Filed(Report, NextMorning, "Jo Pike", "Ann Poe");
        Assert.Contains(("westfield-by-election-2023", "Jo Pike", FigureKind.Majority, 495m), filed);
        Assert.DoesNotContain(filed, f => f.Subject is "Jo Pike" or "Ann Poe" && f.Kind == FigureKind.MarginPoints);
    }
}
