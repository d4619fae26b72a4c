using System.Diagnostics;
using NewsArchive.Elections;
using NewsArchive.Import;
using NewsArchive.People;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Bench;

/// <param name="ElectionsWordsPerSecond">The import's other extractor on the same paragraphs, for where the
/// import's time goes; not part of the comparison.</param>
internal sealed record PeopleResult(int Files, long Words, double OursWordsPerSecond, double OursWithParsing,
    double ElectionsWordsPerSecond, double? PeerWordsPerSecond, Score? Ours, Score? Peer)
{
    public double? Ratio => PeerWordsPerSecond is { } peer ? OursWordsPerSecond / peer : null;
}

/// <summary>The people verb: our extractor's speed and quality over a folder, beside the peer's.</summary>
internal static class PeopleBench
{
    private static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(2);
    private const long PeerTargetWords = 40_000;

    private const int ListMissesUpTo = 100;

    public static int Run(BenchOptions options, TextWriter output) => Measure(options, output) is null ? 1 : 0;

    /// <summary>With <see cref="BenchOptions.Sample"/>, the first N files in name order.</summary>
    public static PeopleResult? Measure(BenchOptions options, TextWriter output)
    {
        var files = Directory.GetFiles(options.Corpus).Where(IsArticle).Order(StringComparer.Ordinal).Take(options.Sample ?? int.MaxValue).ToArray();
        if (files.Length == 0)
        {
            output.WriteLine($"no .txt or .md files in {options.Corpus}");
            return null;
        }
        var texts = files.Select(f => (f, File.ReadAllText(f))).ToArray();
        var articles = texts.Select(Paragraphs).ToArray();
        long words = articles.Sum(a => (long)a.Sum(Sentences.CountWords));

        var found = new Dictionary<string, IReadOnlyList<PersonInArticle>>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) found[PeerFiles.PlainName(files[i])] = PersonExtractor.Extract(articles[i]);
        var ours = WordsPerSecond(() => { foreach (var article in articles) PersonExtractor.Extract(article); }, words);
        var withParsing = WordsPerSecond(() => { foreach (var text in texts) PersonExtractor.Extract(Paragraphs(text)); }, words);
        var named = files.Select(f => found[PeerFiles.PlainName(f)]).ToArray();
        var elections = WordsPerSecond(() => { for (var i = 0; i < articles.Length; i++) ElectionExtractor.Extract(articles[i], named[i], null); }, words);
        output.WriteLine($"files {files.Length}, words {words}");
        output.WriteLine($"ours: {ours:N0} words/s (extraction; {withParsing:N0} words/s with article parsing); election extractor {elections:N0} words/s");

        PeerResult? peer = null;
        if (options.Peer is not null)
        {
            var repeat = (int)Math.Max(1, Math.Ceiling((double)PeerTargetWords / words));
            peer = PeerRunner.Run(options.Peer, PeerFiles.Plain(files, options.Work), repeat);
            output.WriteLine($"compromise: {peer.WordsPerSecond:N0} words/s (repeat {repeat})");
            output.WriteLine($"ratio: {ours / peer.WordsPerSecond:0.0}x");
        }
        if (options.Dump)
            foreach (var (file, people) in found)
                output.WriteLine($"{file}\t{string.Join("; ", people.Select(p => p.Name))}");
        var (ourScore, peerScore) = options.Gold is null ? (null, null) : Report(GoldFile.Read(options.Gold), found, peer, sampled: options.Sample is not null, output);
        return new PeopleResult(files.Length, words, ours, withParsing, elections, peer?.WordsPerSecond, ourScore, peerScore);
    }

    private static bool IsArticle(string path) => Path.GetExtension(path) is ".txt" or ".md";

    /// <summary>The paragraphs the extractor sees: the headline (when the text has one) and the body. A
    /// Markdown file is read as the importer reads it: its front matter's title, then the Markdown body.</summary>
    private static string[] Paragraphs((string File, string Text) article)
    {
        ParsedArticle parsed;
        if (article.File.EndsWith(".md", StringComparison.Ordinal))
        {
            var (metadata, body) = MetadataReader.SplitFrontMatter(article.Text, article.File);
            parsed = MarkdownArticleParser.Parse(body, metadata.Headline);
        }
        else parsed = ArticleParser.Parse(article.Text);
        var paragraphs = parsed.Paragraphs.Select(p => p.Text);
        return (parsed.HeadlineDerived ? paragraphs : paragraphs.Prepend(parsed.Headline)).ToArray();
    }

    /// <summary>Words per second over repeated passes for at least <see cref="MinDuration"/>, after a warm-up as long,
    /// so the JIT's tiers have settled and the figure is the steady state a long import runs at.</summary>
    private static double WordsPerSecond(Action pass, long words)
    {
        var warmUp = Stopwatch.StartNew();
        do pass(); while (warmUp.Elapsed < MinDuration);
        var clock = Stopwatch.StartNew();
        long done = 0;
        while (clock.Elapsed < MinDuration)
        {
            pass();
            done += words;
        }
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Scores the files both the gold and the corpus (or its sample) hold. Misses are listed per
    /// file for a small gold set; for a large one (a generated answer key), the most frequent are summed up.</summary>
    private static (Score Ours, Score? Peer) Report(Dictionary<string, string[]> gold, Dictionary<string, IReadOnlyList<PersonInArticle>> found,
        PeerResult? peer, bool sampled, TextWriter output)
    {
        if (!sampled && gold.Keys.FirstOrDefault(f => !found.ContainsKey(f)) is { } absent)
            throw new InvalidOperationException($"gold names {absent}, not in corpus");
        var scored = gold.Where(g => found.ContainsKey(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var listEach = scored.Count <= ListMissesUpTo;
        var ours = new Score(0, 0, 0);
        var theirs = new Score(0, 0, 0);
        var ourMisses = new List<string>();
        var peerMisses = new List<string>();
        foreach (var (file, names) in scored)
        {
            var misses = new List<string>();
            ours += Scoring.Compare(found[file].Select(p => p.Name), names, misses);
            if (listEach && misses.Count > 0) output.WriteLine($"  ours {file}: {string.Join(", ", misses)}");
            ourMisses.AddRange(misses);
            if (peer is null) continue;
            misses.Clear();
            theirs += Scoring.Compare(peer.People.GetValueOrDefault(file, []), names, misses);
            if (listEach && misses.Count > 0) output.WriteLine($"  compromise {file}: {string.Join(", ", misses)}");
            peerMisses.AddRange(misses);
        }
        if (!listEach)
        {
            output.WriteLine($"  ours, most frequent misses: {Frequent(ourMisses)}");
            if (peer is not null) output.WriteLine($"  compromise, most frequent misses: {Frequent(peerMisses)}");
        }
        output.WriteLine($"gold articles {scored.Count}");
        output.WriteLine($"ours:       {ours}");
        if (peer is not null) output.WriteLine($"compromise: {theirs}");
        return (ours, peer is null ? null : theirs);
    }

    private static string Frequent(List<string> misses) =>
        string.Join(", ", misses.GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).Select(g => $"{g.Key} ×{g.Count()}"));
}
