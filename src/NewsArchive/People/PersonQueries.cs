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
        var person = await db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.EditorParty, Aliases = p.Aliases.OrderBy(a => a.Id).Select(a => a.Text).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return null;

        var parties = await FactsAsync(db.Affiliations.Where(a => a.PersonId == person.Id).Select(a => new Stated
            { Value = a.Party, ArticleOrder = a.ArticleOrder, Slug = a.Article.Slug, Headline = a.Article.Headline, PublishedOn = a.Article.PublishedOn, Sentence = a.Sentence }), cancellationToken);
        if (person.EditorParty is not null) parties.Insert(0, new Fact(person.EditorParty, null));
        var roles = await FactsAsync(db.Roles.Where(r => r.PersonId == person.Id).Select(r => new Stated
            { Value = r.Role, ArticleOrder = r.ArticleOrder, Slug = r.Article.Slug, Headline = r.Article.Headline, PublishedOn = r.Article.PublishedOn, Sentence = r.Sentence }), cancellationToken);
        // Counted and paged on the person's own index of (person, article order): the articles of that page alone are read.
        var articles = await PersonRows.ArticlesAsync(db, person.Id, page, perPage, cancellationToken);
        // From the person's quoted articles, listed once each when the archive was built, in list order on their index:
        // a DISTINCT over all their quotes was a third of the page's time for someone quoted in thousands of articles.
        var (quotes, quotedArticles) = await PersonRows.QuotesAsync(db, person.Id, page, perPage, cancellationToken);

        return new Detail(person.Slug, person.Name, person.Aliases, parties, OneCaseEach(WithoutShortForms(roles)), articles, quotes, quotedArticles) { Id = person.Id };
    }

    /// <summary>"mayor" beside "Mayor of London" is the same office written short: the short form is not listed as a
    /// role of its own. A short form with no longer office beside it stays ("mayor" alone, "Chancellor").</summary>
    private static List<Fact> WithoutShortForms(List<Fact> roles)
    {
        var offices = roles.Select(r => r.Value).Where(v => v.Contains(" of ", StringComparison.Ordinal)).ToList();
        return roles.Where(r => !offices.Any(o => o.StartsWith(r.Value + " of ", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>"Prime Minister" and "prime minister" are one office: listed once, in the form the most sentences
    /// write (capitals on a tie), with the sentences of every form.</summary>
    private static List<Fact> OneCaseEach(List<Fact> roles) =>
        roles.GroupBy(r => r.Value, StringComparer.OrdinalIgnoreCase).SelectMany(office =>
        {
            var forms = office.GroupBy(r => r.Value, StringComparer.Ordinal).Select(f => (f.Key, f.First().StatedIn)).ToList();
            var written = forms.OrderByDescending(f => f.StatedIn).ThenBy(f => char.IsUpper(f.Key[0]) ? 0 : 1).First().Key;
            var total = forms.Sum(f => f.StatedIn);
            return office.OrderBy(r => r.Source?.PublishedOn).Take(SourcesPerFact).Select(r => r with { Value = written, StatedIn = total });
        }).ToList();

    /// <summary>A party or role row as read, before it becomes a <see cref="Fact"/>.</summary>
    private sealed class Stated
    {
        public required string Value { get; init; }
        public int ArticleOrder { get; init; }
        public required string Slug { get; init; }
        public required string Headline { get; init; }
        public DateOnly? PublishedOn { get; init; }
        public required string Sentence { get; init; }
    }

    /// <summary>Each distinct value (in ordinal order) with how many sentences state it, counted in SQL, and its
    /// earliest <see cref="SourcesPerFact"/> sentences (the archive's list order backwards: undated articles, then the
    /// oldest), read on the person's index of (value, order): one query for the counts, one per value, however many state it.</summary>
    private static async Task<List<Fact>> FactsAsync(IQueryable<Stated> rows, CancellationToken cancellationToken)
    {
        var counts = await rows.GroupBy(r => r.Value).Select(g => new { Value = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var facts = new List<Fact>();
        foreach (var value in counts.OrderBy(c => c.Value, StringComparer.Ordinal))
            facts.AddRange(await rows.Where(r => r.Value == value.Value).OrderByDescending(r => r.ArticleOrder).Take(SourcesPerFact)
                .Select(r => new Fact(r.Value, new Source(r.Slug, r.Headline, r.PublishedOn, r.Sentence), value.Count)).ToListAsync(cancellationToken));
        return facts;
    }
}
