using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    /// <summary>A contest of its own that was part of this election: a seat of a general election, a council of a
    /// round of local elections, with whoever the articles say won it.</summary>
    public sealed record Part(string Slug, string Name, string Area, IReadOnlyList<string> Winners);

    /// <summary>The election's parts the archive holds, by place. A general election's page names the seats reported
    /// (its winners are parties, and a person elected in one seat is that seat's winner, shown there).</summary>
    private static async Task<IReadOnlyList<Part>> PartsAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken)
    {
        var parts = await db.Elections.AsNoTracking().Where(e => e.ParentSlug == slug)
            .Select(e => new { e.Id, e.Slug, e.Name, e.Area, e.Kind }).ToListAsync(cancellationToken);
        if (parts.Count == 0) return [];
        var ids = parts.Select(p => p.Id).ToList();
        var winners = (await db.Candidacies.AsNoTracking().Where(c => ids.Contains(c.ElectionEntryId) && c.Outcome == Outcome.Elected)
                .Select(c => new { c.ElectionEntryId, Person = c.Person != null ? c.Person.Name : null, c.Party }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.ElectionEntryId);
        return parts.OrderBy(p => p.Area, StringComparer.Ordinal)
            .Select(p => new Part(p.Slug, p.Name, p.Area, WinnerNames(winners[p.Id].Select(w => (w.Person, w.Party)), p.Kind)))
            .ToList();
    }
}
