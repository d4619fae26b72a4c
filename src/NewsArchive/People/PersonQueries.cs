using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.People;

/// <summary>The reads behind the people pages and the people API, so both show the same data.</summary>
public static class PersonQueries
{
    public sealed record Summary(string Slug, string Name, string SortName, IReadOnlyList<string> Aliases, IReadOnlyList<string> Parties, int ArticleCount, int MentionCount);

    public sealed record Source(string ArticleSlug, string Headline, DateOnly? PublishedOn, string Sentence);

    /// <summary>A stated value and the sentence stating it; no source when the archive's editors set it.</summary>
    public sealed record Fact(string Value, Source? Source);

    public sealed record ArticleMention(string Slug, string Headline, DateOnly? PublishedOn, string? PublisherSource, int Mentions, string FirstMention);

    /// <summary>A quote with the sentence it stands in and the paragraph to link to.</summary>
    public sealed record QuoteView(string Text, string Context, int Paragraph, string ArticleSlug, string Headline, DateOnly? PublishedOn);

    public sealed record Detail(
        string Slug, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Fact> Parties, IReadOnlyList<Fact> Roles,
        int ArticleCount, IReadOnlyList<ArticleMention> Articles, IReadOnlyList<QuoteView> Quotes);

    public static async Task<IReadOnlyList<Summary>> ListAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.Slug, p.Name, p.SortName, p.EditorParty, Articles = p.Appearances.Count, Mentions = p.Appearances.Sum(a => a.MentionCount) })
            .ToListAsync(cancellationToken);
        var aliases = (await db.PersonAliases.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.PersonId, a.Text }).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => a.Text);
        var parties = (await db.Affiliations.AsNoTracking().Select(a => new { a.PersonId, a.Party }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId, a => a.Party);
        return people
            .Select(p => new Summary(p.Slug, p.Name, p.SortName, aliases[p.Id].ToList(),
                (p.EditorParty is null ? [] : new[] { p.EditorParty }).Concat(parties[p.Id].Order(StringComparer.Ordinal)).Distinct().ToList(),
                p.Articles, p.Mentions))
            .OrderBy(p => p.SortName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>How many articles and quotes a person page lists, newest first; the counts are always whole.</summary>
    public const int Shown = 100;

    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.EditorParty, Aliases = p.Aliases.OrderBy(a => a.Id).Select(a => a.Text).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return null;

        var parties = await db.Affiliations.AsNoTracking().Where(a => a.PersonId == person.Id)
            .OrderBy(a => a.Party).ThenBy(a => a.Article.PublishedOn)
            .Select(a => new Fact(a.Party, new Source(a.Article.Slug, a.Article.Headline, a.Article.PublishedOn, a.Sentence)))
            .ToListAsync(cancellationToken);
        if (person.EditorParty is not null) parties.Insert(0, new Fact(person.EditorParty, null));
        var roles = await db.Roles.AsNoTracking().Where(r => r.PersonId == person.Id)
            .OrderBy(r => r.Role).ThenBy(r => r.Article.PublishedOn)
            .Select(r => new Fact(r.Role, new Source(r.Article.Slug, r.Article.Headline, r.Article.PublishedOn, r.Sentence)))
            .ToListAsync(cancellationToken);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.PersonId == person.Id)
            .OrderByDescending(q => q.Article.PublishedOn).ThenBy(q => q.ArticleId).ThenBy(q => q.Paragraph)
            .Select(q => new QuoteView(q.Text, q.Context, q.Paragraph, q.Article.Slug, q.Article.Headline, q.Article.PublishedOn))
            .Take(Shown).ToListAsync(cancellationToken);

        var articles = await db.Appearances.AsNoTracking().Where(a => a.PersonId == person.Id)
            .OrderByDescending(a => a.Article.PublishedOn.HasValue).ThenByDescending(a => a.Article.PublishedOn).ThenBy(a => a.Article.Headline)
            .Select(a => new ArticleMention(a.Article.Slug, a.Article.Headline, a.Article.PublishedOn, a.Article.Source, a.MentionCount, a.FirstSentence))
            .Take(Shown).ToListAsync(cancellationToken);
        var articleCount = articles.Count < Shown ? articles.Count : await db.Appearances.CountAsync(a => a.PersonId == person.Id, cancellationToken);

        return new Detail(person.Slug, person.Name, person.Aliases, parties, roles, articleCount, articles, quotes);
    }
}
