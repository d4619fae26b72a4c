using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    public IReadOnlyList<ArticleQueries.Summary> Articles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Articles = await ArticleQueries.ListAsync(db, cancellationToken: HttpContext.RequestAborted);
        Meta = PageMeta.Site with { Title = "London politics news, as it was reported" };
    }
}
