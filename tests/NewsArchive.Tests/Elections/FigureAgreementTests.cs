using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>When two outlets' figures for one race agree, read to the precision each is written in.</summary>
public class FigureAgreementTests
{
    private static bool Agree(FigureKind kind, decimal exact, string hedged)
    {
        var q = NewsNumber.Parse(hedged)!;
        return FigureAgreement.Agree(kind, (exact, Bound.Exact, exact.ToString(System.Globalization.CultureInfo.InvariantCulture)), (q.Value, q.Bound, q.Text));
    }

    [Theory]
    [InlineData(FigureKind.Votes, 6940, "almost 7,000", true)]
    [InlineData(FigureKind.Votes, 811518, "just under 813,000", false)]
    [InlineData(FigureKind.Majority, 276428, "some 275,000", false)]
    [InlineData(FigureKind.Majority, 275212, "some 275,000", true)]
    [InlineData(FigureKind.Majority, 312000, "more than 300,000", true)]
    [InlineData(FigureKind.Majority, 290000, "more than 300,000", false)]
    [InlineData(FigureKind.Share, 39.6, "around 40", true)]
    [InlineData(FigureKind.Share, 39, "around 40", false)]
    public void A_hedge_covers_what_its_words_allow_at_the_precision_written(FigureKind kind, decimal exact, string hedged, bool agree) =>
        Assert.Equal(agree, Agree(kind, exact, hedged));

    [Fact]
    public void Exact_figures_agree_only_with_themselves()
    {
        Assert.True(FigureAgreement.Agree(FigureKind.Turnout, (40.5m, Bound.Exact, "40.5"), (40.5m, Bound.Exact, "40.5")));
        Assert.False(FigureAgreement.Agree(FigureKind.Turnout, (40.5m, Bound.Exact, "40.5"), (42.8m, Bound.Exact, "42.8")));
    }

    [Fact]
    public void Groups_put_an_agreeing_hedge_with_its_exact_value_and_keep_real_differences_apart()
    {
        var figures = new[] { "811,518", "almost 812,000", "just under 813,000", "811,518" }.Select(t => NewsNumber.Parse(t)!).ToList();
        var groups = FigureAgreement.Group(figures, q => (FigureKind.Votes, q.Value, q.Bound, q.Text));
        Assert.Equal([["811,518", "811,518", "almost 812,000"], ["just under 813,000"]], groups.Select(g => g.Select(q => q.Text).ToList()).ToList());
    }
}
