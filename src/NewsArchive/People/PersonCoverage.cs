using NewsArchive.Data;

namespace NewsArchive.People;

/// <summary>When a person was in the news, and with whom: what a person page adds to the facts.</summary>
public static class PersonCoverage
{
    /// <summary>Articles in one period: a year, or a month (<see cref="Month"/> 1–12) when all fall in one year.</summary>
    public sealed record Period(int Year, int? Month, int Articles);

    public sealed record Companion(string Slug, string Name, int SharedArticles);

    /// <summary>Articles per year from the first to the last, empty years included so gaps show; per month
    /// when every dated article falls in one year. Undated articles are left out. Read from the person's
    /// months, counted when the archive was built: a few hundred rows, however many articles.</summary>
    public static async Task<IReadOnlyList<Period>> OverTimeAsync(ArchiveDbContext db, int personId, CancellationToken cancellationToken = default)
    {
        var months = (await PersonRows.MonthsAsync(db, personId, cancellationToken))
            .Select(m => new { Year = m.Month / 100, Month = m.Month % 100, m.Articles }).ToList();
        if (months.Count == 0) return [];
        var (first, last) = (months.Min(m => m.Year), months.Max(m => m.Year));
        if (first == last)
        {
            var (from, to) = (months.Min(m => m.Month), months.Max(m => m.Month));
            return Enumerable.Range(from, to - from + 1).Select(m => new Period(first, m, months.Where(x => x.Month == m).Sum(x => x.Articles))).ToList();
        }
        return Enumerable.Range(first, last - first + 1)
            .Select(y => new Period(y, null, months.Where(x => x.Year == y).Sum(x => x.Articles))).ToList();
    }

    /// <summary>The people most often named in the same articles, most shared articles first, then by name. Read
    /// from the person's companions, counted when the archive was built (at most
    /// <see cref="Import.ArchiveSummaries.CompanionsKept"/> are kept, so <paramref name="limit"/> cannot exceed that).</summary>
    public static async Task<IReadOnlyList<Companion>> NamedWithAsync(ArchiveDbContext db, int personId, int limit = 8, CancellationToken cancellationToken = default)
    {
        var companions = await PersonRows.CompanionsAsync(db, personId, cancellationToken);
        return companions.OrderByDescending(c => c.SharedArticles).ThenBy(c => c.Name, StringComparer.Ordinal).Take(limit).ToList();
    }
}
