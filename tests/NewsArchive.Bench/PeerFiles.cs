namespace NewsArchive.Bench;

/// <summary>What the compromise peer reads: plain text. A Markdown article is given to it as its title line, then
/// its body without the front matter; a text file as it is.</summary>
internal static class PeerFiles
{
    /// <summary>The name the peer reports a file by (its plain copy's), and the key both extractors are scored by.</summary>
    public static string PlainName(string file) => Path.GetFileName(Path.ChangeExtension(file, ".txt"));

    /// <summary>The files as the peer should read them: Markdown ones copied as plain text into a folder under
    /// <paramref name="work"/> (the system temp folder when null).</summary>
    public static IReadOnlyList<string> Plain(IReadOnlyList<string> files, string? work)
    {
        if (!files.Any(IsMarkdown)) return files;
        var folder = Path.Combine(work ?? Path.GetTempPath(), $"newsarchive-peer-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return files.Select(file =>
        {
            if (!IsMarkdown(file)) return file;
            var plain = Path.Combine(folder, PlainName(file));
            File.WriteAllText(plain, TitleAndBody(File.ReadAllText(file)));
            return plain;
        }).ToList();
    }

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>A Markdown article as the peer should read it: the title line, then the body without front matter.</summary>
    public static string TitleAndBody(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return text;
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return text;
        var front = text[..end];
        var body = text[(text.IndexOf('\n', end + 4) + 1)..];
        return Field(front, "title") + "\n\n" + body;
    }

    /// <summary>A front matter field's text, written inline or folded onto the next line ("title: >").</summary>
    private static string Field(string front, string name)
    {
        var lines = front.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (at < 0) return "";
        var inline = lines[at][(name.Length + 1)..].Trim();
        if (inline is not (">" or "|" or ">-" or "|-" or "")) return inline.Trim('"', '\'');
        return string.Join(' ', lines.Skip(at + 1).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim()));
    }
}
