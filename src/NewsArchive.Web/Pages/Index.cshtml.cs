using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    /// <summary>Articles per page: the archive grows to hundreds of thousands.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<ArticleQueries.Summary> Articles { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    // "page" is also Razor Pages' own route value, so the query string is named explicitly.
    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber)
    {
        Total = await db.Articles.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        Articles = await ArticleQueries.ListAsync(db, PageSize, cancellationToken: HttpContext.RequestAborted, skip: (PageNumber - 1) * PageSize);
        Meta = PageMeta.Site with
        {
            Title = PageNumber == 1 ? "London politics news, as it was reported" : $"Articles, page {PageNumber} of {PageCount}",
            CanonicalPath = PageNumber == 1 ? "/" : $"/?page={PageNumber}",
        };
    }
}
