using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Web.Pages.People;

public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public PersonQueries.Detail Person { get; private set; } = null!;
    public IReadOnlyList<ElectionQueries.PersonCandidacy> Elections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var person = await PersonQueries.GetAsync(db, slug, HttpContext.RequestAborted);
        if (person is null) return NotFound();
        Person = person;
        Elections = await ElectionQueries.ForPersonAsync(db, slug, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Distinct values with every source that states them: disagreeing articles are all shown.</summary>
    public static IEnumerable<IGrouping<string, PersonQueries.Fact>> Grouped(IReadOnlyList<PersonQueries.Fact> facts) =>
        facts.GroupBy(f => f.Value);
}
