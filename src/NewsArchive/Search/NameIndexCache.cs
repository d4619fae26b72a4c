using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>Keeps one <see cref="NameIndex"/> per archive build; a re-import brings a new build id and so a new index.</summary>
public sealed class NameIndexCache
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (string BuildId, NameIndex Index)? _current;

    public async Task<NameIndex> GetAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var buildId = await db.ArchiveInfo.AsNoTracking().OrderBy(i => i.Id).Select(i => i.BuildId).FirstOrDefaultAsync(cancellationToken) ?? "";
        if (_current is { } cached && cached.BuildId == buildId) return cached.Index;
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.BuildId == buildId) return again.Index;
            var index = new NameIndex(await LoadAsync(db, cancellationToken));
            _current = (buildId, index);
            return index;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private static async Task<List<NameIndex.Entry>> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Slug, p.Name,
                Articles = p.Appearances.Count,
                Aliases = p.Aliases.Select(a => a.Text).ToList(),
            })
            .ToListAsync(cancellationToken);
        return people.Select(p => new NameIndex.Entry(p.Id, p.Slug, p.Name, p.Articles, [p.Name, .. p.Aliases])).ToList();
    }
}
