using NewsArchive.Bench.Gold;
using NewsArchive.Elections;

namespace NewsArchive.Bench.Tests;

/// <summary>A figure right by value, kind and subject scores as found, as the issue defines it; filed under another
/// election than the gold's, it is also listed, so the count of such figures can be reported.</summary>
public sealed class FigureFilingTests
{
    private static readonly ArticleGold Gold = new("felix", "a.md", [], [], [new GoldElection("mayoral", "London", 2012, "in 2012")],
        [new GoldFigure("mayoral London 2012", "Ken Livingstone", "share", 48.5m, "exact", "result", "48.5%")]);

    [Fact]
    public void A_figure_filed_under_another_year_is_found_and_listed()
    {
        var errors = new List<string>();
        var score = GoldScoring.Figures(Gold, [new FoundFigure(new FoundElection("mayoral", "London", 2016), "Ken Livingstone", null, FigureKind.Share, 48.5m, FigureStatus.Result, "48.5")], [], errors);
        Assert.Equal(new Score(1, 0, 0), score);
        Assert.Contains(errors, e => e.Contains("\tfigure~\t", StringComparison.Ordinal) && e.EndsWith("gold: mayoral London 2012", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_filed_under_its_own_election_is_not_listed()
    {
        var errors = new List<string>();
        GoldScoring.Figures(Gold, [new FoundFigure(new FoundElection("mayoral", "London", 2012), "Ken Livingstone", null, FigureKind.Share, 48.5m, FigureStatus.Result, "48.5")], [], errors);
        Assert.Empty(errors);
    }
    [Fact]
    public void A_figure_is_paired_with_the_gold_of_its_own_election_before_another_of_the_same_value()
    {
        // "41 to 19 four years ago" in one borough, "41 seats" this year in another: the archive read only the second.
        var gold = new ArticleGold("written", "b.md", [], [], [],
        [
            new GoldFigure("local Wandsworth 2014", "Conservative", "seats", 41m, "exact", "result", "41 to 19"),
            new GoldFigure("local Westminster 2018", "Conservative", "seats", 41m, "exact", "result", "41 seats"),
        ]);
        var errors = new List<string>();
        var score = GoldScoring.Figures(gold, [new FoundFigure(new FoundElection("local", "Westminster", 2018), null, "Conservative", FigureKind.Seats, 41m, FigureStatus.Result, "41")], [], errors);
        Assert.Equal(new Score(1, 0, 1), score);
        Assert.DoesNotContain(errors, e => e.Contains("\tfigure~\t", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\tfigure-\tlocal Wandsworth 2014", StringComparison.Ordinal));
    }
}
