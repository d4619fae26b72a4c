using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Bench;

/// <summary>Runs a verb of this program in a fresh process, so each size's peak memory is its own.
/// The child prints its human report, then one line "RESULT {json}".</summary>
internal static class ChildRun
{
    public const string Marker = "RESULT ";

    public static void Emit<T>(T result, TextWriter output) => output.WriteLine(Marker + JsonSerializer.Serialize(result));

    public static T Run<T>(TextWriter output, params string[] args)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        // Under `dotnet NewsArchive.Bench.dll` the host is dotnet and needs the assembly; the apphost does not.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(ChildRun).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a child bench");
        string? result = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal)) result = line[Marker.Length..];
            else output.WriteLine("  " + line);
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"bench {string.Join(' ', args)} exited with {process.ExitCode}");
        return JsonSerializer.Deserialize<T>(result)!;
    }
}
