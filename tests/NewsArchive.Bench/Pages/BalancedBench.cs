using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NewsArchive.Data;

namespace NewsArchive.Bench.Pages;

/// <param name="Seconds">How long the app's `import` command ran, from start to exit.</param>
/// <param name="Load">wrk through the balancer, from just before the import started until just after it ended.</param>
/// <param name="Servers">What each server answered afterwards, asked directly.</param>
internal sealed record ReimportResult(double Seconds, long PeakResidentBytes, int PeakConnections, Load Load, List<ServerAfter> Servers)
{
    public bool BothServeTheNewArchive => Servers.All(s => s.ServesNewArchive);
}

/// <param name="ServesNewArchive">Every page answered 200 with the new archive's ETag (made from its build id).</param>
internal sealed record ServerAfter(int Port, bool ServesNewArchive, string Detail);

internal sealed record BalancedResult(int Articles, ImportResult? Import, int Connections, int Seconds, List<PageRow> Rows, ReimportResult Reimport,
    List<(long Resident, long Peak)> Memory);

/// <summary>The balanced verb: two servers of the real app on one PostgreSQL archive behind nginx as a load
/// balancer, beside nginx serving the same bytes; then a re-import by the app's own `import` command while
/// wrk loads the balancer. Loopback only.</summary>
internal static class BalancedBench
{
    /// <summary>A full-text query of common words, as the search bench's first phrase.</summary>
    private const string FullTextPath = "/search?q=housing";

    public static int Run(Args args, TextWriter output)
    {
        var result = MeasureAsync(args.Required("postgres"), args.Required("corpus"), args.Text("key"), args.Text("web"), Scaling.WorkFolder(args),
            args.Int("duration", 20), args.Int("connections", 32), importFirst: !args.Has("keep-archive"), output).GetAwaiter().GetResult();
        output.WriteLine(Report.BalancedTable(result));
        return 0;
    }

