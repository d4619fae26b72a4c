using System.Diagnostics;
using NewsArchive.Import;
using NewsArchive.People;

namespace NewsArchive.Bench;

/// <summary>The people verb: our extractor's speed and quality over a folder, beside the peer's.</summary>
internal static class PeopleBench
{
    private static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(2);
    private const long PeerTargetWords = 40_000;

    public static int Run(BenchOptions options, TextWriter output)
    {
        var files = Directory.GetFiles(options.Corpus, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            output.WriteLine($"no .txt files in {options.Corpus}");
            return 1;
        }
        var texts = files.Select(File.ReadAllText).ToArray();
        var articles = texts.Select(Paragraphs).ToArray();
        long words = articles.Sum(a => (long)a.Sum(Sentences.CountWords));

        var found = new Dictionary<string, IReadOnlyList<PersonInArticle>>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) found[Path.GetFileName(files[i])] = PersonExtractor.Extract(articles[i]);
        var ours = Measure(() => { foreach (var article in articles) PersonExtractor.Extract(article); }, words);
        var withParsing = Measure(() => { foreach (var text in texts) PersonExtractor.Extract(Paragraphs(text)); }, words);
        output.WriteLine($"files {files.Length}, words {words}");
        output.WriteLine($"ours: {ours:N0} words/s (extraction; {withParsing:N0} words/s with article parsing)");

        PeerResult? peer = null;
        if (options.Peer is not null)
        {
            var repeat = (int)Math.Max(1, Math.Ceiling((double)PeerTargetWords / words));
            peer = PeerRunner.Run(options.Peer, files, repeat);
            output.WriteLine($"compromise: {peer.WordsPerSecond:N0} words/s (repeat {repeat})");
            output.WriteLine($"ratio: {ours / peer.WordsPerSecond:0.0}x");
        }
        if (options.Dump)
            foreach (var (file, people) in found)
                output.WriteLine($"{file}\t{string.Join("; ", people.Select(p => p.Name))}");
        if (options.Gold is not null) Report(GoldFile.Read(options.Gold), found, peer, output);
        return 0;
    }

    /// <summary>The paragraphs the extractor sees: the headline (when the text has one) and the body.</summary>
    private static string[] Paragraphs(string text)
    {
        var parsed = ArticleParser.Parse(text);
        var body = parsed.Paragraphs.Select(p => p.Text);
        return (parsed.HeadlineDerived ? body : body.Prepend(parsed.Headline)).ToArray();
    }

    /// <summary>Words per second over repeated passes, after one warm-up pass, for at least two seconds.</summary>
    private static double Measure(Action pass, long words)
    {
        pass();
        var clock = Stopwatch.StartNew();
        long done = 0;
        while (clock.Elapsed < MinDuration)
        {
            pass();
            done += words;
        }
        return done / clock.Elapsed.TotalSeconds;
    }

    private static void Report(Dictionary<string, string[]> gold, Dictionary<string, IReadOnlyList<PersonInArticle>> found,
        PeerResult? peer, TextWriter output)
    {
        var ours = new Score(0, 0, 0);
        var theirs = new Score(0, 0, 0);
        foreach (var (file, names) in gold.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!found.TryGetValue(file, out var people)) throw new InvalidOperationException($"gold names {file}, not in corpus");
            var misses = new List<string>();
            ours += Scoring.Compare(people.Select(p => p.Name), names, misses);
            if (misses.Count > 0) output.WriteLine($"  ours {file}: {string.Join(", ", misses)}");
            if (peer is null) continue;
            var peerMisses = new List<string>();
            theirs += Scoring.Compare(peer.People.GetValueOrDefault(file, []), names, peerMisses);
            if (peerMisses.Count > 0) output.WriteLine($"  compromise {file}: {string.Join(", ", peerMisses)}");
        }
        output.WriteLine($"gold articles {gold.Count}");
        output.WriteLine($"ours:       {ours}");
        if (peer is not null) output.WriteLine($"compromise: {theirs}");
    }
}
