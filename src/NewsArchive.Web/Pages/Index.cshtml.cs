using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

public class IndexModel(ArchiveDbContext db) : ArchivePageModel
{
    /// <summary>Articles per page: the archive grows to hundreds of thousands.</summary>
    public const int PageSize = 50;

    public sealed record Facet(string Label, string? Value, int Count);

    public IReadOnlyList<ArticleQueries.Summary> Articles { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Paging.PageCount(Total, PageSize);
    public Pager Pager => new(PageNumber, PageCount, "Pages of articles", n => PathFor(n));
    public int? Year { get; private set; }
    public string? Source { get; private set; }
    public IReadOnlyList<Facet> Years { get; private set; } = [];
    public IReadOnlyList<Facet> Sources { get; private set; } = [];

    /// <summary>The newest article leads the front page, with its opening paragraph; not on later pages or a filtered list.</summary>
    public bool HasLead => PageNumber == 1 && Year is null && Source is null && Articles.Count > 0;

    // "page" is also Razor Pages' own route value, so the query string is named explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "year")] int? year, [FromQuery(Name = "source")] string? source)
    {
        var ct = HttpContext.RequestAborted;
        Year = year is >= 1 and <= 9999 ? year : null;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        var articles = db.Articles.AsNoTracking();
        if (Year is { } y) articles = articles.Where(a => a.PublishedOn >= new DateOnly(y, 1, 1) && a.PublishedOn <= new DateOnly(y, 12, 31));
        if (Source is { } s) articles = articles.Where(a => a.Source == s);
        // Unfiltered, the count is the last place in the archive's list order (numbered 1 to N when it was built):
        // one step of an index, not a count of every article.
        Total = Year is null && Source is null ? await db.Articles.MaxAsync(a => (int?)a.ListOrder, ct) ?? 0 : await articles.CountAsync(ct);
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        Articles = await ArticleQueries.ListAsync(articles, PageSize, (PageNumber - 1) * PageSize, ct);

        // From the counts made when the archive was built: a few hundred rows, not every article's date and source.
        var months = await db.MonthCounts.AsNoTracking().Select(m => new { m.Month, m.Articles }).ToListAsync(ct);
        Years = months.GroupBy(m => m.Month / 100, m => m.Articles).OrderByDescending(g => g.Key)
            .Select(g => YearFacet(g.Key, g.Sum())).ToList();
        Sources = (await db.SourceCounts.AsNoTracking().Select(s => new { s.Source, s.Articles }).ToListAsync(ct))
            .OrderByDescending(s => s.Articles).ThenBy(s => s.Source, StringComparer.Ordinal).Take(20).Select(s => new Facet(s.Source, s.Source, s.Articles)).ToList();

        var filter = Year is not null ? $"from {Year}" : Source is not null ? $"from {Source}" : null;
        Meta = PageMeta.Site with
        {
            Title = filter is null && PageNumber == 1 ? "London politics news, as it was reported"
                : $"Articles{(filter is null ? "" : " " + filter)}{(PageNumber > 1 ? $", page {PageNumber} of {PageCount}" : "")}",
            CanonicalPath = PathFor(PageNumber),
        };
    }

    private static Facet YearFacet(int year, int articles)
    {
        var label = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Facet(label, label, articles);
    }

    /// <summary>This list's address at another page, keeping the year or source chosen.</summary>
    public string PathFor(int page, int? year = -1, string? source = "\0")
    {
        var query = new Dictionary<string, string?>();
        var y = year == -1 ? Year : year;
        var s = source == "\0" ? Source : source;
        if (y is not null) query["year"] = y.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (s is not null) query["source"] = s;
        if (page > 1) query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/", query);
    }
}
