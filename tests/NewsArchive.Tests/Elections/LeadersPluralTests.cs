using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A party told at a sentence's opening by its leader's possessive ("Justin Trudeau's Liberals", "David
/// Cameron's Conservatives") is what "the party" in the next sentence is, not a party the sentence names later as
/// the one beaten. Texts written here.</summary>
public class LeadersPluralTests
{
    [Fact]
    public void Another_countrys_party_told_by_its_leader_owns_the_partys_seats_after_it() =>
        Assert.Equal([("Liberals", FigureKind.Majority, 30m), ("Liberals", FigureKind.Seats, 184m)], ResultRun.Figures(Extract.From(
            "Canadians woke up on Tuesday to the result of a federal election. Justin Trudeau's Liberals have won a majority government, ending almost a decade of Conservative rule under Stephen Harper.\nThe party won 184 of the 338 seats in the House of Commons, giving it an overall majority of 30.",
            new DateOnly(2015, 10, 20), "Justin Trudeau", "Stephen Harper")).Order());

    [Fact]
    public void A_uk_party_told_by_its_leader_owns_the_partys_seats_after_it() =>
        Assert.Equal([("Conservative", FigureKind.Seats, 306m)], ResultRun.Figures(Extract.From(
            "David Cameron's Conservatives have won the general election, ending 13 years of Labour rule. The party won 306 seats.",
            new DateOnly(2010, 5, 8), "David Cameron")));
}
