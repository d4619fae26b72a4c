using System.Globalization;

namespace NewsArchive.Bench.Gold;

/// <summary>Parties: those the article gives its people; ArchiveParties: with the archive's party for a person the
/// article gives none (what the election reading uses).</summary>
internal sealed record SourceScores(string Source, int Articles, Score People, Score? Peer, Score Parties, Score ArchiveParties, Score Quotes, Score Elections, Score Figures);

/// <summary>
/// The gold verb: imports one half of the hand-annotated articles with the real importer, one archive per
/// source, and scores people, quote speakers, elections and figures against the annotation, with compromise
/// beside us for people. Error lines are printed for the tune half only; the untouched half gets totals and
/// counts of errors by kind, so nobody tuning reads its text.
/// </summary>
internal static class GoldBench
{
    public static int Run(Args args, TextWriter output)
    {
        var half = args.Text("half") ?? "tune";
        string[] halves = half switch
        {
            "tune" or "untouched" or "fresh" => [half],
            "both" => ["tune", "untouched"],
            "all" => ["tune", "untouched", "fresh"],
            _ => throw new UsageException("--half is tune, untouched, fresh, both (tune and untouched) or all three"),
        };
        var tables = new List<(string Half, List<SourceScores> Scores)>();
        foreach (var h in halves)
        {
            var scores = Measure(args.Required("gold"), h, Corpora(args), args.Text("peer"), args.Text("work"), output, args.Has("errors"));
            if (args.Text("synthetic") is { } synthetic && h == halves[^1])
                scores.Add(SyntheticPeople.Measure(synthetic, args.Int("sample", 1000), args.Text("peer"), args.Text("work")));
            Print(scores, h, output);
            tables.Add((h, scores));
        }
        if (args.Text("report") is { } report) GoldReport.Write(report, tables);
        return 0;
    }

