using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A party's contest told round by round before its winner is declared, as a student paper wrote the
/// Conservative contest of June 2019: each round's votes are that contest's, and go to the candidate in their place; a
/// candidate or a bid for a party's leadership names its contest.</summary>
public class LeadershipRoundTests
{
    private static readonly DateOnly MidContest = new(2019, 6, 14);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        ResultRun.Figures(ResultRun.Of(text, MidContest));

    [Fact]
    public void A_rounds_votes_told_in_the_past_before_the_declaration_are_the_contest_under_way()
    {
        var result = ResultRun.Of("In the first round of the Conservative leadership contest, Jane Doe won 114 votes.", MidContest);

        Assert.Equal(("conservative-leadership-election-2019", 114m), (Assert.Single(result.Figures).ElectionSlug, result.Figures[0].Value.Value));
    }

    [Fact]
    public void Votes_to_be_a_partys_leader_name_its_contest() =>
        Assert.Equal([("Jane Doe", FigureKind.Votes, 114m)],
            Figures("In the first round of voting, Jane Doe was able to secure 114 votes to be Tory leader."));

    [Fact]
    public void A_respectively_list_may_have_a_comma_before_respectively() =>
        Assert.Equal([("John Roe", FigureKind.Votes, 43m), ("Ann Poe", FigureKind.Votes, 37m)],
            Figures("In the first round of the Conservative leadership contest, John Roe and Ann Poe won 43 and 37 votes, respectively."));

    [Fact]
    public void A_name_in_the_possessive_is_no_side_of_a_respectively_list() =>
        Assert.Equal([("John Roe", FigureKind.Votes, 43m), ("Ann Poe", FigureKind.Votes, 37m)],
            Figures("In the first round of the Conservative leadership contest, John Roe and Ann Poe, Jane Doe’s nearest competition, were only able to obtain 43 and 37 votes, respectively."));

    [Theory]
    [InlineData("Chuka Umunna, who put himself forward as a Labour leadership candidate early on, withdrew and backed Liz Kendall.", "Labour")]
    [InlineData("The Liberal Democrats lost most of their seats. Tim Farron seems almost certain to win the leadership bid.", "Liberal Democrats")]
    public void A_leadership_candidate_or_bid_names_the_partys_contest(string text, string party) =>
        Assert.Contains((ElectionKind.PartyLeadership, party, 2015), Extract.Elections(text, new DateOnly(2015, 6, 18)));
}