    /// <param name="corpus">Imported first into the database (unless <paramref name="importFirst"/> is false: the
    /// database already holds it), then imported again under load.</param>
    public static async Task<BalancedResult> MeasureAsync(string postgres, string corpus, string? key, string? webDll, string work, int seconds,
        int connections, bool importFirst, TextWriter output)
    {
        if (Loopback.Find("wrk") is null || Loopback.Find("nginx") is null)
            throw new InvalidOperationException("the balanced benchmark needs wrk and nginx: apt-get install -y wrk nginx");
        var folder = Path.Combine(work, "balanced");
        Directory.CreateDirectory(folder);
        if (webDll is null) output.WriteLine("publishing src/NewsArchive.Web (Release)");
        var dll = webDll ?? WebApp.Publish(Path.Combine(work, "web"));
        ImportResult? import = null;
        if (importFirst)
        {
            output.WriteLine($"importing {corpus} into PostgreSQL");
            import = ChildRun.Run<ImportResult>(output, "import", "--corpus", corpus, "--postgres", postgres, "--result");
        }
        // One data folder for both servers, as several servers must share one (keys, sessions, reports).
        var settings = new Dictionary<string, string>
        {
            ["Archive__Provider"] = ArchiveDatabase.PostgreSql,
            ["ConnectionStrings__Archive"] = postgres,
            ["Archive__DataPath"] = Path.Combine(folder, "data"),
            ["Serilog__WriteTo__File__Args__configure__0__Args__path"] = Path.Combine(folder, "logs", "newsarchive-.log"),
        };
        var known = key is null ? null : GoldFile.Read(key).Values.SelectMany(n => n).ToHashSet(StringComparer.Ordinal);
        int articles;
        List<(string Kind, string Path)> paths;
        using (var db = new PostgresArchive(postgres, Path.Combine(folder, "data")).OpenContext())
            (articles, paths) = PagesBench.PickPages(db, known);
        // The party page is left out: at 100,000 articles it is megabytes (see the pages verb).
        paths = [.. paths.Where(p => p.Kind != "party").Select(p => p.Kind == "search" ? ("search (name)", p.Path) : p)];
        paths.Insert(paths.Count - 1, ("search (full text)", FullTextPath));

        using var one = await WebApp.StartAsync(dll, settings);
        using var two = await WebApp.StartAsync(dll, settings);
        WebApp[] servers = [one, two];
        var pages = Path.Combine(folder, "pages");
        Directory.CreateDirectory(pages);
        var saved = new List<(string Kind, string Path, string File, int Bytes, string Headers)>();
        using (var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) })
            foreach (var (kind, path) in paths)
            {
                using var response = await client.GetAsync(one.Url(path));
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                var file = new string([.. kind.Where(char.IsAsciiLetter)]) + ".html";
                await File.WriteAllBytesAsync(Path.Combine(pages, file), bytes);
                saved.Add((kind, path, file, bytes.Length, PagesBench.CacheHeaders(response)));
                // The second server renders each page once too (and builds its name index), so neither
                // server's first render of a page falls inside a measured run.
                using var second = await client.GetAsync(two.Url(path));
            }
        using var nginx = await Nginx.StartAsync(Path.Combine(folder, "nginx"), pages, [one.Port, two.Port]);
        await Loopback.WaitUntilAnswering(nginx.BalancerUrl("/"), TimeSpan.FromSeconds(20));

        var rows = new List<PageRow>();
        foreach (var (kind, path, file, bytes, headers) in saved)
        {
            foreach (var server in servers) await server.SettleAsync();
            Wrk.Run(nginx.BalancerUrl(path), connections, Math.Min(3, seconds));
            var ours = Wrk.Run(nginx.BalancerUrl(path), connections, seconds);
            var reference = Wrk.Run(nginx.Url("/" + file), connections, seconds);
            rows.Add(new PageRow(kind, path, bytes, headers, ours, reference));
            output.WriteLine($"  {kind,-18} {ours.RequestsPerSecond,9:N0} req/s vs nginx {reference.RequestsPerSecond,9:N0} ({rows[^1].Ratio:0.00}x), " +
                $"p99 {ours.P99Milliseconds:N1} ms vs {reference.P99Milliseconds:N1} ms, errors {ours.Errors} / {reference.Errors}  {path} ({bytes:N0} bytes)");
        }

        foreach (var server in servers) await server.SettleAsync();
        var reimport = await ReimportUnderLoadAsync(dll, settings, corpus, postgres, servers, nginx, [.. saved.Select(s => s.Path)], connections, folder, output);
        return new BalancedResult(articles, import, connections, seconds, rows, reimport, [.. servers.Select(s => s.Memory())]);
    }

    /// <summary>wrk asks the balancer for every page kind in turn while the app's own `import` command builds
    /// and publishes a new archive; afterwards each server is asked directly whether it serves the new one.</summary>
    private static async Task<ReimportResult> ReimportUnderLoadAsync(string dll, Dictionary<string, string> settings, string corpus, string postgres,
        WebApp[] servers, Nginx nginx, List<string> paths, int connections, string folder, TextWriter output)
    {
        var before = await ETagAsync(servers[0], "/");
        var script = Path.Combine(folder, "every-page.lua");
        await File.WriteAllTextAsync(script, Wrk.RotatingPathsScript(paths));
        output.WriteLine($"  re-import of {corpus} by the app's import command, under load through the balancer");
        var load = Wrk.Start(nginx.BalancerUrl("/"), connections, script);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var start = WebApp.Command(dll, settings);
        foreach (var arg in new[] { "import", "--seeds", Path.GetFullPath(corpus) }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        long peak = 0;
        var peakConnections = 0;
        using (var process = Process.Start(start) ?? throw new InvalidOperationException("the import command did not start"))
        {
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await using var watch = new NpgsqlConnection(postgres);
            await watch.OpenAsync();
            // VmHWM only grows, so its last reading before exit is the peak, give or take the last half second.
            while (!process.WaitForExit(500))
            {
                peak = Math.Max(peak, PeakResident(process.Id));
                peakConnections = Math.Max(peakConnections, await BackendsAsync(watch));
            }
            if (process.ExitCode != 0)
            {
                load.Stop();
                throw new InvalidOperationException($"the import command exited with {process.ExitCode}: {await errors}{LastLines(await log)}");
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var during = load.Stop();
        output.WriteLine($"  import {seconds:N1} s, peak resident {Memory.Mb(peak)}; under load {during.Requests:N0} requests, {during.RequestsPerSecond:N0} req/s, " +
            $"p99 {during.P99Milliseconds:N1} ms, errors {during.Errors} (non-2xx/3xx {during.Non2xx}, socket {during.SocketErrors}); at most {peakConnections} PostgreSQL connections");
        var after = new List<ServerAfter>();
        foreach (var server in servers) after.Add(await AfterAsync(server, paths, before));
        foreach (var server in after) output.WriteLine($"  server on port {server.Port}: {server.Detail}");
        return new ReimportResult(seconds, peak, peakConnections, during, after);
    }

    /// <summary>Every page answers 200, and its ETag (the archive's build id, the site's build, the address)
    /// is new for the home page: the old archive's is <paramref name="before"/>.</summary>
    private static async Task<ServerAfter> AfterAsync(WebApp server, List<string> paths, string before)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var failed = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(server.Url(path));
            if (!response.IsSuccessStatusCode) failed.Add($"{path} {(int)response.StatusCode}");
        }
        var now = await ETagAsync(server, "/");
        var isNew = now != before;
        var detail = (isNew ? $"home page ETag {before} -> {now}" : $"home page ETag still {before} (the old archive)") +
            (failed.Count == 0 ? $", all {paths.Count} pages 200" : $", failed: {string.Join(", ", failed)}");
        return new ServerAfter(server.Port, isNew && failed.Count == 0, detail);
    }

    private static async Task<string> ETagAsync(WebApp server, string path)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(server.Url(path));
        return response.Headers.ETag?.Tag ?? "none";
    }

    private static async Task<int> BackendsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static long PeakResident(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
                .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024).FirstOrDefault();
        }
        catch (IOException)
        {
            return 0; // the process ended between the check and the read
        }
    }

    private static string LastLines(string log) => string.Join('\n', log.Split('\n').TakeLast(20));
}
