using System.Globalization;
using System.Text;

namespace NewsArchive.Bench.Gold;

/// <summary>Writes the gold verb's tables into docs/benchmarks.md, between its markers, leaving the rest of
/// the report as it was.</summary>
internal static class GoldReport
{
    private const string Start = "<!-- gold: written by the bench's gold verb -->";
    private const string End = "<!-- /gold -->";

    /// <summary>A new report with the old report's gold section after it, as the gold verb wrote it: the all
    /// verb rewrites the report but measures no gold.</summary>
    public static string KeepSection(string oldReport, string newReport)
    {
        var from = oldReport.IndexOf(Start, StringComparison.Ordinal);
        var to = oldReport.IndexOf(End, StringComparison.Ordinal);
        return from >= 0 && to > from ? newReport.TrimEnd() + "\n\n" + oldReport[from..(to + End.Length)] + "\n" : newReport;
    }

    public static void Write(string path, IReadOnlyList<(string Half, List<SourceScores> Scores)> tables)
    {
        var section = new StringBuilder();
        section.AppendLine(Start);
        section.AppendLine("## Understanding real text: people, quotes, elections and figures against hand-made gold");
        section.AppendLine();
        section.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Each half of the annotated articles (`tests/NewsArchive.Bench/gold/`) is imported by the real importer into an archive of its own, one per source, and read back; compromise reads the same files. Precision / recall / F1 with (true positives, false positives, false negatives). Quote speakers count quotes of four words or more. The `all` row totals the real articles; the written row, after it, is elections and figures only, of articles written and annotated here (`gold/written/`); the synthetic row is people only, against the generator's answer key. A `-` is a score with nothing to find and nothing found."));
        foreach (var (half, scores) in tables)
        {
            section.AppendLine();
            section.AppendLine(half switch
            {
                "tune" => "**Tune half** (the rules were shaped on it):",
                "fresh" => "**Fresh set** (a second untouched set, annotated later; never read while tuning; totals only):",
                _ => "**Untouched half** (never read while tuning; totals only):",
            });
            section.AppendLine();
            var writer = new StringWriter();
            GoldBench.Print(scores, half, writer);
            foreach (var line in writer.ToString().Split('\n').Skip(1)) if (line.Length > 0) section.AppendLine(line);
        }
        section.Append(End);
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + section + text[(to + End.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }
}
