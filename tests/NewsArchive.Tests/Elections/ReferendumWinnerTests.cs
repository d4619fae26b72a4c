using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The side a referendum report says won, in wordings written here: the whole electorate's vote is the
/// side's win; a part's vote, or a side's voters, is not.</summary>
public class ReferendumWinnerTests
{
    private static readonly DateOnly MorningAfter = new(2016, 6, 24);

    private static IReadOnlyList<(string Slug, string? Side)> Won(string text, DateOnly published) =>
        Extract.From(text, published).Candidacies.Where(c => c.Outcome == Outcome.Elected).Select(c => (c.ElectionSlug, c.Party)).ToList();

    [Theory]
    [InlineData("Britain has voted to leave the European Union, by 52% to 48%.")]
    [InlineData("The EU referendum is over.\nThe country voted to leave.")]
    [InlineData("The EU referendum is over.\nLeave won, by 52% to 48%.")]
    public void The_whole_countrys_vote_is_the_sides_win(string text) =>
        Assert.Equal([("referendum-in-uk-2016", "Leave")], Won(text, MorningAfter));

    [Fact]
    public void A_nation_voting_on_its_own_question_is_the_whole() =>
        Assert.Equal([("referendum-in-scotland-2014", "No")],
            Won("The Scottish independence referendum was held on Thursday.\nScotland has voted No to independence, by 55% to 45%.", new DateOnly(2014, 9, 19)));

    [Theory]
    [InlineData("The UK has voted in the EU referendum.\nLondon voted heavily to stay in, while Scotland voted Remain by 62% to 38%.")]
    [InlineData("The UK has voted in the EU referendum.\nIn Wales, Leave won by 52.5% to 47.5%.")]
    [InlineData("The 48% who voted Remain in the EU referendum are angry.")]
    [InlineData("The EU referendum was two years ago.\nRemain won in London, Scotland and Northern Ireland, but lost everywhere else.")]
    public void A_parts_vote_or_a_sides_voters_is_no_win(string text) =>
        Assert.Empty(Won(text, MorningAfter));
}
