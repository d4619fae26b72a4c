using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.PoliticalParties;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Parties;

public class DetailsModel(ArchiveDbContext db) : ArchivePageModel
{
    // The query reads only what the page shows (see PartyQueries); these name its bounds for the view and tests.
    public const int PeopleShown = PartyQueries.PeopleShown;
    public const int ResultsShown = PartyQueries.ResultsShown;
    public const int StandingsShown = PartyQueries.StandingsShown;

    public PartyQueries.Detail Party { get; private set; } = null!;
    public Pager Pager => new(Party.Articles.Number, Party.Articles.Count, $"Pages of articles on {Party.Name}", Pager.QueryPage($"/parties/{Party.Slug}"));

    // "page" is also Razor Pages' own route value, so the query string is named explicitly. A page number that is
    // not a number binds as none, page 1; one before the first or past the last is not found.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var party = await PartyQueries.GetAsync(db, slug, pageNumber ?? 1, HttpContext.RequestAborted);
        if (party is null || !party.Articles.Exists) return NotFound();
        Party = party;
        var page = party.Articles.Number;
        Meta = new PageMeta(page == 1 ? party.Name : $"{party.Name}, articles page {page}",
            $"{party.Name} in the London politics archive: {party.PeopleCount} people named with the party, its results in {party.ElectionCount} elections, and {party.ArticleCount} articles.")
        {
            CanonicalPath = Pager.PathFor(page),
            Feed = new FeedLink($"/parties/{party.Slug}/feed.atom", $"NewsArchive: articles on {party.Name}"),
        };
        return Page();
    }
}