    public static Dictionary<string, string> Corpora(Args args)
    {
        var corpora = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in new[] { "bbc", "felix", "seeds", WrittenSource })
            if (args.Text(source) is { } dir) corpora[source] = dir;
        return corpora;
    }

    public static List<SourceScores> Measure(string goldFolder, string half, IReadOnlyDictionary<string, string> corpora, string? peer, string? work, TextWriter output, bool listErrors)
    {
        work ??= Path.Combine(Path.GetTempPath(), $"newsarchive-gold-{Environment.ProcessId}");
        var results = new List<SourceScores>();
        var errors = new List<string>();
        foreach (var group in GoldSet.Read(goldFolder, half).GroupBy(a => a.Source))
        {
            if (!corpora.TryGetValue(group.Key, out var corpus)) continue;
            var folder = Path.Combine(work, $"{group.Key}-{half}");
            var texts = GoldFolder.Prepare(group.Key, corpus, group.Select(a => a.File).ToList(), folder);
            var found = ArchiveReader.ImportAndRead(folder, Path.Combine(work, $"{group.Key}-{half}.db"));
            var peerFound = peer is null || group.Key == WrittenSource ? null : PeerRunner.Run(peer, texts, 1).People;
            Score people = new(0, 0, 0), parties = people, archiveParties = people, quotes = people, elections = people, figures = people;
            Score? peerScore = peer is null ? null : people;
            // The written articles are annotated for elections and figures only.
            var byReading = group.Key != WrittenSource;
            foreach (var gold in group)
            {
                var reading = found.GetValueOrDefault(gold.File) ?? new ArticleReading([], [], [], []);
                if (byReading) people += GoldScoring.People(gold, reading.People.Select(p => p.Name), errors);
                if (byReading) parties += GoldScoring.Parties(gold, reading.People, archive: false, errors);
                if (byReading) archiveParties += GoldScoring.Parties(gold, reading.People, archive: true, errors);
                if (byReading) quotes += GoldScoring.Quotes(gold, reading.Quotes, errors);
                elections += GoldScoring.Elections(gold, reading.Elections, errors);
                figures += GoldScoring.Figures(gold, reading.Figures, reading.Elections, errors);
                if (peerFound is not null)
                    peerScore = peerScore! + Scoring.Compare(peerFound.GetValueOrDefault(GoldFolder.PlainName(gold.File)) ?? [], gold.People.Select(p => (p.Name, p.Aliases)).ToList());
            }
            results.Add(new SourceScores(group.Key, group.Count(), people, group.Key == WrittenSource ? null : peerScore, parties, archiveParties, quotes, elections, figures));
        }
        if (half == "tune" && listErrors)
            foreach (var line in errors) output.WriteLine(line);
        output.WriteLine("errors by kind:");
        foreach (var kind in errors.GroupBy(Kind).OrderByDescending(g => g.Count()))
            output.WriteLine($"  {kind.Count(),4}  {kind.Key}");
        return results;
    }

    /// <summary>The kind of an error line: its row type; for false quotes, what went wrong; for people, their source and whether the name is one word;
    /// for missed elections, their kind; for missed figures, their election's kind and where they were lost; figures
    /// scored right but filed under another election.</summary>
    private static string Kind(string line)
    {
        var f = line.Split('\t');
        return f[1] switch
        {
            "quote+" => "quote listed: " + (f[2].StartsWith("wrong speaker", StringComparison.Ordinal) ? "wrong speaker" : f[2]),
            "quote-" => "quote missed",
            "person" => (f[2].StartsWith('+') ? "person: not in gold, " : "person: missed, ") + Source(f[0]) + ", " + NameLength(f[2][2..]),
            "election+" => "election: not in gold",
            "election-" => "election: missed, " + f[2].Split(' ')[0] + (f.Length > 3 ? ", " + f[3] : ""),
            "figure+" => "figure: not in gold",
            "figure~" => "figure: right (value, kind, subject), filed under another election",
            "party+" => $"party: given, {f[3]}, the {f[2]}",
            "party-" => $"party: missed, {f[3]}, the {f[2]}",
            _ => "figure: missed, " + f[^1],
        };
    }

    private static string Source(string file) => file.Split('/')[0];

    // A one-word name (a surname or a given name alone) and a fuller one go wrong for different reasons, and so do a
    // given name alone ("Chris said") and a surname alone ("Thatcher brought").
    private static string NameLength(string name) =>
        name.Contains(' ') ? "two or more words"
        : NewsArchive.Language.GivenNames.IsGivenName(char.ToUpperInvariant(name[0]) + name[1..]) ? "one word, a known given name" : "one word, no known given name";

    public static void Print(IReadOnlyList<SourceScores> scores, string half, TextWriter output)
    {
        output.WriteLine($"half: {half}");
        output.WriteLine("| source | articles | people P / R / F1 | compromise P / R / F1 | parties P / R | with the archive's P / R | quote speakers P / R | elections P / R | figures P / R |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        // The total is of real articles; the written (elections and figures only) and synthetic (people only) rows follow it.
        var real = scores.Where(s => s.Source is not (SyntheticSource or WrittenSource)).ToList();
        foreach (var s in real.Append(Total(real)).Concat(scores.Where(s => s.Source == WrittenSource)).Concat(scores.Where(s => s.Source == SyntheticSource)))
            output.WriteLine($"| {s.Source} | {s.Articles} | {(s.Source == WrittenSource ? "-" : Prf(s.People))} | {(s.Peer is { } p ? Prf(p) : "-")} | {Pr(s.Parties)} | {Pr(s.ArchiveParties)} | {Pr(s.Quotes)} | {Pr(s.Elections)} | {Pr(s.Figures)} |");
    }

    private static SourceScores Total(IReadOnlyList<SourceScores> scores)
    {
        Score Sum(Func<SourceScores, Score> pick) => scores.Select(pick).Aggregate(new Score(0, 0, 0), (a, b) => a + b);
        var peer = scores.All(s => s.Peer is not null) ? Sum(s => s.Peer!) : null;
        return new SourceScores("all", scores.Sum(s => s.Articles), Sum(s => s.People), peer, Sum(s => s.Parties), Sum(s => s.ArchiveParties), Sum(s => s.Quotes), Sum(s => s.Elections), Sum(s => s.Figures));
    }

    private static string Prf(Score s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000} / {s.Recall:0.000} / {s.F1:0.000} ({s.TruePositives}, {s.FalsePositives}, {s.FalseNegatives})");

    internal const string SyntheticSource = "synthetic";

    /// <summary>Articles written and annotated here for elections and figures (gold/written/), scored apart from the
    /// real ones.</summary>
    internal const string WrittenSource = "written";

    // Nothing to find and nothing found: no score, rather than a perfect one.
    private static string Pr(Score s) => s.TruePositives + s.FalsePositives + s.FalseNegatives == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.00} / {s.Recall:0.00} ({s.TruePositives}, {s.FalsePositives}, {s.FalseNegatives})");
}
