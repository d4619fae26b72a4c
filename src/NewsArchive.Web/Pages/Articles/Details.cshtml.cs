using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Articles;

public class DetailsModel(ArchiveDbContext db) : ArchivePageModel
{
    public ArticleQueries.Detail Article { get; private set; } = null!;
    public IReadOnlyList<ElectionQueries.ElectionLink> Elections { get; private set; } = [];
    /// <summary>The people the story is about (headline, opening paragraphs), then everyone else it names.</summary>
    public IReadOnlyList<ArticleQueries.PersonView> About { get; private set; } = [];
    public IReadOnlyList<ArticleQueries.PersonView> AlsoNamed { get; private set; } = [];

    public IEnumerable<(string Label, IReadOnlyList<ArticleQueries.PersonView> People)> PeopleGroups =>
        new[] { ("The story is about", About), (About.Count > 0 ? "Also named" : "Named", AlsoNamed) }.Where(g => g.Item2.Count > 0);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var article = await ArticleQueries.GetForPageAsync(db, slug, HttpContext.RequestAborted);
        if (article is null)
            return await ArticleQueries.IsRetiredAsync(db, slug, HttpContext.RequestAborted) ? StatusCode(StatusCodes.Status410Gone) : NotFound();
        Article = article;
        Elections = await ArticleProminence.ElectionsAsync(db, article, HttpContext.RequestAborted);
        (About, AlsoNamed) = ArticleProminence.People(article);
        var opening = article.Standfirst ?? article.Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Body)?.Text ?? article.Headline;
        var description = Excerpt.Of(opening, 155);
        Meta = new PageMeta(article.Headline, description)
        {
            OpenGraphType = "article",
            StructuredData = StructuredData.NewsArticle(article, SiteUrl.Absolute(Request, Request.Path), description),
            // A draft stays readable in the archive but is not offered to search engines as published news.
            NoIndex = article.IsDraft,
        };
        return Page();
    }

    public IEnumerable<IGrouping<int, ArticleQueries.ParagraphView>> Sections => Article.Paragraphs.GroupBy(p => p.Section);
}
