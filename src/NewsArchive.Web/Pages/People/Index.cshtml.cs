using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.People;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.People;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    public IReadOnlyList<PersonQueries.Summary> People { get; private set; } = [];

    /// <summary>People grouped A–Z by the first letter of their surname.</summary>
    public IEnumerable<IGrouping<char, PersonQueries.Summary>> ByLetter =>
        People.GroupBy(p => char.ToUpperInvariant(Text.Slug.FoldToAscii(p.SortName).FirstOrDefault(char.IsLetter)));

    public async Task OnGetAsync()
    {
        People = await PersonQueries.ListAsync(db, HttpContext.RequestAborted);
        Meta = new PageMeta("People", $"The {People.Count} people named in the London politics archive, A–Z by surname, with their parties and how often they appear.");
    }
}
