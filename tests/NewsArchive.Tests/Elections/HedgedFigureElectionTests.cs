using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>A hedged figure ("more than 40%") told before the election it is of: the hedge is no comparison with that
/// election, which stays the figure's. Texts written here, with invented people.</summary>
public class HedgedFigureElectionTests
{
    private static readonly DateOnly June2019 = new(2019, 6, 1);

    [Theory]
    [InlineData("Labour won more than 40% of the vote in the 2017 general election.", "uk-general-election-2017", FigureKind.Share, 40)]
    [InlineData("Jane Doe won the London mayoral election by more than 300,000 votes in 2016.", "london-mayor-2016", FigureKind.Majority, 300000)]
    [InlineData("Jane Doe won with more than 55% of the vote in the 2016 mayoral election in London.", "london-mayor-2016", FigureKind.Share, 55)]
    public void A_hedged_figure_before_its_election_is_that_elections(string text, string slug, FigureKind kind, int value) =>
        Assert.Contains(Extract.From(text, June2019, "Jane Doe").Figures,
            f => f.ElectionSlug == slug && f.Kind == kind && f.Value.Value == value && f.Value.Bound == Bound.MoreThan);

    [Fact]
    public void A_figure_compared_with_an_earlier_election_is_not_that_elections()
    {
        var result = Extract.From("Labour won the general election.\nTurnout was 67.3%, higher than 66.1% in 2015.", June2019);
        Assert.DoesNotContain(result.Figures, f => f.ElectionSlug == "uk-general-election-2015" && f.Value.Value == 67.3m);
    }
}
