using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A by-election told through the member it made, in wordings written here: "has become ... after winning
/// the Eastfield by-election" is news of the article's year; "has been the MP since he won" is not.</summary>
public class MemberMadeNowTests
{
    private static readonly DateOnly NightAfter = new(2014, 10, 10);

    [Fact]
    public void A_member_made_in_the_perfect_of_news_won_a_by_election_of_the_articles_year() =>
        Assert.Contains(("eastfield-by-election-2014", "John Roe", FigureKind.Majority, 12404m),
            Extract.Filed("John Roe has become UKIP's first elected MP after winning the Eastfield by-election with a majority of 12,404.", NightAfter, "John Roe"));

    [Fact]
    public void A_member_since_a_by_election_is_of_a_year_not_told() =>
        Assert.Empty(Extract.Filed("John Roe has been the MP for Eastfield since he won the Eastfield by-election with a majority of 12,404.", NightAfter, "John Roe"));
}
