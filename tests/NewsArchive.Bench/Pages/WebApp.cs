using System.Diagnostics;

namespace NewsArchive.Bench.Pages;

/// <summary>The real web app, published from this repository and started with `dotnet exec` on a loopback
/// port against a bench database, importing nothing. Its console log is read and thrown away.</summary>
internal sealed class WebApp : IDisposable
{
    private readonly Process _process;

    public int Port { get; }

    private WebApp(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>Publishes src/NewsArchive.Web (Release) into the folder, unless --web gave a built app.</summary>
    public static string Publish(string folder)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "NewsArchive.Web", "NewsArchive.Web.csproj");
        Loopback.Run("dotnet", TimeSpan.FromMinutes(5), "publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "quiet");
        return Path.Combine(folder, "NewsArchive.Web.dll");
    }

    public static Task<WebApp> StartAsync(string dll, string databaseFile) =>
        StartAsync(dll, new Dictionary<string, string>
        {
            ["ConnectionStrings__Archive"] = $"Data Source={Path.GetFullPath(databaseFile)}",
            // The rolling log files beside the database, not in the repository.
            ["Serilog__WriteTo__File__Args__configure__0__Args__path"] =
                Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!, "logs", "newsarchive-.log"),
        });

    /// <param name="settings">Environment variables for the app: at least its archive's connection string and
    /// where its log files go.</param>
    public static async Task<WebApp> StartAsync(string dll, IReadOnlyDictionary<string, string> settings)
    {
        var port = Loopback.FreePort();
        var start = Command(dll, settings);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the web app did not start");
        var app = new WebApp(process, port);
        process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  web: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Loopback.WaitUntilAnswering(app.Url("/"), TimeSpan.FromSeconds(90), () => !process.HasExited);
        }
        catch
        {
            app.Dispose();
            throw;
        }
        return app;
    }

    /// <summary>`dotnet exec` of the app with its output redirected, importing nothing at start-up; arguments
    /// (a verb such as import) may be added.</summary>
    public static ProcessStartInfo Command(string dll, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "exec", Path.GetFullPath(dll) }) start.ArgumentList.Add(arg);
        start.Environment["Archive__ImportOnStart"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in settings) start.Environment[name] = value;
        return start;
    }

    private readonly Queue<string> _lastLines = new();

    /// <summary>Keeps the last lines of the console log, to say why the app stopped if it does.</summary>
    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20) _lastLines.Dequeue();
        }
    }

    /// <summary>Throws, with the exit code and the last lines of its log, when the app has stopped.</summary>
    public void EnsureRunning()
    {
        if (!_process.HasExited) return;
        lock (_lastLines)
            throw new InvalidOperationException($"the web app exited with {_process.ExitCode} during the run; its last lines:\n{string.Join('\n', _lastLines)}");
    }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Waits until the app has used under 5% of a core for half a second (at most a minute), so
    /// requests wrk gave up on, still being rendered, do not weigh on the next page's run.</summary>
    public async Task SettleAsync()
    {
        EnsureRunning();
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat)) return;
        // utime and stime, in clock ticks (normally 100 a second), are fields 14 and 15; the name before them may hold spaces.
        long Ticks() => File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[11..13].Sum(long.Parse);
        var clock = Stopwatch.StartNew();
        var before = Ticks();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(500);
            EnsureRunning();
            var now = Ticks();
            if (now - before <= 2) return;
            before = now;
        }
    }

    /// <summary>(resident now, peak resident) in bytes, from /proc; zero where /proc is absent.</summary>
    public (long Resident, long Peak) Memory()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status)) return (0, 0);
        long Field(string name) => File.ReadLines(status).Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024)
            .FirstOrDefault();
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    /// <summary>The folder holding NewsArchive.sln, found upwards from the working directory or this program.</summary>
    public static string RepositoryRoot()
    {
        foreach (var from in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the bench from inside the repository (NewsArchive.sln not found), or pass --web DLL");
    }
}
