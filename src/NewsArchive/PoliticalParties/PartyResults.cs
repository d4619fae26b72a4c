using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;

namespace NewsArchive.PoliticalParties;

/// <summary>A party's results on its page: the standings of its newest elections, read from only those elections'
/// rows, and only the shown standings' outcomes and figures.</summary>
public static partial class PartyQueries
{
    /// <summary>Elections whose standings are listed, the newest first; earlier ones are named with a link.</summary>
    public const int ResultsShown = 10;

    /// <summary>Standings listed under each election (the party's own line and winners first); the election's
    /// sources page has every one.</summary>
    public const int StandingsShown = 5;

    /// <summary>One person (or the party itself, with no person) in one election: outcome and figures, as the page's lines.</summary>
    public sealed record Standing(string? PersonSlug, string? PersonName, IReadOnlyList<string> Outcomes, IReadOnlyList<FigureLine> Lines);

    /// <param name="Standings">The first <see cref="StandingsShown"/> of <paramref name="StandingCount"/>.</param>
    public sealed record ElectionResult(ElectionQueries.ElectionLink Election, IReadOnlyList<Standing> Standings, int StandingCount);

    /// <summary>A party's results as its page shows them: the newest elections with their standings, the rest named.</summary>
    public sealed record PartyResults(IReadOnlyList<ElectionResult> Newest, IReadOnlyList<ElectionQueries.ElectionLink> Earlier);

    /// <summary>What the party page reads, stored when the archive is built: the newest elections' standings, the first
    /// <see cref="ElectionQueries.EarlierNamed"/> earlier elections and how many there are, and how many people and articles the party
    /// has. Storing every earlier election made the page read and parse a list that grows with the archive to name ten
    /// of it; counting Labour's 42,554 articles at 100,000 took 2.8 ms of each uncached visit.</summary>
    public sealed record PageSection(IReadOnlyList<ElectionResult> Newest, IReadOnlyList<ElectionQueries.ElectionLink> EarlierNamed, int EarlierCount,
        int PeopleCount, int ArticleCount);

    private sealed record StandingKey(int ElectionId, int? PersonId, string? PersonSlug, string? PersonName, bool Elected);

    /// <summary>Read as put together when the archive was built (<see cref="PutTogetherSectionsAsync"/>): a big party's
    /// newest elections have thousands of figures and candidacies, most of them of standings the page does not show.</summary>
    private static async Task<PageSection> SectionAsync(ArchiveDbContext db, string party, CancellationToken cancellationToken) =>
        await SectionJson.ReadAsync<PageSection>(db, SectionJson.PartyOwner(party), cancellationToken) ?? new PageSection([], [], 0, 0, 0);

    /// <summary>Every election with a result for the party, newest first: those its page shows with their standings,
    /// then the earlier ones (stored on their own, <see cref="SectionJson.PartyElectionsOwner"/>).</summary>
    public static async Task<IReadOnlyList<ElectionQueries.ElectionLink>> ElectionsAsync(ArchiveDbContext db, string party, CancellationToken cancellationToken) =>
        await SectionJson.ReadAsync<List<ElectionQueries.ElectionLink>>(db, SectionJson.PartyElectionsOwner(party), cancellationToken) ?? [];

    /// <summary>The stored sections of a party: what its page reads, and every election with a result for it. Run when the
    /// archive is built, for every party with a person, a standing or an article.</summary>
    internal static async Task<IReadOnlyList<(string Owner, string Json)>> PutTogetherSectionsAsync(ArchiveDbContext db, string party, CancellationToken cancellationToken)
    {
        var results = await PutTogetherResultsAsync(db, party, cancellationToken);
        var people = await db.PartyPeople.CountAsync(p => p.Party == party, cancellationToken);
        var articles = await db.PartyArticles.CountAsync(a => a.Party == party, cancellationToken);
        var page = new PageSection(results.Newest, [.. results.Earlier.Take(ElectionQueries.EarlierNamed)], results.Earlier.Count, people, articles);
        return [(SectionJson.PartyOwner(party), SectionJson.Write(page)),
            (SectionJson.PartyElectionsOwner(party), SectionJson.Write(results.Newest.Select(r => r.Election).Concat(results.Earlier).ToList()))];
    }

