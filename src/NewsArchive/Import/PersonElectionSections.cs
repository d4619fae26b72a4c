using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using static NewsArchive.Elections.ElectionQueries;

namespace NewsArchive.Import;

/// <summary>
/// Every person's elections as their page shows them (<see cref="ElectionQueries.ForPersonAsync"/>), put together
/// when the archive is built, a chunk of people (by id) at a time: each (election, party, outcome) of a candidacy
/// once, each election a figure is given for once, and then every figure of the chunk in one pass, person by person,
/// keeping those of the person's <see cref="ElectionQueries.PersonElectionsShown"/> newest elections. A few statements
/// a chunk, where reading person by person took four for each of thousands of people.
/// </summary>
internal static class PersonElectionSections
{
    /// <summary>Each chunk's sections, in person id order, given only once the chunk's reads are closed: PostgreSQL runs
    /// one statement at a time on a connection, so the caller can write a chunk before the next is read, and holds one
    /// chunk's sections, not everyone's (their JSON was 46 MB at 100,000 articles).</summary>
    public static async IAsyncEnumerable<List<(int PersonId, PersonElections Section)>> ChunksAsync(ArchiveDbContext db, int peoplePerChunk,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var links = await db.Elections.AsNoTracking().Select(e => new { e.Id, Link = new ElectionLink(e.Slug, e.Name, e.Year) })
            .ToDictionaryAsync(e => e.Id, e => e.Link, cancellationToken);
        var last = await db.People.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0;
        for (var first = 1; first <= last; first += peoplePerChunk)
        {
            var chunk = await ChunkAsync(db, links, first, first + peoplePerChunk - 1, cancellationToken);
            if (chunk.Count > 0) yield return chunk;
        }
    }

    /// <summary>The sections of people <paramref name="first"/> to <paramref name="last"/> who stood or have a figure;
    /// anyone else has no elections, which the page reads as none stored.</summary>
    private static async Task<List<(int PersonId, PersonElections Section)>> ChunkAsync(ArchiveDbContext db, Dictionary<int, ElectionLink> links,
        int first, int last, CancellationToken cancellationToken)
    {
        var candidacies = (await db.Candidacies.AsNoTracking().Where(c => c.PersonId >= first && c.PersonId <= last)
                .Select(c => new { PersonId = c.PersonId!.Value, c.ElectionEntryId, c.Party, c.Outcome }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.PersonId);
        var figureElections = (await db.Figures.AsNoTracking().Where(f => f.PersonId >= first && f.PersonId <= last)
                .Select(f => new { PersonId = f.PersonId!.Value, f.ElectionEntryId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(f => f.PersonId, f => f.ElectionEntryId);
        var people = candidacies.Select(c => c.Key).Union(figureElections.Select(f => f.Key)).Order().ToList();

        // Figures by person, each person's in the order they were written (as the page read them, by id).
        await using var figures = db.Figures.AsNoTracking().Where(f => f.PersonId >= first && f.PersonId <= last).OrderBy(f => f.PersonId).ThenBy(f => f.Id)
            .Select(f => new
            {
                PersonId = f.PersonId!.Value, f.ElectionEntryId,
                Figure = new PersonFigure(f.Kind, f.Round, f.Text, f.Value, f.Bound, f.OutOf, f.Article.Slug, f.Article.Headline, f.Paragraph, f.Sentence, f.Status),
            })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).GetAsyncEnumerator();
        var sections = new List<(int PersonId, PersonElections Section)>(people.Count);
        var more = await figures.MoveNextAsync();
        foreach (var person in people)
        {
            var stood = candidacies[person].ToList();
            var elections = stood.Select(c => c.ElectionEntryId).Concat(figureElections[person]).Distinct().Select(id => (Id: id, Link: links[id]))
                .OrderByDescending(e => e.Link.Year).ThenBy(e => e.Link.Name, StringComparer.Ordinal).ThenBy(e => e.Link.Slug, StringComparer.Ordinal).ToList();
            var newest = elections.Take(PersonElectionsShown).Select(e => e.Id).ToHashSet();
            var shown = new List<(int ElectionId, PersonFigure Figure)>();
            for (; more && figures.Current.PersonId <= person; more = await figures.MoveNextAsync())
                if (figures.Current.PersonId == person && newest.Contains(figures.Current.ElectionEntryId))
                    shown.Add((figures.Current.ElectionEntryId, figures.Current.Figure));
            var section = elections.Take(PersonElectionsShown)
                .Select(e => new PersonCandidacy(e.Link,
                    stood.Where(c => c.ElectionEntryId == e.Id).Select(c => c.Party).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                    stood.Where(c => c.ElectionEntryId == e.Id).Select(c => c.Outcome).OfType<Outcome>().Distinct().Order().Select(o => o.ToString()).ToList(),
                    FigureLine.Of(shown.Where(f => f.ElectionId == e.Id).Select(f => f.Figure))))
                .ToList();
            sections.Add((person, new PersonElections(section, elections.Skip(PersonElectionsShown).Select(e => e.Link).ToList())));
        }
        return sections;
    }
}
