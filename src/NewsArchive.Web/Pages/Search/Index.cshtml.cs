using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Search;
using NewsArchive.Web.Rendering;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsArchive.Web.Pages.Search;

public class IndexModel(ArchiveDbContext db, SearchQueries search) : ArchivePageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchQueries.Result Result { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Result = await search.SearchAsync(db, Query, HttpContext.RequestAborted);
        Meta = Result.Query.Length == 0
            ? new PageMeta("Search", "Search the London politics archive for a politician by name, typos included, or for words in its articles.")
            : new PageMeta($"Search: {Result.Query}", $"People, parties, elections and articles in the London politics archive matching “{Result.Query}”.")
            {
                CanonicalPath = QueryHelpers.AddQueryString("/search", "q", Result.Query),
            };
    }
}
