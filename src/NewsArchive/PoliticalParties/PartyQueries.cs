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

    /// <param name="People">The <see cref="PeopleShown"/> most written about, of <paramref name="PeopleCount"/>.</param>
    /// <param name="Results">The party's <see cref="ResultsShown"/> newest elections with their standings.</param>
    /// <param name="EarlierElections">The party's other elections, newest first, named without their standings.</param>
    public sealed record Detail(
        string Slug, string Name, IReadOnlyList<string> Written, IReadOnlyList<PersonLink> People, int PeopleCount,
        IReadOnlyList<ElectionResult> Results, IReadOnlyList<ElectionQueries.ElectionLink> EarlierElections, PageOf<ArticleLink> Articles)
    {
        public int ArticleCount => Articles.Total;
        public int ElectionCount => Results.Count + EarlierElections.Count;
    }

    /// <summary>Articles per page of a party's page: a big party is in thousands.</summary>
    public const int ArticlesPerPage = Paging.ArticlesPerPage;

    /// <summary>People listed, the most written about first: a big party names thousands.</summary>
    public const int PeopleShown = 50;

    public static string SlugOf(string partyName) => Slug.From(partyName);

    public static Party? Find(string slug) => Language.Parties.All.FirstOrDefault(p => SlugOf(p.Name) == slug);

    /// <summary>Every party the archive has something on, the most written about first. Each count is a
    /// COUNT of distinct (party, id) pairs grouped by party in SQL; only the people an editor gave a party
    /// (a handful, from curation.yml) are read, since their party is written as the editor wrote it.</summary>
    public static async Task<IReadOnlyList<Summary>> ListAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var personPairs = db.Affiliations.Select(a => new { a.Party, Id = a.PersonId })
            .Union(db.Candidacies.Where(c => c.Party != null && c.PersonId != null).Select(c => new { Party = c.Party!, Id = c.PersonId!.Value }));
        var electionPairs = db.Candidacies.Where(c => c.Party != null).Select(c => new { Party = c.Party!, Id = c.ElectionEntryId })
            .Union(db.Figures.Where(f => f.Party != null).Select(f => new { Party = f.Party!, Id = f.ElectionEntryId }));
        var articlePairs = db.Affiliations.Select(a => new { a.Party, Id = a.ArticleId })
            .Union(db.Candidacies.Where(c => c.Party != null).Select(c => new { Party = c.Party!, Id = c.ArticleId }))
            .Union(db.Figures.Where(f => f.Party != null).Select(f => new { Party = f.Party!, Id = f.ArticleId }));
        var people = await personPairs.GroupBy(p => p.Party).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var elections = await electionPairs.GroupBy(p => p.Party).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var articles = await articlePairs.GroupBy(p => p.Party).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // An editor's party counts the person once, unless the articles already tie them to it.
        var editors = (await db.People.AsNoTracking().Where(p => p.EditorParty != null).Select(p => new { p.Id, p.EditorParty }).ToListAsync(cancellationToken))
            .Select(p => (Party: Language.Parties.Canonical(p.EditorParty!), p.Id)).ToList();
        if (editors.Count > 0)
        {
            var editorIds = editors.Select(e => e.Id).ToList();
            var tied = (await personPairs.Where(p => editorIds.Contains(p.Id)).ToListAsync(cancellationToken)).Select(p => (p.Party, p.Id)).ToHashSet();
            foreach (var editor in editors.Distinct().Where(e => !tied.Contains(e)))
                people[editor.Party] = people.GetValueOrDefault(editor.Party) + 1;
        }

        return Language.Parties.All
            .Select(p => new Summary(SlugOf(p.Name), p.Name, people.GetValueOrDefault(p.Name), elections.GetValueOrDefault(p.Name), articles.GetValueOrDefault(p.Name)))
            .Where(s => s.PeopleCount + s.ElectionCount + s.ArticleCount > 0)
            .OrderByDescending(s => s.ArticleCount).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The articles that tie a person, a candidacy or a figure to the party, as one query to page through.
    /// The ids are gathered once (<c>IN (… UNION …)</c>) rather than tested per article with three EXISTS: at
    /// 100,000 articles SQLite counted Labour's in 0.7 s that way, 6.9 s the other.</summary>
    public static IQueryable<Articles.Article> ArticlesOf(ArchiveDbContext db, string party)
    {
        var ids = db.Affiliations.Where(x => x.Party == party).Select(x => x.ArticleId)
            .Union(db.Candidacies.Where(x => x.Party == party).Select(x => x.ArticleId))
            .Union(db.Figures.Where(x => x.Party == party).Select(x => x.ArticleId));
        return db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id));
    }

    /// <param name="page">The page of the party's articles to read; past the end, <see cref="Detail.Articles"/> has none.</param>
    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (Find(slug) is not { } party) return null;
        var name = party.Name;

        var people = PeopleOf(db, name, await EditorPartiesOfAsync(db, name, cancellationToken));
        var peopleCount = await people.CountAsync(cancellationToken);
        var mostWrittenAbout = (await people.Select(p => new { p.Id, p.Slug, p.Name, ArticleCount = p.Appearances.Count })
                .OrderByDescending(p => p.ArticleCount).ThenBy(p => p.Name).ThenBy(p => p.Id).Take(PeopleShown).ToListAsync(cancellationToken))
            // Ordinal, as names are ordered everywhere else; the SQL order above chose which 50.
            .OrderByDescending(p => p.ArticleCount).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PersonLink(p.Slug, p.Name, p.ArticleCount)).ToList();

        var (results, earlier) = await ResultsAsync(db, name, cancellationToken);

        var articles = await ArticlesOf(db, name).OrderByDescending(a => a.PublishedOn.HasValue).ThenByDescending(a => a.PublishedOn).ThenBy(a => a.Headline).ThenBy(a => a.Id)
            .Select(a => new ArticleLink(a.Slug, a.Headline, a.PublishedOn, a.Source)).PageAsync(page, ArticlesPerPage, cancellationToken);

        return new Detail(SlugOf(name), name, party.Written, mostWrittenAbout, peopleCount, results, earlier, articles);
    }

    /// <summary>The values of People.EditorParty that name this party: a few distinct strings, whatever the archive's size.</summary>
    private static async Task<List<string>> EditorPartiesOfAsync(ArchiveDbContext db, string party, CancellationToken cancellationToken) =>
        (await db.People.Where(p => p.EditorParty != null).Select(p => p.EditorParty!).Distinct().ToListAsync(cancellationToken))
            .Where(written => Language.Parties.Canonical(written) == party).ToList();

    /// <summary>Everyone an article or an editor ties to the party, as a query.</summary>
    private static IQueryable<People.Person> PeopleOf(ArchiveDbContext db, string party, List<string> editorParties)
    {
        var ids = db.Affiliations.Where(a => a.Party == party).Select(a => a.PersonId)
            .Union(db.Candidacies.Where(c => c.Party == party && c.PersonId != null).Select(c => c.PersonId!.Value))
            .Union(db.People.Where(p => editorParties.Contains(p.EditorParty!)).Select(p => p.Id));
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id));
    }
}
