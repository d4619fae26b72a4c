using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Import;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Admin;

public class IndexModel(ImportRunner runner, ArchiveImporter importer, SeedsFolder seeds) : ArchivePageModel
{
    public ImportRunner.Status Status { get; private set; } = null!;
    public IReadOnlyList<ImportReport> Reports { get; private set; } = [];
    public string SeedsPath => seeds.Path;
    [TempData] public string? Message { get; set; }

    public void OnGet()
    {
        Meta = new PageMeta("Admin", "Re-import the archive and read the import reports.") { NoIndex = true };
        Status = runner.Snapshot();
        Reports = importer.Reports.Recent();
    }

    public IActionResult OnPostImport()
    {
        runner.TryStart(out var message);
        Message = message;
        return RedirectToPage();
    }
}
