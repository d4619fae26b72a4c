using NewsArchive.Elections;
using NewsArchive.Language;
using NewsArchive.Tests.Elections;

namespace NewsArchive.Tests.Language;

/// <summary>A party called by a common word after its full name ("Reform UK ... Reform polled just under 6%"). Texts
/// written here.</summary>
public class PartyShortNamesTests
{
    private static readonly string[] NamedInFull = ["Reform UK won its first seat."];

    [Theory]
    [InlineData("Reform polled just under 6%.", "Reform UK polled just under 6%.")]
    [InlineData("But Reform's share rose.", "But Reform UK's share rose.")]
    [InlineData("Labour 11, Conservatives eight and Reform one.", "Labour 11, Conservatives eight and Reform UK one.")]
    [InlineData("Reform UK took 6%.", "Reform UK took 6%.")]
    [InlineData("The Electoral Reform Society and the Reform Act.", "The Electoral Reform Society and the Reform Act.")]
    [InlineData("Reform of the Lords and welfare reform.", "Reform of the Lords and welfare reform.")]
    public void The_short_word_is_the_party_only_where_it_stands_alone(string text, string spelled) =>
        Assert.Equal(spelled, Parties.SpelledOut(text, Parties.ShortNamesIn(NamedInFull)));

    [Fact]
    public void The_short_word_is_nothing_in_an_article_that_never_names_the_party_in_full() =>
        Assert.Equal("Reform polled just under 6%.", Parties.SpelledOut("Reform polled just under 6%.", Parties.ShortNamesIn(["Labour won."])));

    [Fact]
    public void A_share_told_by_the_short_word_is_the_partys() =>
        Assert.Contains(("london-assembly-2024", "Reform UK", FigureKind.Share, 6m),
            Extract.Filed("Reform UK has won its first seat on the London Assembly.\nOn the list vote Labour took 38% and Reform 6%.", new DateOnly(2024, 5, 6)));
}
