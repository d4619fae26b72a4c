using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A party's members told as those left after an election ("Now only eight Lib Dem MPs remain in the House of
/// Commons") are its seats; members who remain something else are not. Texts written here.</summary>
public class MembersRemainTests
{
    private static readonly DateOnly June2015 = new(2015, 6, 18);

    private const string Held = "The Conservatives won the general election last month.\n";

    [Fact]
    public void Members_who_remain_in_the_Commons_are_the_partys_seats() =>
        Assert.Contains(("uk-general-election-2015", "Liberal Democrats", FigureKind.Seats, 8m),
            Extract.Filed(Held + "Now only eight Lib Dem MPs remain in the House of Commons, two of whom are standing for the leadership.", June2015));

    [Theory]
    [InlineData("Only 40 Labour MPs remain loyal to the leader.")]
    [InlineData("Twelve Conservative MPs were elected to the committee.")]
    public void Members_who_remain_something_else_are_no_seats(string sentence) =>
        Assert.DoesNotContain(Extract.Filed(Held + sentence, June2015), f => f.Value is 40m or 12m);
}
