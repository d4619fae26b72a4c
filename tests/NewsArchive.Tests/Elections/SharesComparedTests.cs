using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A share set against a rival's, and a party's word for one of its people only where it is that rival. Texts
/// written here.</summary>
public class SharesComparedTests
{
    private static readonly DateOnly May2021 = new(2021, 5, 9);

    private const string ReElected = "Jane Doe has been re-elected Mayor of London, beating John Roe in the second round.\n";

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Filed(string text) =>
        Extract.Filed(ReElected + text, May2021, "Jane Doe", "John Roe", "Ann Poe");

    [Fact]
    public void A_share_had_against_a_rivals_is_each_ones()
    {
        var filed = Filed("Ms Doe had 55.2 per cent to Mr Roe's 44.8 per cent.");
        Assert.Contains(("london-mayor-2021", "Jane Doe", FigureKind.Share, 55.2m), filed);
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Share, 44.8m), filed);
    }

    [Fact]
    public void A_share_of_the_vote_against_a_partys_word_is_the_beaten_ones()
    {
        var filed = Filed("Ms Doe won 55.2 per cent of the vote to the Conservative's 44.8 per cent.");
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Share, 44.8m), filed);
        Assert.DoesNotContain(("london-mayor-2021", "Jane Doe", FigureKind.Share, 44.8m), filed);
    }

    [Fact]
    public void A_partys_word_told_alone_is_not_the_one_beaten()
    {
        var filed = Filed("Ann Poe, the Green candidate, came third with 7.8 per cent, while the Liberal Democrat's share was 4.4 per cent.");
        Assert.Contains(("london-mayor-2021", "Ann Poe", FigureKind.Share, 7.8m), filed);
        Assert.DoesNotContain(filed, f => f.Subject == "John Roe");
    }

    [Fact]
    public void A_poll_set_one_against_another_is_no_result() =>
        Assert.Empty(Filed("A YouGov survey last week had Ms Doe on 45 per cent to Mr Roe's 32 per cent."));

    [Fact]
    public void A_share_restating_a_partys_count_is_that_partys()
    {
        var filed = Extract.Filed("Labour's Jane Doe won Thursday's Ashford by-election with 12,500 votes, or 48%, against 10,200 for the Conservatives, or 39%.",
            new DateOnly(2015, 5, 9), "Jane Doe");
        Assert.Contains(("ashford-by-election-2015", "Conservative", FigureKind.Share, 39m), filed);
        Assert.DoesNotContain(("ashford-by-election-2015", "Jane Doe", FigureKind.Share, 39m), filed);
    }
}
