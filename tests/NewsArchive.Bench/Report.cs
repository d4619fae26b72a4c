using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsArchive.Bench;

/// <summary>The markdown the all verb writes: the machine, then one table per measurement.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Machine()
    {
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        var gib = memory is null ? "unknown" : $"{long.Parse(memory, Invariant) / 1_048_576.0:N1} GiB";
        return $"{Environment.ProcessorCount} cores, {gib} memory, {RuntimeInformation.OSDescription.Trim()} ({RuntimeInformation.OSArchitecture}), " +
            $"{RuntimeInformation.FrameworkDescription}";
    }

    public static string ScaleTable(IReadOnlyList<ScaleRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| articles | words | import | of which reading + extracting | of which writing the database | articles/s | words/s | peak working set | allocated | database | people | search p95 (worst kind) | search working set |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
            text.AppendLine(Invariant, $"| {r.Size:N0} | {r.Import.Words:N0} | {r.Import.Seconds:N1} s | {r.Import.ReadingSeconds:N1} s | {r.Import.WritingSeconds:N1} s | {r.Import.ArticlesPerSecond:N0} | {r.Import.WordsPerSecond:N0} | " +
                $"{Memory.Mb(r.Import.PeakWorkingSet)} | {Memory.Mb(r.Import.Allocated)} | {Memory.Mb(r.Import.DatabaseBytes)} | {r.Import.People:N0} | {r.Search.WorstP95:N1} ms | {Memory.Mb(r.Search.WorkingSet)} |");
        return text.ToString();
    }

    public static string SearchTable(SearchResult search)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"At {search.Articles:N0} articles ({search.People:N0} people; name index built in {search.IndexSeconds:N2} s; " +
            $"{search.Kinds.Values.First().Samples} queries per kind, each through `SearchQueries.SearchAsync`, people and articles):");
        text.AppendLine();
        text.AppendLine("| query kind | p50 | p95 | p99 | max |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, l) in search.Kinds)
            text.AppendLine(Invariant, $"| {kind} | {l.P50:N2} ms | {l.P95:N2} ms | {l.P99:N2} ms | {l.Max:N1} ms |");
        return text.ToString();
    }

    /// <summary>Each query kind's p95 at every size, and how much it grew from the smallest to the largest.</summary>
    public static string SearchBySize(IReadOnlyList<ScaleRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| query kind | " + string.Join(" | ", rows.Select(r => r.Size.ToString("N0", Invariant))) + " | largest / smallest |");
        text.AppendLine("|---|" + string.Concat(rows.Select(_ => "---:|")) + "---:|");
        foreach (var kind in rows[0].Search.Kinds.Keys)
        {
            var p95s = string.Join(" | ", rows.Select(r => r.Search.Kinds[kind].P95.ToString("N2", Invariant) + " ms"));
            text.AppendLine(Invariant, $"| {kind} | {p95s} | {Growth.Search(rows, kind):0.00}x |");
        }
        return text.ToString();
    }

    /// <summary>Each page kind's bytes at the smallest and the pages size: what grows with the archive.</summary>
    public static string BytesTable(Pages.PagesResult small, Pages.PagesResult large)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"| page kind | bytes at {small.Articles:N0} | bytes at {large.Articles:N0} | ratio |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var p in large.Rows)
        {
            var before = small.Rows.FirstOrDefault(r => r.Kind == p.Kind);
            text.AppendLine(Invariant, $"| {p.Kind} | {(before is null ? "-" : before.Bytes.ToString("N0", Invariant))} | {p.Bytes:N0} | " +
                $"{(before is null ? "-" : ((double)p.Bytes / before.Bytes).ToString("0.00", Invariant) + "x")} |");
        }
        return text.ToString();
    }

    public static string PeopleTable(PeopleResult r)
    {
        var text = new StringBuilder();
        text.AppendLine("| extractor | words/s | precision | recall | F1 |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        text.AppendLine(Invariant, $"| ours (extraction alone) | {r.OursWordsPerSecond:N0} | {Score(r.Ours, s => s.Precision)} | {Score(r.Ours, s => s.Recall)} | {Score(r.Ours, s => s.F1)} |");
        text.AppendLine(Invariant, $"| ours (with article parsing) | {r.OursWithParsing:N0} | | | |");
        text.AppendLine(Invariant, $"| (the election extractor, the import's other extraction, same paragraphs) | {r.ElectionsWordsPerSecond:N0} | | | |");
        if (r.PeerWordsPerSecond is { } peer)
            text.AppendLine(Invariant, $"| compromise | {peer:N0} | {Score(r.Peer, s => s.Precision)} | {Score(r.Peer, s => s.Recall)} | {Score(r.Peer, s => s.F1)} |");
        text.AppendLine();
        text.AppendLine(r.Ratio is { } ratio ? $"Ratio: ours is {ratio.ToString("N1", Invariant)}x compromise on the same {r.Files:N0} files ({r.Words:N0} words)."
            : "compromise not run (no --peer).");
        return text.ToString();
    }

    public static string PagesTable(Pages.PagesResult r)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"At {r.Articles:N0} articles; `wrk -t2 -c{r.Connections} -d{r.Seconds}s --latency{(r.Compressed ? " -H 'Accept-Encoding: gzip'" : "")}` per page, " +
            $"the web app then nginx serving the same bytes{(r.Compressed ? " (its .gz copy of the app's gzip answer, `gzip_static`; bytes as sent)" : "")}:");
        text.AppendLine();
        text.AppendLine("| page | bytes | app req/s | nginx req/s | ratio | app p99 | nginx p99 | app errors | nginx errors | cache headers |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var p in r.Rows)
            text.AppendLine(Invariant, $"| {p.Kind} `{p.Path}` | {p.Bytes:N0} | {p.App.RequestsPerSecond:N0} | {p.Nginx.RequestsPerSecond:N0} | {p.Ratio:0.00}x | " +
                $"{Ms(p.App)} | {Ms(p.Nginx)} | {p.App.Errors:N0} | {p.Nginx.Errors:N0} | {p.CacheHeaders} |");
        text.AppendLine();
        text.AppendLine(Invariant, $"Web app memory after the runs: resident {Memory.Mb(r.ResidentBytes)}, peak {Memory.Mb(r.PeakResidentBytes)}.");
        return text.ToString();
    }

    public static string BalancedTable(Pages.BalancedResult r)
    {
        var text = new StringBuilder();
        if (r.Import is { } import)
            text.AppendLine(Invariant, $"Import into PostgreSQL (`import --postgres`, its own process, no load): {import.Articles:N0} articles in {import.Seconds:N1} s " +
                $"({import.ArticlesPerSecond:N0} articles/s; reading and extracting {import.ReadingSeconds:N1} s, writing {import.WritingSeconds:N1} s), " +
                $"peak working set {Memory.Mb(import.PeakWorkingSet)}, allocated {Memory.Mb(import.Allocated)}, database {Memory.Mb(import.DatabaseBytes)}.");
        text.AppendLine();
        text.AppendLine(Invariant, $"At {r.Articles:N0} articles; two servers of the app behind nginx balancing them, beside nginx serving the same bytes; " +
            $"`wrk -t2 -c{r.Connections} -d{r.Seconds}s --latency` per page, through the balancer then to nginx:");
        text.AppendLine();
        text.AppendLine("| page | bytes | balanced req/s | nginx req/s | ratio | balanced p99 | nginx p99 | balanced errors | nginx errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in r.Rows)
            text.AppendLine(Invariant, $"| {p.Kind} `{p.Path}` | {p.Bytes:N0} | {p.App.RequestsPerSecond:N0} | {p.Nginx.RequestsPerSecond:N0} | {p.Ratio:0.00}x | " +
                $"{Ms(p.App)} | {Ms(p.Nginx)} | {p.App.Errors:N0} | {p.Nginx.Errors:N0} |");
        text.AppendLine();
        var re = r.Reimport;
        text.AppendLine(Invariant, $"Re-import under load (the app's `import` command, while wrk asks the balancer for every page above in turn): import {re.Seconds:N1} s, " +
            $"its peak resident memory {Memory.Mb(re.PeakResidentBytes)}; {re.Load.Requests:N0} requests ({re.Load.RequestsPerSecond:N0} req/s, p99 {Ms(re.Load)}), " +
            $"**{re.Load.Errors:N0} errors** (non-2xx/3xx {re.Load.Non2xx:N0}, socket {re.Load.SocketErrors:N0}); at most {re.PeakConnections} PostgreSQL connections. " +
            $"Both servers serve the new archive afterwards: **{(re.BothServeTheNewArchive ? "yes" : "no")}** ({string.Join("; ", re.Servers.Select(s => s.Detail))}).");
        text.AppendLine();
        text.AppendLine(Invariant, $"Server memory after the runs: {string.Join(", ", r.Memory.Select(m => $"resident {Memory.Mb(m.Resident)}, peak {Memory.Mb(m.Peak)}"))}.");
        return text.ToString();
    }

    /// <summary>wrk gives no latency when not one request finished within the run.</summary>
    private static string Ms(Pages.Load load) => load.Requests == 0 ? "none finished" : $"{load.P99Milliseconds.ToString("N1", Invariant)} ms";

    private static string Score(Score? score, Func<Score, double> pick) => score is null ? "" : pick(score).ToString("0.000", Invariant);
}
