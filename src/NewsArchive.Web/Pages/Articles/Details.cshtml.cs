using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Web.Pages.Articles;

public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public sealed record ParagraphView(int Section, ParagraphKind Kind, string Text);

    public sealed record ArticleView(
        string Slug, string Headline, bool HeadlineDerived, DateOnly? PublishedOn, string? Source, int WordCount,
        bool IsMarkdown, IReadOnlyList<ParagraphView> Paragraphs);

    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(a.Slug, a.Headline, a.HeadlineDerived, a.PublishedOn, a.Source, a.WordCount, a.IsMarkdown,
                a.Paragraphs.OrderBy(p => p.Position).Select(p => new ParagraphView(p.Section, p.Kind, p.Text)).ToList()))
            .SingleOrDefaultAsync();
        if (article is null) return NotFound();
        Article = article;
        return Page();
    }

    public IEnumerable<IGrouping<int, ParagraphView>> Sections => Article.Paragraphs.GroupBy(p => p.Section);
}
