using System.Security.Cryptography;
using System.Text;

namespace NewsArchive.Import;

/// <summary>
/// Reads every article in a folder and its subfolders: plain text (.txt), Markdown (.md, .markdown) and saved
/// web pages (.html, .htm), with the metadata in each folder's articles.yml. Every file comes out as an
/// article or as a warning saying why not; a file can cost itself, never the import. Files are read and
/// parsed in parallel and returned in path order, so the result is the same on every run.
/// </summary>
public static class SeedFolderReader
{
    public const long MaxFileBytes = 2 * 1024 * 1024;
    /// <summary>Saved pages carry their scripts and styles, so they may be larger than the text they hold.</summary>
    public const long MaxPageBytes = 8 * 1024 * 1024;
    public const long MaxMetadataBytes = 64 * 1024 * 1024;
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static readonly Dictionary<string, ArticleFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = ArticleFormat.Text, [".md"] = ArticleFormat.Markdown, [".markdown"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html, [".htm"] = ArticleFormat.Html,
    };

    /// <summary>True for a file name the importer reads as an article.</summary>
    public static bool IsArticleFile(string name) => Formats.ContainsKey(Path.GetExtension(name));

    public static (List<SourceArticle> Articles, List<ImportWarning> Warnings) Read(string folder, CancellationToken cancellationToken = default)
    {
        var seeds = SeedFolder.Open(folder);
        var articles = new List<SourceArticle>();
        var warnings = new List<ImportWarning>(seeds.LeadingWarnings);
        foreach (var read in seeds.Read((_, article) => article, null, "Reading articles", cancellationToken))
        {
            if (read.Article is not null) articles.Add(read.Value!);
            warnings.AddRange(read.Warnings);
        }
        warnings.AddRange(seeds.TrailingWarnings);
        return (articles, warnings);
    }

    /// <summary>Every folder's articles.yml, keyed by the described file's path from the seeds folder.</summary>
    internal static Dictionary<string, ArticleMetadata> ReadFolderMetadata(List<FolderFile> files, List<ImportWarning> warnings)
    {
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        // A publisher is named in thousands of entries; kept once, not once per article, for the whole import.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => Path.GetFileName(f.RelativePath) == MetadataReader.FolderFileName))
        {
            var prefix = file.RelativePath[..^MetadataReader.FolderFileName.Length];
            var fileWarnings = new List<ImportWarning>();
            try
            {
                var (text, refusal) = ReadText(file.FullPath, MaxMetadataBytes);
                if (refusal is not null) throw new FormatException(refusal);
                foreach (var (name, fields) in MetadataReader.ReadFolderFile(text!, fileWarnings))
                    result[prefix + name] = fields.Source is { } source && !sources.TryAdd(source, source) ? fields with { Source = sources[source] } : fields;
            }
            catch (FormatException ex)
            {
                fileWarnings.Add(new ImportWarning(MetadataReader.FolderFileName, $"ignored, articles imported without it: {ex.Message}"));
            }
            warnings.AddRange(fileWarnings.Select(w => w with { File = file.RelativePath }));
        }
        return result;
    }

    /// <summary>A whole file as UTF-8 text, or why it cannot be.</summary>
    internal static (string? Text, string? Refusal) ReadText(string path, long maxBytes)
    {
        var (bytes, refusal) = FileBytes.Read(path, maxBytes);
        return bytes is null ? (null, refusal) : Decode(bytes);
    }

    internal static (string? Text, string? Refusal) Decode(byte[] bytes)
    {
        if (bytes.Length == 0) return (null, "empty file");
        if (Array.IndexOf(bytes, (byte)0) >= 0) return (null, "binary file (contains NUL bytes), not text");
        try
        {
            var text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            return string.IsNullOrWhiteSpace(text) ? (null, "contains only white space (or a byte-order mark)") : (text, null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"not valid UTF-8 (first bad byte at offset {ex.Index})");
        }
    }

    internal static string Hash(byte[] bytes, ArticleMetadata metadata) =>
        Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. Encoding.UTF8.GetBytes(metadata.Fingerprint())]));
}
