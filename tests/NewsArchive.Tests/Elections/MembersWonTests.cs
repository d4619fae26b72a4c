using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Seats told as the members a party won, in any body. Texts written here.</summary>
public class MembersWonTests
{
    [Theory]
    [InlineData("In the European elections of 2014, UKIP won 24 MEPs.", "UKIP", 24)]
    [InlineData("In the 2011 Scottish Parliament election, the SNP won 69 MSPs.", "SNP", 69)]
    [InlineData("In the general election of 2010, the Greens won 1 MP.", "Green Party", 1)]
    public void MembersWon_members_of_a_body_won_are_seats(string text, string party, int seats) =>
        Assert.Equal([(party, FigureKind.Seats, (decimal)seats)], ResultRun.Figures(ResultRun.Of(text, new DateOnly(2014, 5, 27))));
}
