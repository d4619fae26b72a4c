using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.People;

/// <summary>The reads behind the people pages and the people API, so both show the same data.</summary>
public static class PersonQueries
{
    public sealed record Summary(string Slug, string Name, string SortName, IReadOnlyList<string> Aliases, IReadOnlyList<string> Parties, int ArticleCount, int MentionCount);

    public sealed record Source(string ArticleSlug, string Headline, DateOnly? PublishedOn, string Sentence);

    /// <summary>A stated value and the sentence stating it; no source when the archive's editors set it.</summary>
    /// <param name="StatedIn">How many sentences state the value: only the first <see cref="SourcesPerFact"/> are read.</param>
    public sealed record Fact(string Value, Source? Source, int StatedIn = 1);

    /// <summary>Sentences read for one party or role, the earliest first: a party is stated in every article
    /// that names the person with it, so all of them would grow the page with the coverage.</summary>
    public const int SourcesPerFact = 5;

    public sealed record ArticleMention(string Slug, string Headline, DateOnly? PublishedOn, string? PublisherSource, int Mentions, string FirstMention);

    /// <summary>A quote with the sentence it stands in and the paragraph to link to.</summary>
    public sealed record QuoteView(string Text, string Context, int Paragraph, string ArticleSlug, string Headline, DateOnly? PublishedOn);

    public sealed record Detail(
        string Slug, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Fact> Parties, IReadOnlyList<Fact> Roles,
        PageOf<ArticleMention> Coverage, IReadOnlyList<QuoteView> Quotes, int QuotedArticleCount)
    {
        /// <summary>The person's row, for the page's other reads (elections, companions, months).</summary>
        public int Id { get; init; }
        /// <summary>The page's quotes a reader is shown (<see cref="QuoteSelection"/>): each speech once, fragments left out.</summary>
        public IReadOnlyList<QuoteView> QuotesForReaders { get; init; } = [];
        public int ArticleCount => Coverage.Total;
        public IReadOnlyList<ArticleMention> Articles => Coverage.Items;
    }

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

    /// <summary>How many articles (and articles' quotes) the people API lists, newest first; the counts are always whole.</summary>
    public const int Shown = 100;

    /// <summary>A person and one page of their coverage: the articles that name them, and (on the same page number,
    /// a list of its own) the articles they are quoted in, with those quotes. Only that page's rows are read.</summary>
    /// <param name="page">1 for the newest; a page past the end of both lists has no articles and no quotes.</param>
    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, int page = 1, int perPage = Shown, CancellationToken cancellationToken = default)
    {
        if (await PersonRows.PersonAsync(db, slug, cancellationToken) is not { } person) return null;
        var (id, name) = person;
        // Aliases, parties and roles as put together when the archive was built: counted per visit, a party's count
        // was a count over every sentence stating it, thousands for the person in most articles.
        var facts = await SectionJson.ReadAsync<PersonFacts>(db, SectionJson.FactsOwner(id), cancellationToken) ?? PersonFacts.None;
        // Paged on the person's own index of (person, article order), counted when the archive was built: the articles
        // of that page alone are read.
        var articles = await PersonRows.ArticlesAsync(db, id, facts.Articles, page, perPage, cancellationToken);
        // From the person's quoted articles, listed once each when the archive was built, in list order on their index:
        // a DISTINCT over all their quotes was a third of the page's time for someone quoted in thousands of articles.
        var quotes = await PersonRows.QuotesAsync(db, id, facts.QuotedArticles, page, perPage, cancellationToken);
        var all = quotes.Select(q => q.Quote).ToList();
        // The build chose the quotes shown on pages of the person page's size; a page of another size chooses its own.
        var forReaders = perPage == Paging.ArticlesPerPage ? quotes.Where(q => q.Shown).Select(q => q.Quote).ToList() : QuoteSelection.ForReaders(all);

        return new Detail(slug, name, facts.Aliases, facts.Parties, facts.Roles, articles, all, facts.QuotedArticles) { Id = id, QuotesForReaders = forReaders };
    }
}
