using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Language;
using NewsArchive.Text;

namespace NewsArchive.PoliticalParties;

/// <summary>
/// The reads behind the party pages: a party is one row of <see cref="Language.Parties.All"/>, so it has the
/// archive's one name for it; what the archive knows of it is every person, result and article the articles
/// tie to that name. A big party is tied to thousands of people and rows, so the page's reads are bounded in
/// SQL: counts are counted there, and only the rows the page shows are read.
/// </summary>
public static partial class PartyQueries
{
    public sealed record Summary(string Slug, string Name, int PeopleCount, int ElectionCount, int ArticleCount);

    public sealed record PersonLink(string Slug, string Name, int ArticleCount);

    public sealed record ArticleLink(string Slug, string Headline, DateOnly? PublishedOn, string? Source);

    /// <param name="People">The <see cref="PeopleShown"/> the most articles tie to the party, of <paramref name="PeopleCount"/>.</param>
    /// <param name="Results">The party's <see cref="ResultsShown"/> newest elections with their standings.</param>
    /// <param name="EarlierElections">The first <see cref="ElectionQueries.EarlierNamed"/> of the party's other elections, newest first, named
    /// without their standings.</param>
    /// <param name="EarlierCount">How many other elections the party has.</param>
    public sealed record Detail(
        string Slug, string Name, IReadOnlyList<string> Written, IReadOnlyList<PersonLink> People, int PeopleCount,
        IReadOnlyList<ElectionResult> Results, IReadOnlyList<ElectionQueries.ElectionLink> EarlierElections, int EarlierCount, PageOf<ArticleLink> Articles)
    {
        public int ArticleCount => Articles.Total;
        public int ElectionCount => Results.Count + EarlierCount;
    }

    /// <summary>Articles per page of a party's page: a big party is in thousands.</summary>
    public const int ArticlesPerPage = Paging.ArticlesPerPage;

    /// <summary>People listed, those the most articles tie to the party first: a big party names thousands.</summary>
    public const int PeopleShown = 50;

    public static string SlugOf(string partyName) => Slug.From(partyName);

    public static Party? Find(string slug) => Language.Parties.All.FirstOrDefault(p => SlugOf(p.Name) == slug);

    /// <summary>Every party the archive has something on, the most written about first, counted from the party
    /// lists made when the archive was built (<see cref="PartyArticle"/>, <see cref="PartyPerson"/>,
    /// <see cref="PartyStanding"/>): the same people, elections and articles the party's page lists.</summary>
    public static async Task<IReadOnlyList<Summary>> ListAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var people = await db.PartyPeople.GroupBy(p => p.Party).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var elections = await db.PartyStandings.Select(s => new { s.Party, s.ElectionEntryId }).Distinct().GroupBy(p => p.Party)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var articles = await db.PartyArticles.GroupBy(p => p.Party).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Language.Parties.All
            .Select(p => new Summary(SlugOf(p.Name), p.Name, people.GetValueOrDefault(p.Name), elections.GetValueOrDefault(p.Name), articles.GetValueOrDefault(p.Name)))
            .Where(s => s.PeopleCount + s.ElectionCount + s.ArticleCount > 0)
            .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The articles that tie a person, a candidacy or a figure to the party.</summary>
    public static IQueryable<Articles.Article> ArticlesOf(ArchiveDbContext db, string party)
    {
        var ids = db.PartyArticles.Where(x => x.Party == party).Select(x => x.ArticleId);
        return db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id));
    }

    /// <param name="page">The page of the party's articles to read; past the end, <see cref="Detail.Articles"/> has none.</param>
    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (Find(slug) is not { } party) return null;
        var name = party.Name;

        var section = await SectionAsync(db, name, cancellationToken);
        // Ordinal, as names are ordered everywhere else; the SQL order chose which 50.
        var mostWrittenAbout = (await PartyRows.MostWrittenAboutAsync(db, name, PeopleShown, cancellationToken))
            .OrderByDescending(p => p.ArticleCount).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

        // Paged on the party's own list, in its index's order, counted when the archive was built; only that page's articles are read.
        var articles = await PartyRows.ArticlesAsync(db, name, section.ArticleCount, page, cancellationToken);

        return new Detail(SlugOf(name), name, party.Written, mostWrittenAbout, section.PeopleCount, section.Newest, section.EarlierNamed, section.EarlierCount, articles);
    }
}
