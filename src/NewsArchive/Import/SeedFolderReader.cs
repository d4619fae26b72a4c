using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Import;

/// <summary>
/// Reads every .txt and .md article in a folder. A file that cannot be used (empty, binary, not UTF-8,
/// too large, unreadable, bad front matter) is reported and skipped; the others are still read.
/// </summary>
public static class SeedFolderReader
{
    public const long MaxFileBytes = 2 * 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (List<SourceArticle> Articles, List<ImportWarning> Warnings) Read(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The seeds folder '{folder}' does not exist.");

        var warnings = new List<ImportWarning>();
        var metadata = ReadFolderMetadata(folder, warnings);
        var articles = new List<SourceArticle>();
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var (article, problem) = ReadOne(path, name, metadata.GetValueOrDefault(name) ?? ArticleMetadata.None);
            if (article is not null) articles.Add(article);
            else warnings.Add(new ImportWarning(name, problem!));
        }
        var present = articles.Select(a => a.FileName).Concat(warnings.Select(w => w.File)).ToHashSet(StringComparer.Ordinal);
        foreach (var listed in metadata.Keys.Where(k => !present.Contains(k)))
            warnings.Add(new ImportWarning(MetadataReader.FolderFileName, $"describes '{listed}', which is not in the folder"));
        return (articles, warnings);
    }

    private static IReadOnlyDictionary<string, ArticleMetadata> ReadFolderMetadata(string folder, List<ImportWarning> warnings)
    {
        var path = Path.Combine(folder, MetadataReader.FolderFileName);
        if (!File.Exists(path)) return new Dictionary<string, ArticleMetadata>();
        try
        {
            return MetadataReader.ReadFolderFile(File.ReadAllText(path, StrictUtf8));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            warnings.Add(new ImportWarning(MetadataReader.FolderFileName, $"ignored, articles imported without it: {ex.Message}"));
            return new Dictionary<string, ArticleMetadata>();
        }
    }

    private static (SourceArticle? Article, string? Problem) ReadOne(string path, string name, ArticleMetadata folderMetadata)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes) return (null, $"too large ({length:N0} bytes; the limit is {MaxFileBytes:N0})");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }

        if (bytes.Length == 0) return (null, "empty file");
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "binary file (contains NUL bytes), not text");
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"not valid UTF-8 (first bad byte at offset {ex.Index})");
        }
        if (string.IsNullOrWhiteSpace(text)) return (null, "contains only white space");

        var isMarkdown = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var metadata = folderMetadata;
        if (isMarkdown)
        {
            try
            {
                var (front, body) = MetadataReader.SplitFrontMatter(text, name);
                metadata = front.Over(folderMetadata);
                text = body;
            }
            catch (FormatException ex)
            {
                return (null, $"bad front matter: {ex.Message}");
            }
        }
        return (new SourceArticle(name, text, isMarkdown, metadata, Hash(bytes, metadata)), null);
    }

    private static string Hash(byte[] bytes, ArticleMetadata metadata)
    {
        var meta = Encoding.UTF8.GetBytes($"\n{metadata.Published:O}\n{metadata.Source}\n{metadata.Headline}");
        return Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. meta]));
    }
}
