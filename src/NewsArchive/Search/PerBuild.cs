using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>One value built from the archive and kept until the archive changes: a re-import brings a new
/// build id and so a new value. Built once even when many requests ask at the same moment.</summary>
public sealed class PerBuild<T> where T : class
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (string BuildId, T Value)? _current;

    public async Task<T> GetAsync(ArchiveDbContext db, Func<ArchiveDbContext, CancellationToken, Task<T>> build, CancellationToken cancellationToken = default)
    {
        var buildId = await db.ArchiveInfo.AsNoTracking().OrderBy(i => i.Id).Select(i => i.BuildId).FirstOrDefaultAsync(cancellationToken) ?? "";
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
