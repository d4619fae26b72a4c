using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Search;

namespace NewsArchive.Bench;

internal sealed record SearchResult(int Articles, int People, double IndexSeconds, long WorkingSet, long ManagedHeap, Dictionary<string, Latency> Kinds)
{
    public double WorstP95 => Kinds.Values.Max(k => k.P95);
}

/// <summary>The search verb: the search page's own query (<see cref="SearchQueries.SearchAsync"/>: people
/// by name and articles by full text), one connection and one DbContext per query as per request in the
/// web app, against a real archive file. The name index is built once; then many queries are timed.</summary>
internal static class SearchBench
{
    public static int Run(Args args, TextWriter output)
    {
        var result = Measure(args.Required("db"), args.Int("queries", 400), output);
        if (args.Has("result")) ChildRun.Emit(result, output);
        return 0;
    }

    public static SearchResult Measure(string dbPath, int perKind, TextWriter output)
    {
        var connectionString = ArchiveFile.ReadOnly(dbPath);
        var search = new SearchQueries(new NameIndexCache(), new ArticleWordsCache());
        var clock = Stopwatch.StartNew();
        Query(connectionString, search, "warm");
        var indexSeconds = clock.Elapsed.TotalSeconds;
        var (articles, people, kinds) = Queries(connectionString);

        var latencies = new Dictionary<string, Latency>(StringComparer.Ordinal);
        foreach (var (kind, queries) in kinds)
        {
            foreach (var q in queries.Take(20)) Query(connectionString, search, q);
            var times = new List<double>(perKind);
            for (var i = 0; i < perKind; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Query(connectionString, search, queries[i % queries.Count]);
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

    private static void Query(string connectionString, SearchQueries search, string q)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var db = ArchiveFile.Context(connection);
        search.SearchAsync(db, q).GetAwaiter().GetResult();
    }

    /// <summary>Queries drawn from the archive itself: the names of people it holds (the most written
    /// about and a spread of the rest), their surnames, prefixes and misspellings, and phrases from the text.</summary>
    private static (int Articles, int People, List<(string Kind, List<string> Queries)>) Queries(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var db = ArchiveFile.Context(connection);
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
