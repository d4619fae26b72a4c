using System.Text;
using NewsArchive.Import;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Where an uploaded file may go in the seeds folder: a relative path of plain folder and file names, of a
/// kind the importer reads. A name from a browser or a zip is never trusted: absolute paths, drive letters,
/// "..", hidden names and control characters are refused, so nothing can be written outside the folder.
/// </summary>
public static class UploadPath
{
    public const string Kinds = ".txt, .md, .markdown, .html, .htm, articles.yml, curation.yml, or a .zip of them";

    /// <summary>The checked relative path ('/' between folders, Unicode in its composed form), or why not.</summary>
    public static (string? Path, string? Refusal) Check(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return (null, "no file name");
        var path = name.Replace('\\', '/').Normalize(NormalizationForm.FormC);
        if (path.StartsWith('/') || path.Length > 1 && path[1] == ':') return (null, "an absolute path; only names inside the seeds folder are accepted");
        var segments = path.Split('/');
        if (segments.Length > FolderWalker.MaxDepth) return (null, $"nested more than {FolderWalker.MaxDepth} folders deep");
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..") return (null, "a path that climbs out of its folder or has an empty part");
            if (segment.StartsWith('.')) return (null, "a hidden name (starting with '.')");
            if (segment.Any(c => char.IsControl(c) || c == ':')) return (null, "a name with control characters or ':'");
            if (Encoding.UTF8.GetByteCount(segment) > 255) return (null, "a name longer than 255 bytes");
        }
        var file = segments[^1];
        var known = SeedFolderReader.IsArticleFile(file) || file is MetadataReader.FolderFileName
            || file is CurationReader.FileName && segments.Length == 1;
        return known ? (path, null) : (null, $"not a kind of file the importer reads ({Kinds})");
    }

    /// <summary>The most bytes a file of this name may have: the importer's own limit for it.</summary>
    public static long LimitFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => SeedFolderReader.MaxPageBytes,
            ".yml" => SeedFolderReader.MaxMetadataBytes,
            _ => SeedFolderReader.MaxFileBytes,
        };
}
