using System.Globalization;
using System.Text;
using NewsArchive.Bench.Corpus;
using NewsArchive.Bench.Gold;
using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench;

/// <summary>Everything one all run measured. A step that failed is null, and its error is in <see cref="Failures"/>.</summary>
/// <param name="Cached">Pages at the pages size, the output cache on.</param>
/// <param name="Uncached">The same pages with a query string never sent before on every request.</param>
/// <param name="UncachedSmallest">Uncached pages at the smallest size, for the pages' cost per article.</param>
/// <param name="CachedCompressed">Cached pages asked for in gzip: a compressed page from the cache, as browsers get one.</param>
internal sealed record AllRun(List<ScaleRow> Scale, PeopleResult? People, List<RealTextResult> Real, PagesResult? Cached, PagesResult? Uncached,
    PagesResult? UncachedSmallest, BalancedResult? Balanced, SearchResult? PostgresSearch, List<string> Failures, PagesResult? CachedCompressed = null)
{
    public ScaleRow Largest => Scale.MaxBy(r => r.Size)!;
    public ScaleRow Smallest => Scale.MinBy(r => r.Size)!;
}

/// <summary>The all verb: every measurement in one run, written as markdown (docs/benchmarks.md by default).</summary>
internal static class AllBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(Args args, TextWriter output)
    {
        var work = Scaling.WorkFolder(args);
        var sizes = args.Ints("sizes", [10_000, 50_000, 100_000]);
        var seed = args.Int("seed", CorpusGenerator.DefaultSeed);
        var pagesSize = args.Int("pages-size", sizes.Max());
        var seconds = args.Int("duration", 20);
        var queries = args.Int("queries", 400).ToString(Invariant);
        var report = args.Text("report") ?? Path.Combine(WebApp.RepositoryRoot(), "docs", "benchmarks.md");
        var started = DateTimeOffset.UtcNow;
        var failures = new List<string>();
        // A step that fails is reported as failed, so an hour's run still writes what the other steps measured.
        T? Step<T>(string name, Func<T> measure) where T : class
        {
            output.WriteLine($"== {name}");
            try { return measure(); }
            catch (Exception e)
            {
                output.WriteLine($"{name} failed: {e}");
                // One line in the report: a child process's message may run on over its stack and name the machine's folders.
                failures.Add($"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0].TrimEnd()}");
                return null;
            }
        }

        var rows = Scaling.Measure(work, sizes, seed, args.Int("queries", 400), output);
        var largest = rows.MaxBy(r => r.Size)!;
        var smallest = rows.MinBy(r => r.Size)!;
        var corpus = Scaling.CorpusFolder(work, largest.Size);
        var people = Step($"people: our extractor and compromise on the first {args.Int("sample", 1000):N0} files of {largest.Size:N0}",
            () => PeopleBench.Measure(new BenchOptions(corpus, args.Text("peer"), Path.Combine(corpus, CorpusGenerator.PeopleKey), false, args.Int("sample", 1000)), output)!);
        var realFolders = args.Text("real")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var real = Step("real text", () => RealTextBench.Measure(realFolders, args.Text("peer"), work, output)) ?? [];

        output.WriteLine("publishing src/NewsArchive.Web (Release)");
        var web = args.Text("web") ?? WebApp.Publish(Path.Combine(work, "web"));
        var pagesRow = rows.FirstOrDefault(r => r.Size == pagesSize) ?? largest;
        PagesResult? MeasurePages(ScaleRow row, bool uncached, bool compressed = false) => Step($"pages at {row.Size:N0} articles, {(uncached ? "uncached" : "cached")}{(compressed ? ", in gzip" : "")}",
            () => PagesBench.MeasureAsync(Scaling.DatabaseFile(work, row.Size), Path.Combine(Scaling.CorpusFolder(work, row.Size), CorpusGenerator.PeopleKey),
                web, work, seconds, 32, output, uncached, compressed).GetAwaiter().GetResult());
        var cached = MeasurePages(pagesRow, uncached: false);
        var cachedCompressed = MeasurePages(pagesRow, uncached: false, compressed: true);
        var uncachedPages = MeasurePages(pagesRow, uncached: true);
        var uncachedSmallest = smallest == pagesRow ? null : MeasurePages(smallest, uncached: true);

        BalancedResult? balanced = null;
        SearchResult? postgresSearch = null;
        if (args.Text("postgres") is { } postgres)
        {
            balanced = Step($"PostgreSQL: import, then two servers behind nginx at {pagesRow.Size:N0} articles",
                () => BalancedBench.MeasureAsync(postgres, Scaling.CorpusFolder(work, pagesRow.Size),
                    Path.Combine(Scaling.CorpusFolder(work, pagesRow.Size), CorpusGenerator.PeopleKey), web, work, seconds, 32, importFirst: true, output).GetAwaiter().GetResult());
            // The archive the re-import left, searched as the search verb searches a SQLite file.
            postgresSearch = Step($"PostgreSQL: search at {pagesRow.Size:N0} articles",
                () => ChildRun.Run<SearchResult>(output, "search", "--postgres", postgres, "--queries", queries, "--result"));
        }

        var run = new AllRun(rows, people, real, cached, uncachedPages, uncachedSmallest, balanced, postgresSearch, failures, cachedCompressed);
        var markdown = Markdown(started, DateTimeOffset.UtcNow - started, seed, run);
        var existing = File.Exists(report) ? File.ReadAllText(report) : "";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
        File.WriteAllText(report, GoldReport.KeepSection(existing, markdown));
        output.WriteLine(markdown);
        output.WriteLine($"written to {report}");
        return 0;
    }

    private static string Markdown(DateTimeOffset started, TimeSpan took, int seed, AllRun run)
    {
        var largest = run.Largest;
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine(Invariant, $"Measured {started:yyyy-MM-dd HH:mm} UTC in {took.TotalMinutes:N0} minutes on {Report.Machine()}.");
        text.AppendLine(Invariant, $"Synthetic corpus from `generate` with seed {seed}; the wrk load generator, nginx and the web app share the machine's cores.");
        text.AppendLine("How to run it again, and what each figure means: [tests/NewsArchive.Bench/README.md](../tests/NewsArchive.Bench/README.md).");
        text.AppendLine();
        foreach (var failure in run.Failures) text.AppendLine($"> **Failed in this run:** {failure}");
        if (run.Failures.Count > 0) text.AppendLine();
        text.AppendLine("## Import and search by archive size");
        text.AppendLine();
        text.AppendLine(Report.ScaleTable(run.Scale));
        text.AppendLine("Search p95 by query kind and size:");
        text.AppendLine();
        text.AppendLine(Report.SearchBySize(run.Scale));
        text.AppendLine("## Search");
        text.AppendLine();
        text.AppendLine(Report.SearchTable(largest.Search));
        if (run.People is { } people)
        {
            text.AppendLine(Invariant, $"## People: our extractor and compromise (first {people.Files:N0} files of the {largest.Size:N0}, checked against the answer key)");
            text.AppendLine();
            text.AppendLine(Report.PeopleTable(people));
        }
        if (run.Real.Count > 0)
        {
            text.AppendLine("## Real text: import and extraction speed beside compromise");
            text.AppendLine();
            text.AppendLine(RealTextBench.Table(run.Real));
        }
        foreach (var (title, pages) in new[] { ("cached", run.Cached), ("cached, asked for in gzip", run.CachedCompressed),
                     ("uncached (a query string never sent before on every request)", run.Uncached),
                     ("uncached, smallest size", run.UncachedSmallest) })
        {
            if (pages is null) continue;
            text.AppendLine($"## Pages, {title}: the web app beside nginx serving the same bytes");
            text.AppendLine();
            text.AppendLine(Report.PagesTable(pages));
        }
        if (run.Cached is { } large && run.UncachedSmallest is { } small)
        {
            text.AppendLine("## Bytes per page kind");
            text.AppendLine();
            text.AppendLine(Report.BytesTable(small, large));
        }
        text.AppendLine("## PostgreSQL: import, two servers behind nginx, and a re-import under load");
        text.AppendLine();
        text.AppendLine(run.Balanced is null ? "Not run (no `--postgres`, or it failed: see above)." : Report.BalancedTable(run.Balanced));
        if (run.PostgresSearch is { } postgresSearch)
        {
            text.AppendLine("PostgreSQL search (`search --postgres`, the archive the re-import left, one pooled connection per query):");
            text.AppendLine();
            text.AppendLine(Report.SearchTable(postgresSearch));
        }
        text.AppendLine("## Targets");
        text.AppendLine();
        text.AppendLine(Targets.Table(run));
        return text.ToString();
    }
}
