using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Bench.Pages;

internal sealed record PageRow(string Kind, string Path, int Bytes, string CacheHeaders, Load App, Load Nginx)
{
    public double Ratio => App.RequestsPerSecond / Nginx.RequestsPerSecond;
}

/// <param name="Compressed">Asked for in gzip: the app's compressed page from its cache, as browsers get one, beside
/// nginx serving the same compressed bytes (its .gz copy, gzip_static).</param>
internal sealed record PagesResult(int Articles, int Connections, int Seconds, List<PageRow> Rows, long ResidentBytes, long PeakResidentBytes,
    bool Compressed = false);

/// <summary>The pages verb: the real web app and nginx serving the same page bytes, side by side under wrk
/// in the same run, one page of each kind, loopback only.</summary>
internal static class PagesBench
{
    public static int Run(Args args, TextWriter output)
    {
        var work = Scaling.WorkFolder(args);
        var result = MeasureAsync(args.Required("db"), args.Text("key"), args.Text("web"), work, args.Int("duration", 20), args.Int("connections", 32), output,
            args.Has("uncached"), args.Has("compressed")).GetAwaiter().GetResult();
        output.WriteLine(Report.PagesTable(result));
        return 0;
    }

    /// <param name="key">An answer key (answers-people.tsv): the person page is then of a real person,
    /// not of a place the extractor took for one.</param>
    /// <param name="uncached">Every request with a query string never seen before, to both servers: the app's
    /// output cache answers none of them.</param>
    /// <param name="compressed">Every request asks for gzip, as a browser does: the app answers from its cache's gzip
    /// entry, nginx with the saved page's .gz copy, the bytes the app sent.</param>
    public static async Task<PagesResult> MeasureAsync(string db, string? key, string? webDll, string work, int seconds, int connections, TextWriter output,
        bool uncached = false, bool compressed = false)
    {
        if (Loopback.Find("wrk") is null || Loopback.Find("nginx") is null)
            throw new InvalidOperationException("the pages benchmark needs wrk and nginx: apt-get install -y wrk nginx");
        if (webDll is null) output.WriteLine("publishing src/NewsArchive.Web (Release)");
        var dll = webDll ?? WebApp.Publish(Path.Combine(work, "web"));
        var (articles, paths) = PickPages(db, key is null ? null : GoldFile.Read(key).Values.SelectMany(n => n).ToHashSet(StringComparer.Ordinal));
        using var app = await WebApp.StartAsync(dll, db);
        var pages = Path.Combine(work, "pages");
        Directory.CreateDirectory(pages);
        // A .gz copy from an earlier compressed run would be served for a page this run does not fetch in gzip.
        foreach (var stale in Directory.EnumerateFiles(pages, "*.gz")) File.Delete(stale);
        var saved = new List<(string Kind, string Path, int Bytes, string Headers)>();
        var header = compressed ? "Accept-Encoding: gzip" : null;
        using (var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }))
        {
            foreach (var (kind, path) in paths)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, app.Url(path));
                if (compressed) request.Headers.AcceptEncoding.ParseAdd("gzip");
                using var response = await client.SendAsync(request);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                if (compressed)
                {
                    if (!response.Content.Headers.ContentEncoding.Contains("gzip")) throw new InvalidOperationException($"{path} was not answered in gzip");
                    await File.WriteAllBytesAsync(Path.Combine(pages, kind + ".html.gz"), bytes);
                    using var unzipped = new MemoryStream();
                    await new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress).CopyToAsync(unzipped);
                    await File.WriteAllBytesAsync(Path.Combine(pages, kind + ".html"), unzipped.ToArray());
                }
                else await File.WriteAllBytesAsync(Path.Combine(pages, kind + ".html"), bytes);
                saved.Add((kind, path, bytes.Length, CacheHeaders(response)));
            }
        }
        using var nginx = await Nginx.StartAsync(Path.Combine(work, "nginx"), pages);
        string? script = null;
        if (uncached)
        {
            script = Path.Combine(work, "unique-query.lua");
            await File.WriteAllTextAsync(script, Wrk.UniqueQueryScript);
        }
        // Every page is asked for once before any is measured, for long enough that the JIT's tiers have settled:
        // with 3 seconds alone, the first uncached page measured ran at a quarter of its rate a minute later.
        foreach (var (_, path, _, _) in saved) Wrk.Run(app.Url(path), connections, Math.Min(WarmUpSeconds, seconds), script, header);
        var rows = new List<PageRow>();
        foreach (var (kind, path, bytes, headers) in saved)
        {
            await app.SettleAsync();
            Wrk.Run(app.Url(path), connections, Math.Min(3, seconds), script, header);
            var ours = Wrk.Run(app.Url(path), connections, seconds, script, header);
            var reference = Wrk.Run(nginx.Url($"/{kind}.html"), connections, seconds, script, header);
            var row = new PageRow(kind, path, bytes, headers, ours, reference);
            rows.Add(row);
            output.WriteLine($"  {kind,-9} {ours.Requests:N0} requests, {ours.RequestsPerSecond,9:N0} req/s vs nginx {reference.RequestsPerSecond,9:N0} ({row.Ratio:0.00}x), " +
                $"p99 {ours.P99Milliseconds:N1} ms vs {reference.P99Milliseconds:N1} ms, errors {ours.Errors} / {reference.Errors}  {path} ({bytes:N0} bytes)");
        }
        var (resident, peak) = app.Memory();
        output.WriteLine($"  web app memory after the runs: resident {Memory.Mb(resident)}, peak {Memory.Mb(peak)}");
        return new PagesResult(articles, connections, seconds, rows, resident, peak, compressed);
    }

    /// <summary>Seconds each page is asked for before the first is measured.</summary>
    private const int WarmUpSeconds = 10;

    /// <summary>One page of each kind. The person and the search are the archive's most written-about
    /// person, the heaviest of their kind, and the party the one most often stated; the article and the election
    /// are the first in the archive.
    /// The app settles between kinds.</summary>
    private static (int Articles, List<(string Kind, string Path)>) PickPages(string dbPath, HashSet<string>? known)
    {
        using var connection = new SqliteConnection(ArchiveFile.ReadOnly(dbPath));
        connection.Open();
        using var db = ArchiveFile.Context(connection);
        return PickPages(db, known);
    }

    /// <summary>The same pages from an archive in any database.</summary>
    public static (int Articles, List<(string Kind, string Path)>) PickPages(NewsArchive.Data.ArchiveDbContext db, HashSet<string>? known)
    {
        var articles = db.Articles.Count();
        var article = db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).First();
        var person = db.People.OrderByDescending(p => p.Appearances.Count).ThenBy(p => p.Id).Select(p => new { p.Slug, p.Name })
            .AsEnumerable().First(p => known?.Contains(p.Name) ?? true);
        var election = db.Elections.OrderBy(e => e.Id).Select(e => e.Slug).FirstOrDefault();
        // The party most often stated as someone's: its page is one of the longest lists of articles.
        var party = db.Affiliations.GroupBy(a => a.Party).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Select(g => g.Key).FirstOrDefault();
        var surname = person.Name[(person.Name.LastIndexOf(' ') + 1)..];
        var paths = new List<(string, string)> { ("article", $"/articles/{article}"), ("person", $"/people/{person.Slug}") };
        if (party is not null) paths.Add(("party", $"/parties/{PoliticalParties.PartyQueries.SlugOf(party)}"));
        if (election is not null) paths.Add(("election", $"/elections/{election}"));
        paths.Add(("search", $"/search?q={Uri.EscapeDataString(surname)}"));
        // Last: the home page lists every article, and at large sizes it is the slowest by far.
        paths.Add(("home", "/"));
        return (articles, paths);
    }

    public static string CacheHeaders(HttpResponseMessage response)
    {
        var found = new List<string>();
        if (response.Headers.CacheControl is { } cache) found.Add($"Cache-Control: {cache}");
        if (response.Headers.ETag is { } etag) found.Add($"ETag: {etag}");
        if (response.Content.Headers.LastModified is { } modified) found.Add($"Last-Modified: {modified:R}");
        return found.Count == 0 ? "none" : string.Join("; ", found);
    }
}
