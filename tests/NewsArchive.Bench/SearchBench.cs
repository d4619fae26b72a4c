using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Search;

namespace NewsArchive.Bench;

internal sealed record SearchResult(int Articles, int People, double IndexSeconds, long WorkingSet, long ManagedHeap, Dictionary<string, Latency> Kinds)
{
    /// <summary>The slowest kind the search page runs; the reference kind is not one of them.</summary>
    public double WorstP95 => Kinds.Where(k => k.Key != SearchBench.EveryMatchRanked).Max(k => k.Value.P95);
}

/// <summary>The search verb: the search page's own query (<see cref="SearchQueries.SearchAsync"/>: people
/// by name and articles by full text), one connection and one DbContext per query as per request in the
/// web app, against a real archive file. The name index is built once; then many queries are timed.</summary>
internal static class SearchBench
{
    /// <summary>The full-text queries again with every match ranked, as search ranked before its window: a
    /// reference measured in the same run.</summary>
    public const string EveryMatchRanked = "full text, every match ranked";

    public static int Run(Args args, TextWriter output)
    {
        var result = args.Text("postgres") is { } postgres
            ? Measure(PostgresContexts(postgres), args.Int("queries", 400), output)
            : Measure(args.Required("db"), args.Int("queries", 400), output);
        if (args.Has("result")) ChildRun.Emit(result, output);
        return 0;
    }

    public static SearchResult Measure(string dbPath, int perKind, TextWriter output)
    {
        var connectionString = ArchiveFile.ReadOnly(dbPath);
        return Measure(() => ArchiveFile.Context(connectionString), perKind, output);
    }

    /// <summary>The live archive of a PostgreSQL database, one pooled connection per query as the web app
    /// opens it.</summary>
    private static Func<ArchiveDbContext> PostgresContexts(string connectionString)
    {
        var archive = new PostgresArchive(connectionString, Path.GetTempPath());
        return archive.OpenContext;
    }

    private static SearchResult Measure(Func<ArchiveDbContext> open, int perKind, TextWriter output)
    {
        var search = new SearchQueries(new NameIndexCache(), new ArticleWordsCache());
        var clock = Stopwatch.StartNew();
        Query(open, search, "warm");
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var (articles, people, kinds) = Queries(open);
        kinds.Add((EveryMatchRanked, kinds.Single(k => k.Kind == "full text").Queries));

        var latencies = new Dictionary<string, Latency>(StringComparer.Ordinal);
        foreach (var (kind, queries) in kinds)
        {
            var window = kind == EveryMatchRanked ? int.MaxValue : ArticleSearch.RankedWindow;
            foreach (var q in queries.Take(20)) Query(open, search, q, window);
            var times = new List<double>(perKind);
            for (var i = 0; i < perKind; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Query(open, search, queries[i % queries.Count], window);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            latencies[kind] = Latency.Of(times);
            output.WriteLine($"  {kind,-10} p50 {latencies[kind].P50,7:N2} ms  p95 {latencies[kind].P95,7:N2} ms  p99 {latencies[kind].P99,7:N2} ms  (e.g. \"{queries[0]}\")");
        }
        var result = new SearchResult(articles, people, indexSeconds, Memory.WorkingSet(), GC.GetTotalMemory(forceFullCollection: true), latencies);
        output.WriteLine($"search over {articles:N0} articles, {people:N0} people: name index built in {indexSeconds:N2} s; " +
            $"working set {Memory.Mb(result.WorkingSet)}, managed heap {Memory.Mb(result.ManagedHeap)}");
        return result;
    }

    private static void Query(Func<ArchiveDbContext> open, SearchQueries search, string q, int window = ArticleSearch.RankedWindow)
    {
        using var db = open();
        // A context does not close a connection it was given (PostgreSQL's reader connection): closed here.
        using var connection = db.Database.GetDbConnection();
        search.SearchAsync(db, q, window: window).GetAwaiter().GetResult();
    }

    /// <summary>Queries drawn from the archive itself: the names of people it holds (the most written
    /// about and a spread of the rest), their surnames, prefixes and misspellings, and phrases from the text.</summary>
    private static (int Articles, int People, List<(string Kind, List<string> Queries)>) Queries(Func<ArchiveDbContext> open)
    {
        using var db = open();
        using var connection = db.Database.GetDbConnection();
        var articles = db.Articles.Count();
        var everyone = db.People.AsNoTracking().OrderByDescending(p => p.Appearances.Count).ThenBy(p => p.Id)
            .Select(p => p.Name).ToList();
        var step = Math.Max(1, everyone.Count / 50);
        var names = everyone.Take(50).Concat(everyone.Where((_, i) => i % step == 0)).Where(n => n.Contains(' ')).Distinct().ToList();
        if (names.Count == 0) throw new InvalidOperationException("the archive holds no people with two-word names to search for");
        var surnames = names.Select(n => n[(n.LastIndexOf(' ') + 1)..]).Where(s => s.Length >= 4).Distinct().ToList();
        string[] phrases = ["housing", "congestion charge", "mayoral election", "knife crime", "turnout", "council tax", "air quality",
            "majority", "Hackney council", "by-election", "affordable homes", "bus fares", "cycle lanes", "City Hall", "green belt"];
        return (articles, everyone.Count,
        [
            ("full name", names),
            ("surname", surnames),
            ("prefix", surnames.Select(s => s[..Math.Min(5, s.Length)].ToLowerInvariant()).Distinct().ToList()),
            ("typo", surnames.Select(Typo).ToList()),
            ("full text", phrases.ToList()),
        ]);
    }

    /// <summary>Two neighbouring letters swapped, as "Kahn" for "Khan".</summary>
    private static string Typo(string word)
    {
        var at = word.Length / 2;
        var letters = word.ToCharArray();
        (letters[at - 1], letters[at]) = (letters[at], letters[at - 1]);
        return new string(letters);
    }
}
