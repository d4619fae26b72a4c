using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Bench;

internal sealed record PeerResult(Dictionary<string, string[]> People, long Words, double WordsPerSecond);

/// <summary>Runs the compromise peer (node peer-people.mjs) on the same files, in this process's run.</summary>
internal static class PeerRunner
{
    public static PeerResult Run(string peerDirectory, IReadOnlyList<string> files, int repeat)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = peerDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("peer-people.mjs");
        start.ArgumentList.Add("--repeat");
        start.ArgumentList.Add(repeat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var file in files) start.ArgumentList.Add(Path.GetFullPath(file));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"peer exited with {process.ExitCode}: {stderr.Result}");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var people = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in root.GetProperty("people").EnumerateObject())
            people[file.Name] = file.Value.EnumerateArray().Select(n => n.GetString() ?? "").ToArray();
        return new PeerResult(people, root.GetProperty("words").GetInt64(), root.GetProperty("wordsPerSecond").GetDouble());
    }
}
