using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench;

/// <summary>How a cost grew from the smallest archive measured to the largest: 1.00x is flat, whatever the
/// archive's size. Issue 15 asks for cost per article flat from 10,000 to 100,000 articles.</summary>
internal static class Growth
{
    /// <summary>The largest growth still read as flat: timings on 2 shared cores vary by this much run to run.</summary>
    public const double Flat = 1.25;

    private static (ScaleRow Smallest, ScaleRow Largest) Ends(IReadOnlyList<ScaleRow> rows) => (rows.MinBy(r => r.Size)!, rows.MaxBy(r => r.Size)!);

    public static double ImportPeak(IReadOnlyList<ScaleRow> rows)
    {
        var (small, large) = Ends(rows);
        return (double)large.Import.PeakWorkingSet / small.Import.PeakWorkingSet;
    }

    public static double ImportTimePerArticle(IReadOnlyList<ScaleRow> rows)
    {
        var (small, large) = Ends(rows);
        return small.Import.ArticlesPerSecond / large.Import.ArticlesPerSecond;
    }

    /// <summary>A search answers one query whatever the archive's size, so its p95 itself should stay flat.</summary>
    public static double Search(IReadOnlyList<ScaleRow> rows, string kind)
    {
        var (small, large) = Ends(rows);
        return large.Search.Kinds[kind].P95 / small.Search.Kinds[kind].P95;
    }

    /// <summary>Time per page (the inverse of requests/s) at the large archive over the small one; null when the
    /// small run has no page of that kind or either served none.</summary>
    public static double? Page(PagesResult small, PageRow large)
    {
        var before = small.Rows.FirstOrDefault(r => r.Kind == large.Kind);
        if (before is null || before.App.RequestsPerSecond <= 0 || large.App.RequestsPerSecond <= 0) return null;
        return before.App.RequestsPerSecond / large.App.RequestsPerSecond;
    }
}
