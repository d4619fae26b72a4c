namespace NewsArchive.Bench;

/// <summary>Hand annotations: one line per article, "file&lt;TAB&gt;name; name; ...", '#' for comments.</summary>
internal static class GoldFile
{
    public static Dictionary<string, string[]> Read(string path)
    {
        var gold = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new FormatException($"No tab in gold line: {line}");
            gold[line[..tab]] = line[(tab + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return gold;
    }
}
