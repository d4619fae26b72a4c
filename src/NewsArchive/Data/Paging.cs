using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>One page of a list too long to show whole: that page's rows, and how many the whole list has.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Number, int Size)
{
    /// <summary>Pages in the whole list; an empty list still has its one (empty) page.</summary>
    public int Count => Paging.PageCount(Total, Size);

    /// <summary>False for a page past the end: the caller answers it as not found.</summary>
    public bool Exists => Number >= 1 && Number <= Count;
}

/// <summary>Pages of a list read from the database: the count is one query, the page's rows another
/// (LIMIT and OFFSET in SQL), so a page never loads the rows of the pages around it.</summary>
public static class Paging
{
    /// <summary>Articles on a page of a person's, party's or election's coverage.</summary>
    public const int ArticlesPerPage = 25;

    public static int PageCount(int total, int size) => Math.Max(1, (total + size - 1) / size);

    /// <param name="ordered">The whole list in a total order (end it with a unique key), so pages neither overlap nor skip.</param>
    /// <param name="number">1 for the first page; a page before the first or past the end reads no rows.</param>
    public static async Task<PageOf<T>> PageAsync<T>(this IQueryable<T> ordered, int number, int size, CancellationToken cancellationToken = default)
    {
        var total = await ordered.CountAsync(cancellationToken);
        // Checked before the offset is computed: a huge page number must not overflow into a valid one.
        if (number < 1 || number > PageCount(total, size)) return new PageOf<T>([], total, number, size);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PageOf<T>(items, total, number, size);
    }
}
