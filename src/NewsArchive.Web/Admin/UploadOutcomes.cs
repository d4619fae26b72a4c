using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Web.Admin;

/// <summary>Says what each uploaded file became once the re-import has run: an article (with its headline and
/// address), a file the importer skipped and why, or metadata it read.</summary>
public static class UploadOutcomes
{
    public static async Task<IReadOnlyList<UploadedFile>> DescribeAsync(IReadOnlyList<UploadedFile> upload, ImportReport report, ArchiveDatabase database)
    {
        var saved = upload.Where(u => u.SavedAs is not null).Select(u => u.SavedAs!).ToList();
        var articles = new Dictionary<string, (string Slug, string Headline)>(StringComparer.Ordinal);
        if (report.Succeeded && saved.Count > 0)
        {
            await using var context = database.OpenContext();
            foreach (var a in await context.Articles.AsNoTracking().Where(a => saved.Contains(a.FileName)).Select(a => new { a.FileName, a.Slug, a.Headline }).ToListAsync())
                articles[a.FileName] = (a.Slug, a.Headline);
        }
        var warnings = report.Warnings.ToLookup(w => w.File, StringComparer.Ordinal);
        return upload.Select(u => u.SavedAs is not { } path ? u : u with { Outcome = Describe(path, report, articles, warnings[path].ToList()) }).ToList();
    }

    private static string Describe(string path, ImportReport report, Dictionary<string, (string Slug, string Headline)> articles, List<ImportWarning> warnings)
    {
        if (!report.Succeeded) return $"saved, but the import did not publish: {report.Error}";
        if (warnings.FirstOrDefault(w => w.Skipped) is { } skipped) return $"saved, not imported: {skipped.Reason}";
        var notes = warnings.Count == 0 ? "" : $" ({string.Join("; ", warnings.Select(w => w.Reason))})";
        if (articles.TryGetValue(path, out var article)) return $"imported as “{article.Headline}” at /articles/{article.Slug}{notes}";
        return Path.GetFileName(path) is MetadataReader.FolderFileName or CurationReader.FileName ? $"read as the folder's metadata{notes}" : $"saved{notes}";
    }
}
