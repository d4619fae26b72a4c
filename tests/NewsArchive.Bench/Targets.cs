using System.Globalization;
using System.Text;
using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench;

/// <summary>The issue's targets beside the measured figures. Reported, never asserted.</summary>
internal static class Targets
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Table(ScaleRow largest, PeopleResult people, PagesResult pages, BalancedResult? balanced = null)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | measured | met |");
        text.AppendLine("|---|---|---|");
        void Row(string target, string measured, bool? met) =>
            text.AppendLine(Invariant, $"| {target} | {measured} | {(met is null ? "not measured" : met.Value ? "yes" : "**no**")} |");

        Row("import ≥ 1,000 articles/s", $"{largest.Import.ArticlesPerSecond:N0} articles/s at {largest.Size:N0}", largest.Import.ArticlesPerSecond >= 1_000);
        Row("extraction ≥ 30x compromise", people.Ratio is { } ratio ? $"{ratio:N1}x" : "compromise not run", people.Ratio is { } r ? r >= 30 : null);
        // A page kind counts as cached when the app says so in its headers; nothing else is visible from outside.
        var cached = pages.Rows.Where(p => p.CacheHeaders.Contains("max-age", StringComparison.Ordinal) || p.CacheHeaders.Contains("ETag", StringComparison.Ordinal)).ToList();
        var uncached = pages.Rows.Except(cached).ToList();
        Row("cached pages ≥ 0.8x nginx", cached.Count == 0 ? "no page kind is cached in this build" : Ratios(cached), cached.Count == 0 ? null : cached.All(p => p.Ratio >= 0.8));
        Row("uncached pages ≥ 0.25x nginx", uncached.Count == 0 ? "every page kind is cached" : Ratios(uncached), uncached.Count == 0 ? null : uncached.All(p => p.Ratio >= 0.25));
        var worstP99 = pages.Rows.MaxBy(p => p.App.Requests == 0 ? double.MaxValue : p.App.P99Milliseconds)!;
        Row($"p99 < 20 ms at {pages.Connections} connections", worstP99.App.Requests == 0 ? $"{worstP99.Kind}: no request finished" : $"worst {worstP99.App.P99Milliseconds:N1} ms ({worstP99.Kind})", worstP99.App.Requests > 0 && worstP99.App.P99Milliseconds < 20);
        var errors = pages.Rows.Sum(p => p.App.Errors);
        var unanswered = pages.Rows.Where(p => p.App.Requests == 0).Select(p => p.Kind).ToList();
        Row("zero errors", $"{errors:N0} (non-2xx/3xx and socket errors, all pages)" + (unanswered.Count == 0 ? "" : $"; no request finished for {string.Join(", ", unanswered)}"),
            errors == 0 && unanswered.Count == 0);
        var worstSearch = largest.Search.Kinds.MaxBy(k => k.Value.P95);
        Row("search p95 < 20 ms at 100,000 articles", $"worst {worstSearch.Value.P95:N1} ms ({worstSearch.Key}) at {largest.Size:N0} articles", largest.Size >= 100_000 ? worstSearch.Value.P95 < 20 : null);
        Row("server memory < 300 MB", $"web app peak resident {Memory.Mb(pages.PeakResidentBytes)} at {pages.Articles:N0} articles; search process {Memory.Mb(largest.Search.WorkingSet)}",
            pages.Articles >= 100_000 ? pages.PeakResidentBytes < 300L * 1_048_576 : null);
        if (balanced?.Reimport is { } re)
        {
            Row($"re-import under load on PostgreSQL, 0 errors ({balanced.Articles:N0} articles, two servers behind nginx)",
                $"{re.Load.Errors:N0} of {re.Load.Requests:N0} requests (non-2xx/3xx {re.Load.Non2xx:N0}, socket {re.Load.SocketErrors:N0})", re.Load.Errors == 0);
            Row("both servers serve the new archive after it", string.Join("; ", re.Servers.Select(s => s.Detail)), re.BothServeTheNewArchive);
        }
        return text.ToString();
    }

    private static string Ratios(IEnumerable<PageRow> rows) => string.Join(", ", rows.Select(p => $"{p.Kind} {p.Ratio:0.00}x"));
}
