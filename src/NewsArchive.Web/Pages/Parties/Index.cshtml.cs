using NewsArchive.Data;
using NewsArchive.PoliticalParties;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Parties;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    public IReadOnlyList<PartyQueries.Summary> Parties { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Parties = await PartyQueries.ListAsync(db, HttpContext.RequestAborted);
        Meta = new PageMeta("Parties", $"The {Parties.Count} political parties the London politics archive reports on, with their people, results and articles.");
    }
}
