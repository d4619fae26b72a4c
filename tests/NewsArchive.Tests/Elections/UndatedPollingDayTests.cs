using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>An undated article that tells an election's day and month without its year: the one election of the kind
/// the calendar holds on that day. Texts written here, in the manner of the BBC's undated reports of early 2005.</summary>
public class UndatedPollingDayTests
{
    [Theory]
    [InlineData("The mock votes will take place around 5 May, widely expected to be the date of the general election.")]
    [InlineData("The Budget will set out the battleground for the general election, widely expected on the 5th of May.")]
    public void A_day_and_month_the_calendar_holds_for_one_general_election_give_its_year(string text) =>
        Assert.Equal([(ElectionKind.General, "UK", 2005)], Extract.Elections(text, null));

    [Fact]
    public void A_month_alone_gives_no_year() =>
        Assert.Empty(Extract.Elections("The mock votes will take place in May, widely expected to be the month of the general election.", null));
}
