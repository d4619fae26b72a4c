using NewsArchive.Bench.Corpus;

namespace NewsArchive.Bench;

internal sealed record ScaleRow(int Size, ImportResult Import, SearchResult Search);

/// <summary>import --sizes: generates a corpus per size (article i is the same at every size) and imports and
/// searches each in its own process, to show how cost grows with the archive.</summary>
internal static class Scaling
{
    public static int Run(Args args, TextWriter output)
    {
        var rows = Measure(WorkFolder(args), args.Ints("sizes", [10_000, 50_000, 100_000]), args.Int("seed", CorpusGenerator.DefaultSeed), args.Int("queries", 400), output);
        output.WriteLine(Report.ScaleTable(rows));
        return 0;
    }

    public static string WorkFolder(Args args) => Path.GetFullPath(args.Text("work") ?? Path.Combine(Path.GetTempPath(), "newsarchive-bench"));

    public static string CorpusFolder(string work, int size) => Path.Combine(work, $"corpus-{size}");

    public static string DatabaseFile(string work, int size) => Path.Combine(work, $"archive-{size}.db");

    public static List<ScaleRow> Measure(string work, int[] sizes, int seed, int queries, TextWriter output)
    {
        var rows = new List<ScaleRow>();
        foreach (var size in sizes)
        {
            var corpus = CorpusFolder(work, size);
            output.WriteLine($"== {size:N0} articles: generating {corpus}");
            CorpusGenerator.Write(corpus, size, seed);
            output.WriteLine($"== {size:N0} articles: import");
            var import = ChildRun.Run<ImportResult>(output, "import", "--corpus", corpus, "--db", DatabaseFile(work, size), "--result");
            output.WriteLine($"== {size:N0} articles: search");
            var search = ChildRun.Run<SearchResult>(output, "search", "--db", DatabaseFile(work, size), "--queries", queries.ToString(System.Globalization.CultureInfo.InvariantCulture), "--result");
            rows.Add(new ScaleRow(size, import, search));
        }
        return rows;
    }
}
