using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>One search box, two answers: people by name, articles by their words.</summary>
public sealed class SearchQueries(NameIndexCache names)
{
    public sealed record PersonHit(string Slug, string Name, int ArticleCount);

    public sealed record Result(string Query, IReadOnlyList<string> Words, IReadOnlyList<PersonHit> People, IReadOnlyList<ArticleSearch.Hit> Articles);

    /// <param name="window">How many of the newest matching articles are ranked (<see cref="ArticleSearch.RankedWindow"/>).</param>
    public async Task<Result> SearchAsync(ArchiveDbContext db, string? query, CancellationToken cancellationToken = default, int window = ArticleSearch.RankedWindow)
    {
        var terms = SearchTerms.Parse(query);
        var trimmed = (query ?? "").Trim();
        if (trimmed.Length > SearchTerms.MaxInputLength) trimmed = trimmed[..SearchTerms.MaxInputLength];
        if (terms.IsEmpty) return new Result(trimmed, [], [], []);
        var people = await SuggestAsync(db, terms, 10, cancellationToken);
        var articles = await ArticleSearch.FindAsync(db, terms, 20, cancellationToken, window);
        return new Result(trimmed, terms.Words, people, articles);
    }

    public async Task<IReadOnlyList<PersonHit>> SuggestAsync(ArchiveDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken = default)
    {
        if (terms.IsEmpty) return [];
        var index = await names.GetAsync(db, cancellationToken);
        return index.Find(terms, limit).Select(m => new PersonHit(m.Person.Slug, m.Person.Name, m.Person.ArticleCount)).ToList();
    }
}
