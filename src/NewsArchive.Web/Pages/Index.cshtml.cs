using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Web.Pages;

public class IndexModel(ArchiveDbContext db) : PageModel
{
    public sealed record ArticleSummary(string Slug, string Headline, DateOnly? PublishedOn, string? Source, int WordCount, string? Opening);

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.PublishedOn.HasValue).ThenByDescending(a => a.PublishedOn).ThenBy(a => a.Headline)
            .Select(a => new ArticleSummary(a.Slug, a.Headline, a.PublishedOn, a.Source, a.WordCount,
                a.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).OrderBy(p => p.Position).Select(p => p.Text).FirstOrDefault()))
            .ToListAsync();
    }
}
