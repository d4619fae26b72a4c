using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>One value built from the archive and kept until the archive changes: a re-import brings a new
/// build id and so a new value. Built once even when many requests ask at the same moment.</summary>
public sealed class PerBuild<T> where T : class
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (string BuildId, T Value)? _current;

    /// <param name="buildId">The archive's build id when the caller has read it already (<see cref="PerBuild.IdAsync"/>).</param>
    public async Task<T> GetAsync(ArchiveDbContext db, Func<ArchiveDbContext, CancellationToken, Task<T>> build, CancellationToken cancellationToken = default,
        string? buildId = null)
    {
        buildId ??= await PerBuild.IdAsync(db, cancellationToken);
        if (_current is { } cached && cached.BuildId == buildId) return cached.Value;
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.BuildId == buildId) return again.Value;
            var value = await build(db, cancellationToken);
            _current = (buildId, value);
            return value;
        }
        finally
        {
            _rebuild.Release();
        }
    }
}

public static class PerBuild
{
    /// <summary>The archive's build id. A search reads it once for the three values it keeps per build (names,
    /// words, elections): on PostgreSQL each read is a round trip.</summary>
    public static async Task<string> IdAsync(ArchiveDbContext db, CancellationToken cancellationToken = default) =>
        await db.ArchiveInfo.AsNoTracking().OrderBy(i => i.Id).Select(i => i.BuildId).FirstOrDefaultAsync(cancellationToken) ?? "";
}
