using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.PoliticalParties;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Parties;

public class DetailsModel(ArchiveDbContext db) : ArchivePageModel
{
    public PartyQueries.Detail Party { get; private set; } = null!;
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Party.ArticleCount + PartyQueries.ArticlesPerPage - 1) / PartyQueries.ArticlesPerPage);

    // "page" is also Razor Pages' own route value, so the query string is named explicitly.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var party = await PartyQueries.GetAsync(db, slug, Math.Max(pageNumber ?? 1, 1), HttpContext.RequestAborted);
        if (party is null) return NotFound();
        Party = party;
        PageNumber = Math.Max(pageNumber ?? 1, 1);
        if (PageNumber > PageCount) return NotFound();
        Meta = new PageMeta(PageNumber == 1 ? party.Name : $"{party.Name}, articles page {PageNumber}",
            $"{party.Name} in the London politics archive: {party.People.Count} people named with the party, its results in {party.Results.Count} elections, and {party.ArticleCount} articles.")
        {
            CanonicalPath = PageNumber == 1 ? $"/parties/{party.Slug}" : $"/parties/{party.Slug}?page={PageNumber}",
            Feed = new FeedLink($"/parties/{party.Slug}/feed.atom", $"NewsArchive: articles on {party.Name}"),
        };
        return Page();
    }
}
