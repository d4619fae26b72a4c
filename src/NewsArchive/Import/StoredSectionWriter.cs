using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.PoliticalParties;

namespace NewsArchive.Import;

/// <summary>
/// Puts together, once when the archive is built, the page sections that read and reduce many figures and
/// candidacies (<see cref="StoredSection"/>): each person's elections with their figure lines, and each party's
/// results. Without it, an uncached party page read thousands of rows at 100,000 articles to show about fifty
/// standings, and a person page hundreds to show ten elections' lines.
/// </summary>
internal static class StoredSectionWriter
{
    private const int RowsPerBatch = 1024;

    /// <param name="insert">Writes rows in the build's transaction.</param>
    public static async Task WriteAsync(ArchiveDbContext context, Action<RowBatch> insert, CancellationToken cancellationToken)
    {
        // Kept as JSON until every section is read: PostgreSQL runs one statement at a time on a connection, so
        // nothing is written while the figures are still being read.
        var sections = new List<(string Owner, string Json)>();
        // Everyone who stood or has a figure; anyone else has no elections, which the page reads as none stored.
        await foreach (var (person, section) in PersonElectionSections.AllAsync(context, cancellationToken))
            sections.Add((SectionJson.PersonOwner(person), SectionJson.Write(section)));
        var parties = await context.PartyStandings.Select(s => s.Party).Distinct().ToListAsync(cancellationToken);
        foreach (var party in parties.Order(StringComparer.Ordinal))
            sections.Add((SectionJson.PartyOwner(party), SectionJson.Write(await PartyQueries.PutTogetherResultsAsync(context, party, cancellationToken))));

        var shape = TableShape.Of<StoredSection>(context.Model);
        foreach (var chunk in sections.Select((s, i) => new StoredSection { Id = i + 1, Owner = s.Owner, Json = s.Json }).Chunk(RowsPerBatch))
            insert(shape.Batch([.. chunk.Select(s => shape.Row(s))]));
    }
}
