using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The polling day of an election an article names beside another race it reports as news. Texts written here.</summary>
public class PollDayAcrossReportsTests
{
    [Fact]
    public void A_general_election_named_in_a_report_of_another_countrys_keeps_the_calendars_day()
    {
        var result = Extract.WithHeadline("Liberals sweep to power in Canada", """
            Canadians woke up on Tuesday to the result of a federal election. The Liberals, who finished third at the last federal election, have won a majority government.

            In May's general election the Liberal Democrats were reduced to eight MPs, while the Conservatives won 331 seats on 36.9% of the vote.
            """, new DateOnly(2015, 10, 20));
        Assert.Equal(new DateOnly(2015, 5, 7), Assert.Single(result.Elections, e => e.Kind == ElectionKind.General).PollDate);
    }
}
