using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using static NewsArchive.Elections.ElectionQueries;

namespace NewsArchive.Import;

/// <summary>
/// Every person's elections as their page shows them (<see cref="ElectionQueries.ForPersonAsync"/>), put together
/// for everyone at once when the archive is built: each (election, party, outcome) of a candidacy once, each
/// election a figure is given for once, and then every figure in one pass, person by person, keeping those of the
/// person's <see cref="ElectionQueries.PersonElectionsShown"/> newest elections. A few statements in all, where
/// reading person by person took four for each of thousands of people.
/// </summary>
internal static class PersonElectionSections
{
    public static async IAsyncEnumerable<(int PersonId, PersonElections Section)> AllAsync(ArchiveDbContext db,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var links = await db.Elections.AsNoTracking().Select(e => new { e.Id, Link = new ElectionLink(e.Slug, e.Name, e.Year) })
            .ToDictionaryAsync(e => e.Id, e => e.Link, cancellationToken);
        var candidacies = (await db.Candidacies.AsNoTracking().Where(c => c.PersonId != null)
                .Select(c => new { PersonId = c.PersonId!.Value, c.ElectionEntryId, c.Party, c.Outcome }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.PersonId);
        var figureElections = (await db.Figures.AsNoTracking().Where(f => f.PersonId != null)
                .Select(f => new { PersonId = f.PersonId!.Value, f.ElectionEntryId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(f => f.PersonId, f => f.ElectionEntryId);
        var people = candidacies.Select(c => c.Key).Union(figureElections.Select(f => f.Key)).Order().ToList();

        // Figures by person, each person's in the order they were written (as the page read them, by id).
        var figures = db.Figures.AsNoTracking().Where(f => f.PersonId != null).OrderBy(f => f.PersonId).ThenBy(f => f.Id)
            .Select(f => new
            {
                PersonId = f.PersonId!.Value, f.ElectionEntryId,
                Figure = new PersonFigure(f.Kind, f.Round, f.Text, f.Value, f.Bound, f.OutOf, f.Article.Slug, f.Article.Headline, f.Paragraph, f.Sentence, f.Status),
            })
            .AsAsyncEnumerable().WithCancellation(cancellationToken).GetAsyncEnumerator();
        try
        {
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
                yield return (person, new PersonElections(section, elections.Skip(PersonElectionsShown).Select(e => e.Link).ToList()));
            }
        }
        finally
        {
            await figures.DisposeAsync();
        }
    }
}
