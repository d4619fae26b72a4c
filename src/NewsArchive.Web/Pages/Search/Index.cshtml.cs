using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Search;

namespace NewsArchive.Web.Pages.Search;

public class IndexModel(ArchiveDbContext db, SearchQueries search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchQueries.Result Result { get; private set; } = null!;

    public async Task OnGetAsync() => Result = await search.SearchAsync(db, Query, HttpContext.RequestAborted);
}
