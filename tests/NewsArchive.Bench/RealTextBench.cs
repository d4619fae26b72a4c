using System.Globalization;
using System.Text;

namespace NewsArchive.Bench;

/// <param name="Folder">The folder's own name: the report names the text, never where it was on the machine.</param>
internal sealed record RealTextResult(string Folder, ImportResult Import, PeopleResult People);

/// <summary>The real verb: import speed and extraction speed on folders of real articles (plain text or Markdown
/// with front matter), beside compromise on the same files. The folders are arguments; nothing of them is kept.</summary>
internal static class RealTextBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(Args args, TextWriter output)
    {
        var folders = args.Required("corpus").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var results = Measure(folders, args.Text("peer"), Scaling.WorkFolder(args), output);
        output.WriteLine(Table(results));
        return 0;
    }

    public static List<RealTextResult> Measure(IReadOnlyList<string> folders, string? peer, string work, TextWriter output)
    {
        Directory.CreateDirectory(work);
        var results = new List<RealTextResult>();
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            output.WriteLine($"== real text, {name}: import");
            // A fresh process, as for the generated corpora: its peak memory is this import's own.
            var import = ChildRun.Run<ImportResult>(output, "import", "--corpus", folder, "--db", Path.Combine(work, $"real-{name}.db"), "--result");
            output.WriteLine($"== real text, {name}: people, ours and compromise");
            var people = PeopleBench.Measure(new BenchOptions(folder, peer, Gold: null, Dump: false, Work: work), output)
                ?? throw new InvalidOperationException($"no articles in {name}");
            results.Add(new RealTextResult(name, import, people));
        }
        return results;
    }

    public static string Table(IReadOnlyList<RealTextResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| folder | articles | words | import | articles/s | words/s | peak working set | ours: extraction words/s | ours: with parsing | election extractor | compromise words/s | ours / compromise |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (folder, import, people) in results)
            text.AppendLine(Invariant, $"| {folder} | {import.Articles:N0} | {import.Words:N0} | {import.Seconds:N1} s | {import.ArticlesPerSecond:N0} | {import.WordsPerSecond:N0} | " +
                $"{Memory.Mb(import.PeakWorkingSet)} | {people.OursWordsPerSecond:N0} | {people.OursWithParsing:N0} | {people.ElectionsWordsPerSecond:N0} | " +
                $"{(people.PeerWordsPerSecond is { } peer ? peer.ToString("N0", Invariant) : "not run")} | {(people.Ratio is { } ratio ? ratio.ToString("N1", Invariant) + "x" : "-")} |");
        text.AppendLine();
        text.AppendLine("Import is the whole importer in a fresh process (its fixed start-up cost, a second or two, weighs on a few hundred " +
            "articles); extraction is the person extractor alone on the same files, after a warm-up, and compromise's `people()` on their text.");
        return text.ToString();
    }
}
