namespace NewsArchive.Import;

/// <summary>
/// Reads article metadata in its two documented forms: a folder's <c>articles.yml</c>, keyed by file name,
/// and YAML front matter at the top of a Markdown article. A bad field or entry is a warning; only a file
/// that is not YAML at all, or not a mapping, is refused whole (<see cref="FormatException"/>).
/// </summary>
public static class MetadataReader
{
    public const string FolderFileName = "articles.yml";
    /// <summary>Front matter is a few dozen fields; more than this is not metadata.</summary>
    public const int MaxFrontMatterBytes = 64 * 1024;

    /// <summary>Parses a folder file. Names are returned as written, relative to the folder holding the file.</summary>
    public static IReadOnlyDictionary<string, ArticleMetadata> ReadFolderFile(string yaml, List<ImportWarning>? warnings = null)
    {
        // The entries' warnings count only if the whole file is read: a file refused later says so alone.
        var entryWarnings = new List<ImportWarning>();
        var result = SafeYaml.Read(yaml, parser => ArticlesFileReader.Read(parser, entryWarnings));
        warnings?.AddRange(entryWarnings);
        return result;
    }

    /// <summary>Splits YAML front matter (between two '---' lines) from a Markdown article. Front matter that
    /// cannot be read costs the article its metadata, with a warning, never its text.</summary>
    public static (ArticleMetadata Metadata, string Body) SplitFrontMatter(string text, string fileName, List<ImportWarning>? warnings = null)
    {
        warnings ??= [];
        var normalised = text.TrimStart('\uFEFF');
        if (!normalised.StartsWith("---\n") && !normalised.StartsWith("---\r\n")) return (ArticleMetadata.None, text);
        var open = normalised.IndexOf('\n') + 1;
        var end = ClosingLine(normalised, open);
        if (end < 0)
        {
            warnings.Add(new ImportWarning(fileName, "front matter opened with '---' is never closed; the file is read as text without metadata"));
            return (ArticleMetadata.None, normalised[open..]);
        }
        var yaml = normalised[open..end];
        var afterClose = normalised.IndexOf('\n', end);
        var body = afterClose < 0 ? "" : normalised[(afterClose + 1)..];
        if (yaml.Length > MaxFrontMatterBytes)
        {
            warnings.Add(new ImportWarning(fileName, $"front matter of {yaml.Length:N0} characters (the limit is {MaxFrontMatterBytes:N0}); imported without it"));
            return (ArticleMetadata.None, body);
        }
        try
        {
            var fields = SafeYaml.LoadMapping(yaml, "front matter");
            return (fields is null ? ArticleMetadata.None : MetadataFields.Read(fields, fileName, warnings), body);
        }
        catch (FormatException ex)
        {
            warnings.Add(new ImportWarning(fileName, $"front matter ignored, the article imported without it: {ex.Message}"));
            return (ArticleMetadata.None, body);
        }
    }

    /// <summary>Where the line that closes the front matter ("---" or "...", alone on its line) starts.</summary>
    private static int ClosingLine(string text, int from)
    {
        for (var line = from; line < text.Length;)
        {
            var next = text.IndexOf('\n', line);
            var content = (next < 0 ? text[line..] : text[line..next]).TrimEnd('\r', ' ', '\t');
            if (content is "---" or "...") return line;
            if (next < 0) break;
            line = next + 1;
        }
        return -1;
    }
}
