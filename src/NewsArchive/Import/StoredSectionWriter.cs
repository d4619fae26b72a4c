using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.PoliticalParties;

namespace NewsArchive.Import;

/// <summary>
/// Puts together, once when the archive is built, the page sections that read and reduce many figures and
/// candidacies (<see cref="StoredSection"/>): each person's elections with their figure lines and their parties and
/// roles (<see cref="People.PersonFacts"/>), and each party's results. Without it, an uncached party page read
/// thousands of rows at 100,000 articles to show about fifty standings, and a person page hundreds to show ten
/// elections' lines.
/// </summary>
internal static class StoredSectionWriter
{
    /// <summary>People whose sections are put together, and then written, at a time: what the import holds is one
    /// chunk's sections, where holding everyone's until all were read was 110 MB more at 100,000 articles.</summary>
    internal const int PeoplePerChunk = 256;

    /// <param name="insert">Writes rows in the build's transaction.</param>
    /// <param name="peoplePerChunk">Smaller in tests, so that chunks meet on a small archive.</param>
    public static async Task WriteAsync(ArchiveDbContext context, Action<RowBatch> insert, CancellationToken cancellationToken,
        int peoplePerChunk = PeoplePerChunk)
    {
        var shape = TableShape.Of<StoredSection>(context.Model);
        var id = 0;
        void Write(IEnumerable<(string Owner, string Json)> sections) =>
            insert(shape.Batch([.. sections.Select(s => shape.Row(new StoredSection { Id = ++id, Owner = s.Owner, Json = s.Json }))]));

        // Each chunk is given once its reads are closed (PostgreSQL runs one statement at a time on a connection).
        await foreach (var chunk in PersonElectionSections.ChunksAsync(context, peoplePerChunk, cancellationToken))
            Write(chunk.SelectMany(s => new[]
            {
                (SectionJson.PersonOwner(s.PersonId), SectionJson.Write(ElectionQueries.PersonPageElections.Of(s.Section))),
                (SectionJson.PersonElectionsOwner(s.PersonId), SectionJson.Write(s.Section.Newest.Select(c => c.Election).Concat(s.Section.Earlier).ToList())),
            }));
        await foreach (var chunk in PersonFactSections.ChunksAsync(context, peoplePerChunk, cancellationToken))
            Write(chunk.Select(s => (SectionJson.FactsOwner(s.PersonId), SectionJson.Write(s.Facts))));
        var parties = (await context.PartyStandings.Select(s => s.Party).Distinct().ToListAsync(cancellationToken))
            .Concat(await context.PartyPeople.Select(p => p.Party).Distinct().ToListAsync(cancellationToken))
            .Concat(await context.PartyArticles.Select(a => a.Party).Distinct().ToListAsync(cancellationToken))
            .Distinct();
        foreach (var party in parties.Order(StringComparer.Ordinal))
            Write(await PartyQueries.PutTogetherSectionsAsync(context, party, cancellationToken));
    }
}
