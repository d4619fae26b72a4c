using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Elections;

namespace NewsArchive.Web.Pages.Elections;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<ElectionQueries.Summary> Elections { get; private set; } = [];

    public IEnumerable<IGrouping<int, ElectionQueries.Summary>> ByYear => Elections.GroupBy(e => e.Year).OrderByDescending(g => g.Key);

    public async Task OnGetAsync() => Elections = await ElectionQueries.ListAsync(db, HttpContext.RequestAborted);
}
