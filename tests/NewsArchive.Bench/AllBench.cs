using System.Globalization;
using System.Text;
using NewsArchive.Bench.Corpus;
using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench;

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
        var report = args.Text("report") ?? Path.Combine(WebApp.RepositoryRoot(), "docs", "benchmarks.md");
        var started = DateTimeOffset.UtcNow;

        var rows = Scaling.Measure(work, sizes, seed, args.Int("queries", 400), output);
        var largest = rows.MaxBy(r => r.Size)!;
        var corpus = Scaling.CorpusFolder(work, largest.Size);
        output.WriteLine($"== people: our extractor and compromise on the first {args.Int("sample", 1000):N0} files of {largest.Size:N0}");
        var people = PeopleBench.Measure(new BenchOptions(corpus, args.Text("peer"), Path.Combine(corpus, CorpusGenerator.PeopleKey), false, args.Int("sample", 1000)), output)!;
        var realFolders = args.Text("real")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var real = RealTextBench.Measure(realFolders, args.Text("peer"), work, output);
        var pagesRow = rows.FirstOrDefault(r => r.Size == pagesSize) ?? largest;
        output.WriteLine($"== pages at {pagesRow.Size:N0} articles");
        var pages = PagesBench.MeasureAsync(Scaling.DatabaseFile(work, pagesRow.Size),
            Path.Combine(Scaling.CorpusFolder(work, pagesRow.Size), CorpusGenerator.PeopleKey), args.Text("web"), work, args.Int("duration", 20), 32, output).GetAwaiter().GetResult();

        BalancedResult? balanced = null;
        if (args.Text("postgres") is { } postgres)
        {
            output.WriteLine($"== PostgreSQL: two servers behind nginx at {pagesRow.Size:N0} articles");
            balanced = BalancedBench.MeasureAsync(postgres, Scaling.CorpusFolder(work, pagesRow.Size),
                Path.Combine(Scaling.CorpusFolder(work, pagesRow.Size), CorpusGenerator.PeopleKey), args.Text("web") ?? Path.Combine(work, "web", "NewsArchive.Web.dll"),
                work, args.Int("duration", 20), 32, importFirst: true, output).GetAwaiter().GetResult();
        }

        var markdown = Markdown(started, DateTimeOffset.UtcNow - started, seed, rows, people, real, pages, balanced);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(report))!);
        File.WriteAllText(report, markdown);
        output.WriteLine(markdown);
        output.WriteLine($"written to {report}");
        return 0;
    }

    private static string Markdown(DateTimeOffset started, TimeSpan took, int seed, List<ScaleRow> rows, PeopleResult people, List<RealTextResult> real, PagesResult pages, BalancedResult? balanced)
    {
        var largest = rows.MaxBy(r => r.Size)!;
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine(Invariant, $"Measured {started:yyyy-MM-dd HH:mm} UTC in {took.TotalMinutes:N0} minutes on {Report.Machine()}.");
        text.AppendLine(Invariant, $"Synthetic corpus from `generate` with seed {seed}; the wrk load generator, nginx and the web app share the machine's cores.");
        text.AppendLine("How to run it again, and what each figure means: [tests/NewsArchive.Bench/README.md](../tests/NewsArchive.Bench/README.md).");
        text.AppendLine();
        text.AppendLine("## Import and search by archive size");
        text.AppendLine();
        text.AppendLine(Report.ScaleTable(rows));
        text.AppendLine("## Search");
        text.AppendLine();
        text.AppendLine(Report.SearchTable(largest));
        text.AppendLine(Invariant, $"## People: our extractor and compromise (first {people.Files:N0} files of the {largest.Size:N0}, checked against the answer key)");
        text.AppendLine();
        text.AppendLine(Report.PeopleTable(people));
        if (real.Count > 0)
        {
            text.AppendLine("## Real text: import and extraction speed beside compromise");
            text.AppendLine();
            text.AppendLine(RealTextBench.Table(real));
        }
        text.AppendLine("## Pages: the web app beside nginx serving the same bytes");
        text.AppendLine();
        text.AppendLine(Report.PagesTable(pages));
        text.AppendLine("## PostgreSQL: two servers behind nginx, and a re-import under load");
        text.AppendLine();
        text.AppendLine(balanced is null ? "Not run (no `--postgres`)." : Report.BalancedTable(balanced));
        text.AppendLine("## Targets");
        text.AppendLine();
        text.AppendLine(Targets.Table(largest, people, pages, balanced));
        return text.ToString();
    }
}
