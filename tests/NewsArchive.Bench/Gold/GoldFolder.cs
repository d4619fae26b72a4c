namespace NewsArchive.Bench.Gold;

/// <summary>Copies the annotated articles of one source into a folder of their own for the importer, as an
/// admin would give them, and writes a plain-text copy of each for the compromise peer.</summary>
internal static class GoldFolder
{
    public static IReadOnlyList<string> Prepare(string source, string corpus, IReadOnlyList<string> files, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var plain = folder + "-plain";
        if (Directory.Exists(plain)) Directory.Delete(plain, recursive: true);
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(plain);
        var texts = new List<string>();
        foreach (var file in files)
        {
            var from = Path.Combine(corpus, file);
            var text = File.ReadAllText(from);
            File.Copy(from, Path.Combine(folder, file));
            var path = Path.Combine(plain, PlainName(file));
            File.WriteAllText(path, file.EndsWith(".md", StringComparison.Ordinal) ? TitleAndBody(text) : text);
            texts.Add(path);
        }
        var metadata = Path.Combine(corpus, "articles.yml");
        if (source == "seeds" && File.Exists(metadata)) File.Copy(metadata, Path.Combine(folder, "articles.yml"));
        return texts;
    }

    public static string PlainName(string file) => Path.ChangeExtension(file, ".txt");

    /// <summary>A Markdown article as the peer should read it: the title line, then the body without front matter.</summary>
    private static string TitleAndBody(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return text;
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return text;
        var front = text[..end];
        var body = text[(text.IndexOf('\n', end + 4) + 1)..];
        return Field(front, "title") + "\n\n" + body;
    }

    /// <summary>A front matter field's text, written inline or folded onto the next line ("title: >").</summary>
    public static string Field(string front, string name)
    {
        var lines = front.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith(name + ":", StringComparison.Ordinal));
        if (at < 0) return "";
        var inline = lines[at][(name.Length + 1)..].Trim();
        if (inline is not (">" or "|" or ">-" or "|-" or "")) return inline.Trim('"', '\'');
        return string.Join(' ', lines.Skip(at + 1).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim()));
    }
}
