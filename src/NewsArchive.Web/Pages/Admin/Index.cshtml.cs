using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Import;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Admin;

// Uploads may be a zip of a whole site; the importer's own limits apply to each file inside.
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public class IndexModel(ImportRunner runner, ArchiveImporter importer, SeedsFolder seeds, SeedUpload uploads) : ArchivePageModel
{
    public const long MaxUploadBytes = 512L * 1024 * 1024;

    public ImportRunner.Status Status { get; private set; } = null!;
    public IReadOnlyList<ImportReport> Reports { get; private set; } = [];
    public IReadOnlyList<UploadedFile>? LastUpload => runner.LastUpload;
    public string SeedsPath => seeds.Path;
    [TempData] public string? Message { get; set; }

    public void OnGet()
    {
        Meta = new PageMeta("Admin", "Re-import the archive and read the import reports.") { NoIndex = true };
        Status = runner.Snapshot();
        Reports = importer.Reports.Recent();
    }

    /// <summary><paramref name="allowEmpty"/> is the confirmation asked for when an import found no article.</summary>
    public IActionResult OnPostImport(bool allowEmpty = false)
    {
        runner.TryStart(out var message, allowEmpty);
        Message = message;
        return RedirectToPage();
    }

    public IActionResult OnPostUpload(List<IFormFile> files)
    {
        if (files.Count == 0) Message = "Choose one or more files, or a zip, to upload.";
        else if (runner.IsRunning) Message = "An import is running; upload again when it has finished. Nothing was saved.";
        else
        {
            IReadOnlyList<UploadedFile> saved;
            try
            {
                saved = uploads.Save(files.Select(f => (f.FileName, (Func<Stream>)f.OpenReadStream)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Message = $"The upload could not be saved into the seeds folder ({ex.Message}); the archive is unchanged.";
                return RedirectToPage();
            }
            var count = saved.Count(f => f.SavedAs is not null);
            if (count == 0)
            {
                runner.RememberUpload(saved);
                Message = $"No file was saved ({saved.Count} refused); the archive is unchanged.";
            }
            else
            {
                runner.TryStart(out var started, upload: saved);
                Message = $"{count} of {saved.Count} files saved into the seeds folder. {started}";
            }
        }
        return RedirectToPage();
    }
}
