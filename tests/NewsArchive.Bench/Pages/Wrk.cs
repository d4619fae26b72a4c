using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Bench.Pages;

internal sealed record Load(double RequestsPerSecond, double P99Milliseconds, long Requests, long Non2xx, long SocketErrors)
{
    public long Errors => Non2xx + SocketErrors;
}

/// <summary>wrk against one URL, its text report read back into numbers.</summary>
internal static partial class Wrk
{
    /// <param name="script">A wrk Lua script that writes each request (<see cref="UniqueQueryScript"/>), or none.</param>
    /// <param name="header">A request header sent with every request ("Accept-Encoding: gzip"), or none.</param>
    public static Load Run(string url, int connections, int seconds, string? script = null, string? header = null)
    {
        var options = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "5s" };
        if (script is not null) options.AddRange(["-s", script]);
        if (header is not null) options.AddRange(["-H", header]);
        options.Add(url);
        var text = Loopback.Run("wrk", TimeSpan.FromSeconds(seconds + 30), [.. options]);
        return Parse(text);
    }

    /// <summary>Starts wrk for up to an hour; <see cref="RunningWrk.Stop"/> ends it (as Ctrl-C does, so wrk
    /// still prints its report) when what it loads is done.</summary>
    public static RunningWrk Start(string url, int connections, string script)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t2", $"-c{connections}", "-d3600s", "--latency", "--timeout", "5s", "-s", script, url }) start.ArgumentList.Add(arg);
        return new RunningWrk(Process.Start(start) ?? throw new InvalidOperationException("wrk did not start"));
    }

    /// <summary>A script that asks for the given paths in turn, so one run loads every page kind.</summary>
    public static string RotatingPathsScript(IEnumerable<string> paths) =>
        "local paths = { " + string.Join(", ", paths.Select(p => "\"" + p.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + " }\n" +
        """
        counter = 0
        request = function()
          counter = counter + 1
          return wrk.format(nil, paths[(counter % #paths) + 1])
        end
        """;

    /// <summary>Every request a URL never asked before (the page's own, with a query string of its own), so
    /// no cache between wrk and the page answers it. Each wrk thread has its own counter; the random part
    /// keeps two threads apart.</summary>
    public const string UniqueQueryScript = """
        counter = 0
        request = function()
          counter = counter + 1
          local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
          return wrk.format(nil, wrk.path .. sep .. "u=" .. counter .. "r" .. math.random(1, 1000000000))
        end
        """;

    public static Load Parse(string text)
    {
        var rps = double.Parse(RequestsPerSecond().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var p99 = P99().Match(text) is { Success: true } m ? Milliseconds(m.Groups[1].Value, m.Groups[2].Value) : double.NaN;
        var requests = long.Parse(Requests().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xx().Match(text) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrors().Match(text) is { Success: true } s
            ? Enumerable.Range(1, 4).Sum(i => long.Parse(s.Groups[i].Value, CultureInfo.InvariantCulture))
            : 0;
        return new Load(rps, p99, requests, non2xx, socket);
    }

    private static double Milliseconds(string number, string unit)
    {
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, "m" => value * 60_000, _ => double.NaN };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

internal sealed class RunningWrk(Process process)
{
    private readonly Task<string> _output = process.StandardOutput.ReadToEndAsync();
    private readonly Task<string> _errors = process.StandardError.ReadToEndAsync();

    public Load Stop()
    {
        if (!process.HasExited) Loopback.Run("kill", TimeSpan.FromSeconds(10), "-INT", process.Id.ToString(CultureInfo.InvariantCulture));
        if (!process.WaitForExit(30_000)) process.Kill();
        var text = _output.Result;
        process.Dispose();
        return text.Contains("Requests/sec:", StringComparison.Ordinal) ? Wrk.Parse(text) : throw new InvalidOperationException($"wrk gave no report: {_errors.Result}{text}");
    }
}
