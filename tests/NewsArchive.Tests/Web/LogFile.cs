using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>The app's rolling JSON log files (one event per line), read as an operator would.</summary>
public static class LogFile
{
    /// <summary>Every event written so far.</summary>
    public static IReadOnlyList<JsonElement> Events(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var events = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(folder, "*.log").Order())
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
                if (line.Length > 0) events.Add(JsonDocument.Parse(line).RootElement.Clone());
        }
        return events;
    }

    /// <summary>Waits (the file is written on a background thread) for an event from the given source whose
    /// message contains the text, and returns it.</summary>
    public static async Task<JsonElement> WaitForAsync(string folder, string sourceContext, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Events(folder).FirstOrDefault(e =>
                e.TryGetProperty("SourceContext", out var source) && source.GetString() == sourceContext
                && e.GetProperty("@m").GetString()!.Contains(text, StringComparison.Ordinal));
            if (found.ValueKind != JsonValueKind.Undefined) return found;
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"No log event from {sourceContext} containing '{text}' among the {Events(folder).Count} in {folder}");
            await Task.Delay(100);
        }
    }
}