    /// <summary>What the party page's results are, from the party's standings, candidacies and figures. Run when the archive is built.</summary>
    internal static async Task<PartyResults> PutTogetherResultsAsync(ArchiveDbContext db, string party, CancellationToken cancellationToken)
    {
        var candidacies = db.Candidacies.AsNoTracking().Where(c => c.Party == party);
        var figures = db.Figures.AsNoTracking().Where(f => f.Party == party && f.Status == FigureStatus.Result);

        // Every election of the party, as links: one row per election, and the page names each.
        var standings = db.PartyStandings.AsNoTracking().Where(s => s.Party == party);
        var electionIds = standings.Select(s => s.ElectionEntryId).Distinct();
        var elections = await db.Elections.AsNoTracking().Where(e => electionIds.Contains(e.Id))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name).ThenBy(e => e.Slug)
            .Select(e => new { e.Id, Link = new ElectionQueries.ElectionLink(e.Slug, e.Name, e.Year) }).ToListAsync(cancellationToken);
        var newest = elections.Take(ResultsShown).ToList();
        var newestIds = newest.Select(e => e.Id).ToList();

        // One row per standing in those elections (listed when the archive was built), enough to order them and count the rest.
        var keys = await (
                from k in standings.Where(s => newestIds.Contains(s.ElectionEntryId))
                join p in db.People on k.PersonId equals (int?)p.Id into person
                from p in person.DefaultIfEmpty()
                select new StandingKey(k.ElectionEntryId, k.PersonId, p == null ? null : p.Slug, p == null ? null : p.Name, k.Elected))
            .ToListAsync(cancellationToken);
        var byElection = keys.GroupBy(k => k.ElectionId).ToDictionary(g => g.Key, g => g
            // The party's own line (seats, national share) first, then its candidates, winners first.
            .OrderBy(k => k.PersonId is not null).ThenBy(k => k.Elected ? 0 : 1).ThenBy(k => k.PersonName, StringComparer.Ordinal).ThenBy(k => k.PersonSlug, StringComparer.Ordinal)
            .ToList());
        var shown = byElection.Values.SelectMany(s => s.Take(StandingsShown)).ToList();

        // Outcomes and figures of the shown standings only, in the order they were written.
        var shownPeople = shown.Select(k => k.PersonId).OfType<int>().Distinct().ToList();
        var shownElections = shown.Select(k => k.ElectionId).Distinct().ToList();
        bool Shown(int electionId, int? personId) => shown.Any(k => k.ElectionId == electionId && k.PersonId == personId);
        var outcomes = (await candidacies.Where(c => shownElections.Contains(c.ElectionEntryId) && c.Outcome != null && (c.PersonId == null || shownPeople.Contains(c.PersonId.Value)))
                .OrderBy(c => c.Id).Select(c => new { c.ElectionEntryId, c.PersonId, c.Outcome }).ToListAsync(cancellationToken))
            .Where(c => Shown(c.ElectionEntryId, c.PersonId)).ToList();
        var shownFigures = (await figures.Where(f => shownElections.Contains(f.ElectionEntryId) && (f.PersonId == null || shownPeople.Contains(f.PersonId.Value)))
                .OrderBy(f => f.Id)
                .Select(f => new
                {
                    f.ElectionEntryId, f.PersonId,
                    Figure = new ElectionQueries.PersonFigure(f.Kind, f.Round, f.Text, f.Value, f.Bound, f.OutOf, f.Article.Slug, f.Article.Headline, f.Paragraph, f.Sentence, f.Status),
                })
                .ToListAsync(cancellationToken))
            .Where(f => Shown(f.ElectionEntryId, f.PersonId)).ToList();

        var results = newest.Select(e =>
        {
            var standings = byElection.GetValueOrDefault(e.Id) ?? [];
            return new ElectionResult(e.Link, standings.Take(StandingsShown)
                .Select(k => new Standing(k.PersonSlug, k.PersonName,
                    outcomes.Where(c => c.ElectionEntryId == k.ElectionId && c.PersonId == k.PersonId).Select(c => c.Outcome!.Value).Distinct().Select(o => o.ToString()).ToList(),
                    FigureLine.Of(shownFigures.Where(f => f.ElectionEntryId == k.ElectionId && f.PersonId == k.PersonId).Select(f => f.Figure))))
                .ToList(), standings.Count);
        }).ToList();
        return new PartyResults(results, elections.Skip(ResultsShown).Select(e => e.Link).ToList());
    }
}
