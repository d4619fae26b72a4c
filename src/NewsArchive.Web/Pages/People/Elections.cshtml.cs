using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Pages.Shared;

namespace NewsArchive.Web.Pages.People;

/// <summary>Every election articles report a person standing in: their page shows the newest in full and names a
/// few more (<see cref="ElectionLinks"/>), so the rest are here, a page at a time.</summary>
public class ElectionsModel(ArchiveDbContext db) : AllElectionsModel
{
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (person is null) return NotFound();
        return Show(new AllElections("Elections", person.Name, $"/people/{slug}", $"Elections in which articles report {person.Name} standing"),
            await ElectionQueries.AllForPersonAsync(db, person.Id, HttpContext.RequestAborted), pageNumber,
            $"Every election in which the London politics archive's articles report {person.Name} standing.");
    }
}
