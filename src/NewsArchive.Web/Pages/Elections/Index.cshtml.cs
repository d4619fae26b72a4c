using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Elections;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    public IReadOnlyList<ElectionQueries.Summary> Elections { get; private set; } = [];

    public IEnumerable<IGrouping<int, ElectionQueries.Summary>> ByYear => Elections.GroupBy(e => e.Year).OrderByDescending(g => g.Key);

    public async Task OnGetAsync()
    {
        Elections = await ElectionQueries.ListAsync(db, HttpContext.RequestAborted);
        Meta = new PageMeta("Elections", $"The {Elections.Count} elections reported in the London politics archive, by year, with results sourced to the sentence.");
    }
}
