using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Import;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

public class IndexModel(ImportRunner runner, ArchiveImporter importer, ArchiveOptions options) : PageModel
{
    public ImportRunner.Status Status { get; private set; } = null!;
    public IReadOnlyList<ImportReport> Reports { get; private set; } = [];
    public string SeedsPath => options.SeedsPath;
    [TempData] public string? Message { get; set; }

    public void OnGet()
    {
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
