using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.PoliticalParties;

namespace NewsArchive.Search;

/// <summary>
/// One search box, four answers: people by name, parties and elections by name, articles by their words. It
/// forgives: when no article holds the words but they name a person ("Sadiq Kahn"), the answer is that
/// person's articles; when a word is in no article, it offers the nearest word that is.
/// </summary>
public sealed class SearchQueries(NameIndexCache names, ArticleWordsCache articleWords)
{
    public sealed record PersonHit(string Slug, string Name, int ArticleCount);

    public sealed record PartyHit(string Slug, string Name);

    public sealed record ElectionHit(string Slug, string Name, int Year);

    public sealed record Result(string Query, IReadOnlyList<string> Words, IReadOnlyList<PersonHit> People, IReadOnlyList<ArticleSearch.Hit> Articles)
    {
        public IReadOnlyList<PartyHit> Parties { get; init; } = [];
        public IReadOnlyList<ElectionHit> Elections { get; init; } = [];

        /// <summary>The person whose articles are shown because no article holds the words typed.</summary>
        public PersonHit? ShowingPerson { get; init; }

        /// <summary>The words with each unknown one corrected, when that differs from what was typed.</summary>
        public string? DidYouMean { get; init; }
    }

    private const int Limit = 20;

    /// <param name="window">How many of the newest matching articles are ranked (<see cref="ArticleSearch.RankedWindow"/>).</param>
    public async Task<Result> SearchAsync(ArchiveDbContext db, string? query, CancellationToken cancellationToken = default, int window = ArticleSearch.RankedWindow)
    {
        var terms = SearchTerms.Parse(query);
        var trimmed = (query ?? "").Trim();
        if (trimmed.Length > SearchTerms.MaxInputLength) trimmed = trimmed[..SearchTerms.MaxInputLength];
        if (terms.IsEmpty) return new Result(trimmed, [], [], []);
        var build = await PerBuild.IdAsync(db, cancellationToken);
        var people = await SuggestAsync(db, terms, 10, typing: false, cancellationToken, build);
        var words = await articleWords.GetAsync(db, cancellationToken, build);
        var articles = await ArticleSearch.FindAsync(db, terms, Limit, cancellationToken, window, words);
        var result = new Result(trimmed, terms.Words, people, articles)
        {
            Parties = FindParties(terms),
            Elections = await FindElectionsAsync(db, terms, cancellationToken, build),
        };
        if (articles.Count > 0) return result with { DidYouMean = Correct(words, terms) };

        // Nothing holds the words as typed: a name that resolves to a person shows that person's articles.
        if (people.Count > 0)
        {
            var person = people[0];
            var theirs = await ArticleQueries.ListAsync(db, Limit, person.Slug, cancellationToken);
            return result with
            {
                ShowingPerson = person,
                Articles = [.. theirs.Select(a => new ArticleSearch.Hit(a.Slug, a.Headline, a.PublishedOn, a.Opening ?? ""))],
            };
        }
        return result with { DidYouMean = Correct(words, terms) };
    }

    public async Task<IReadOnlyList<PersonHit>> SuggestAsync(ArchiveDbContext db, SearchTerms terms, int limit, CancellationToken cancellationToken = default) =>
        await SuggestAsync(db, terms, limit, typing: true, cancellationToken);

    private async Task<IReadOnlyList<PersonHit>> SuggestAsync(ArchiveDbContext db, SearchTerms terms, int limit, bool typing, CancellationToken cancellationToken,
        string? build = null)
    {
        if (terms.IsEmpty) return [];
        var index = await names.GetAsync(db, cancellationToken, build);
        var found = index.Find(terms, limit, typing);
        // A search that names nobody outright may still be a name half-typed with a slip ("sadiq kah").
        if (found.Count == 0 && !typing) found = index.Find(terms, limit, typing: true);
        return found.Select(m => new PersonHit(m.Person.Slug, m.Person.Name, m.Person.ArticleCount)).ToList();
    }

    // Each party's names as search words, parsed once: the parties are fixed.
    private static readonly (Language.Party Party, List<List<string>> Names)[] PartyNames =
        [.. Language.Parties.All.Select(p => (p, new[] { p.Name }.Concat(p.Written).Select(n => NameMatch.Words(n).ToList()).ToList()))];

    private static IReadOnlyList<PartyHit> FindParties(SearchTerms terms) =>
        PartyNames
            .Select(p => (p.Party, Score: p.Names.Max(n => NameMatch.Score(terms.Words, n))))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Party.Name, StringComparer.Ordinal)
            .Take(5)
            .Select(p => new PartyHit(PartyQueries.SlugOf(p.Party.Name), p.Party.Name))
            .ToList();

    private sealed record NamedElection(ElectionQueries.Summary Election, HashSet<string> Words);

    // Elections change only with an import, and listing them reads every coverage row: kept per build, with each
    // one's words parsed once (parsing them on every search was half a search's time at 10,000 articles).
    private readonly PerBuild<IReadOnlyList<NamedElection>> _elections = new();

    private static async Task<IReadOnlyList<NamedElection>> NamedElectionsAsync(ArchiveDbContext db, CancellationToken cancellationToken) =>
        (await ElectionQueries.ListAsync(db, cancellationToken))
            // The slug's words too: "london-mayor-2021" holds "mayor", the name says "mayoral".
            .Select(e => new NamedElection(e, NameMatch.Words(e.Name).Concat(NameMatch.Words(e.Slug)).Concat(NameMatch.Words(e.Area)).ToHashSet()))
            .ToList();

    private async Task<IReadOnlyList<ElectionHit>> FindElectionsAsync(ArchiveDbContext db, SearchTerms terms, CancellationToken cancellationToken, string build) =>
        (await _elections.GetAsync(db, NamedElectionsAsync, cancellationToken, build))
            .Select(e => (e.Election, Score: NameMatch.Score(terms.Words, e.Words)))
            .Where(e => e.Score > 0)
            .OrderByDescending(e => e.Score).ThenByDescending(e => e.Election.HasResults).ThenByDescending(e => e.Election.Year)
            .Take(8)
            .Select(e => new ElectionHit(e.Election.Slug, e.Election.Name, e.Election.Year))
            .ToList();

    /// <summary>The words with every one no article holds replaced by the nearest that some article does.</summary>
    private static string? Correct(ArticleWords words, SearchTerms terms)
    {
        var changed = false;
        var corrected = terms.Words.Select((w, i) =>
        {
            if (words.Knows(w, asPrefix: i == terms.Words.Count - 1)) return w;
            var better = words.Correct(w);
            changed |= better is not null;
            return better ?? w;
        }).ToList();
        return changed ? string.Join(' ', corrected) : null;
    }
}
