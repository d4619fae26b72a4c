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
            File.WriteAllText(path, file.EndsWith(".md", StringComparison.Ordinal) ? PeerFiles.TitleAndBody(text) : text);
            texts.Add(path);
        }
        var metadata = Path.Combine(corpus, "articles.yml");
        if (source == "seeds" && File.Exists(metadata)) File.Copy(metadata, Path.Combine(folder, "articles.yml"));
        return texts;
    }

    public static string PlainName(string file) => Path.ChangeExtension(file, ".txt");
}
