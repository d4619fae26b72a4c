using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Articles;

/// <summary>The reads behind the article pages and the articles API, so both show the same data.</summary>
public static class ArticleQueries
{
    /// <summary>A paragraph: its plain text, its Markdown when the article was Markdown, and its HTML as the page
    /// shows it (<see cref="ParagraphHtml"/>).</summary>
    public sealed record ParagraphView(int Position, int Section, ParagraphKind Kind, string Text, string? Markdown = null, string? Html = null);

    public sealed record PersonView(string Slug, string Name, int Mentions);

    /// <summary>Words the article quotes someone as saying, with the speaker, the paragraph and the sentence.</summary>
    public sealed record QuoteView(string PersonSlug, string Speaker, string Text, int Paragraph, string Context);

    public sealed record Detail(
        int Id, string Slug, string Headline, bool HeadlineDerived, DateOnly? PublishedOn, string? Source, int WordCount,
        bool IsMarkdown, IReadOnlyList<ParagraphView> Paragraphs, IReadOnlyList<PersonView> People, IReadOnlyDictionary<string, int> FirstParagraphs)
    {
        public IReadOnlyList<QuoteView> Quotes { get; init; } = [];
        public DateTimeOffset? PublishedAt { get; init; }
        public IReadOnlyList<string> Authors { get; init; } = [];
        public string? Standfirst { get; init; }
        public IReadOnlyList<string> Categories { get; init; } = [];
        public IReadOnlyList<string> Tags { get; init; } = [];
        public bool IsDraft { get; init; }
    }

    public sealed record Summary(string Slug, string Headline, DateOnly? PublishedOn, string? Source, int WordCount, string? Opening)
    {
        public IReadOnlyList<string> Authors { get; init; } = [];
    }

    /// <summary>Articles newest first (undated last), optionally only those naming one person.</summary>
    public static async Task<List<Summary>> ListAsync(ArchiveDbContext db, int? limit = null, string? personSlug = null, CancellationToken cancellationToken = default, int skip = 0)
    {
        if (personSlug is null) return await ListAsync(db.Articles.AsNoTracking(), limit, skip, cancellationToken);
        // A page of one person's articles is a range of their appearances' index (PersonId, ArticleOrder, the
        // articles' ListOrder copied when the archive was built). Taken from the archive's articles and sorted by
        // ListOrder, every article of theirs was read, with its opening paragraph, and sorted to keep 20: up to
        // 34 ms for a person named in 6,909 of 100,000 articles, behind a search for their name mistyped. The
        // person is looked up as a value, not joined: PostgreSQL does not see that a join to one person keeps
        // the index's order, and read all 6,909 appearances to sort them.
        var person = db.People.Where(p => p.Slug == personSlug).Select(p => p.Id);
        var theirs = db.Appearances.Where(x => x.PersonId == person.FirstOrDefault()).OrderBy(x => x.ArticleOrder).Select(x => x.Article);
        return await PageAsync(theirs.AsNoTracking(), limit, skip, cancellationToken);
    }

    /// <summary>The given articles newest first (undated last; <see cref="Article.ListOrder"/>), as summaries: one page of them when limited.</summary>
    public static Task<List<Summary>> ListAsync(IQueryable<Article> articles, int? limit, int skip, CancellationToken cancellationToken = default) =>
        PageAsync(articles.OrderBy(a => a.ListOrder), limit, skip, cancellationToken);

    /// <summary>Articles already in the order shown, as summaries: one page of them when limited.</summary>
    private static async Task<List<Summary>> PageAsync(IQueryable<Article> ordered, int? limit, int skip, CancellationToken cancellationToken)
    {
        var summaries = ordered
            .Select(a => new
            {
                a.Slug, a.Headline, a.PublishedOn, a.Source, a.WordCount, a.Authors,
                Opening = a.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).OrderBy(p => p.Position).Select(p => p.Text).FirstOrDefault(),
            });
        var page = skip > 0 ? summaries.Skip(skip) : summaries;
        var rows = await (limit is { } n ? page.Take(n) : page).ToListAsync(cancellationToken);
        return rows.Select(a => new Summary(a.Slug, a.Headline, a.PublishedOn, a.Source, a.WordCount, a.Opening) { Authors = Article.SplitLines(a.Authors) }).ToList();
    }

    /// <summary>True when an article once had this slug and was removed from the archive.</summary>
    public static Task<bool> IsRetiredAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default) =>
        db.RetiredArticles.AnyAsync(r => r.Slug == slug, cancellationToken);

    /// <summary>The article with its quotes, for the API.</summary>
    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        if (await ArticleRows.ReadAsync(db, slug, cancellationToken) is not { } article) return null;
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == article.Id).OrderBy(q => q.Paragraph).ThenBy(q => q.Id)
            .Join(db.People, q => q.PersonId, p => p.Id, (q, p) => new QuoteView(p.Slug, p.Name, q.Text, q.Paragraph, q.Context))
            .ToListAsync(cancellationToken);
        return article with { Quotes = quotes };
    }

    /// <summary>The article as its page shows it: paragraphs with their HTML and people, without the quotes. Plain SQL
    /// on the request's connection, read on every uncached visit (<see cref="ArticleRows"/>).</summary>
    public static Task<Detail?> GetForPageAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default) =>
        ArticleRows.ReadAsync(db, slug, cancellationToken);
}
