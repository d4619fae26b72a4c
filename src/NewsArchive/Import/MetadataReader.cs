using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Import;

/// <summary>
/// Reads article metadata in its two documented forms: the folder's <c>articles.yml</c>, keyed by file
/// name, and YAML front matter at the top of a <c>.md</c> article.
/// </summary>
public static class MetadataReader
{
    public const string FolderFileName = "articles.yml";

    /// <summary>Parses the folder file. Throws <see cref="FormatException"/> with the reason when it is malformed.</summary>
    public static IReadOnlyDictionary<string, ArticleMetadata> ReadFolderFile(string yaml)
    {
        var root = LoadMapping(yaml);
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        if (root is null) return result;
        if (!root.Children.TryGetValue(new YamlScalarNode("articles"), out var articles)) return result;
        if (articles is not YamlMappingNode byFile)
            throw new FormatException("'articles' must map file names to their metadata");
        foreach (var (key, value) in byFile.Children)
        {
            var fileName = ((YamlScalarNode)key).Value ?? "";
            if (value is not YamlMappingNode fields)
                throw new FormatException($"the entry for '{fileName}' must be a mapping of fields");
            result[fileName] = FromFields(fields, fileName);
        }
        return result;
    }

    /// <summary>Splits YAML front matter (between two '---' lines) from a Markdown article.</summary>
    public static (ArticleMetadata Metadata, string Body) SplitFrontMatter(string text, string fileName)
    {
        var normalised = text.TrimStart('\uFEFF');
        if (!normalised.StartsWith("---\n") && !normalised.StartsWith("---\r\n")) return (ArticleMetadata.None, text);
        var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) throw new FormatException("front matter opened with '---' is never closed");
        var yaml = normalised[(normalised.IndexOf('\n') + 1)..end];
        var afterClose = normalised.IndexOf('\n', end + 4);
        var body = afterClose < 0 ? "" : normalised[(afterClose + 1)..];
        var fields = LoadMapping(yaml);
        return (fields is null ? ArticleMetadata.None : FromFields(fields, fileName), body);
    }

    private static YamlMappingNode? LoadMapping(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new FormatException($"invalid YAML at line {ex.Start.Line}: {ex.Message}", ex);
        }
        if (stream.Documents.Count == 0) return null;
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new FormatException("the metadata must be a mapping of fields");
    }

    private static ArticleMetadata FromFields(YamlMappingNode fields, string fileName)
    {
        string? Field(string name) =>
            fields.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value)
                ? scalar.Value.Trim()
                : null;

        DateOnly? published = null;
        if (Field("published") is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                throw new FormatException($"'{fileName}': published '{date}' is not a date in the form YYYY-MM-DD");
            published = parsed;
        }
        return new ArticleMetadata(published, Field("source"), Field("headline"));
    }
}
