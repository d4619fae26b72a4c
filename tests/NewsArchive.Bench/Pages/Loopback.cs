using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.Bench.Pages;

/// <summary>Loopback ports and tools on the PATH.</summary>
internal static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the URL answers at all (any status), or throws after the timeout.</summary>
    public static async Task WaitUntilAnswering(string url, TimeSpan timeout, Func<bool>? stillRunning = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (stillRunning?.Invoke() == false) throw new InvalidOperationException($"the server for {url} exited before answering");
            try
            {
                using var response = await client.GetAsync(url);
                return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} did not answer within {timeout.TotalSeconds:N0} s");
    }

    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Append("/usr/local/sbin")
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    /// <summary>Runs a tool to the end and returns its standard output; throws with its error output on failure.</summary>
    public static string Run(string tool, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} ran past {timeout.TotalSeconds:N0} s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {error.Result}{output.Result}");
        return output.Result;
    }
}
