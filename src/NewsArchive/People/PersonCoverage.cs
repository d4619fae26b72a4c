using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.People;

/// <summary>When a person was in the news, and with whom: what a person page adds to the facts.</summary>
public static class PersonCoverage
{
    /// <summary>Articles in one period: a year, or a month (<see cref="Month"/> 1–12) when all fall in one year.</summary>
    public sealed record Period(int Year, int? Month, int Articles);

    public sealed record Companion(string Slug, string Name, int SharedArticles);

    /// <summary>Articles per year from the first to the last, empty years included so gaps show; per month
    /// when every dated article falls in one year. Undated articles are left out.</summary>
    public static async Task<IReadOnlyList<Period>> OverTimeAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        // The person's id first, so the appearances are read through the person's index, not each of the archive's
        // appearances checked against the slug.
        if (await IdOfAsync(db, slug, cancellationToken) is not { } id) return [];
        // Counted per month in SQL: a person in thousands of articles is a few hundred rows, not thousands of dates.
        var months = await db.Appearances.AsNoTracking().Where(a => a.PersonId == id && a.Article.PublishedOn != null)
            .GroupBy(a => new { a.Article.PublishedOn!.Value.Year, a.Article.PublishedOn!.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Articles = g.Count() }).ToListAsync(cancellationToken);
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

    /// <summary>The people most often named in the same articles, most shared articles first.</summary>
    public static async Task<IReadOnlyList<Companion>> NamedWithAsync(ArchiveDbContext db, string slug, int limit = 8, CancellationToken cancellationToken = default)
    {
        if (await IdOfAsync(db, slug, cancellationToken) is not { } id) return [];
        var theirs = db.Appearances.Where(a => a.PersonId == id).Select(a => a.ArticleId);
        var shared = await db.Appearances.AsNoTracking().Where(a => theirs.Contains(a.ArticleId) && a.PersonId != id)
            .GroupBy(a => a.PersonId).Select(g => new { PersonId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(limit * 4).ToListAsync(cancellationToken);
        var ids = shared.Select(s => s.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken);
        return shared.Join(names, s => s.PersonId, n => n.Id, (s, n) => new Companion(n.Slug, n.Name, s.Count))
            .OrderByDescending(c => c.SharedArticles).ThenBy(c => c.Name, StringComparer.Ordinal).Take(limit).ToList();
    }

    private static async Task<int?> IdOfAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
}
