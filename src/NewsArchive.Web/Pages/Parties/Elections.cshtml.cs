using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.PoliticalParties;
using NewsArchive.Web.Pages.Shared;

namespace NewsArchive.Web.Pages.Parties;

/// <summary>Every election with a result for a party: its page shows the newest with their standings and names a
/// few more (<see cref="ElectionLinks"/>), so the rest are here, a page at a time.</summary>
public class ElectionsModel(ArchiveDbContext db) : AllElectionsModel
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        if (PartyQueries.Find(slug) is not { } party) return NotFound();
        return Show(new AllElections("Party", party.Name, $"/parties/{slug}", $"Elections with a result for {party.Name}"),
            await PartyQueries.ElectionsAsync(db, party.Name, HttpContext.RequestAborted), pageNumber,
            $"Every election with a result for {party.Name} in the London politics archive.");
    }
}
