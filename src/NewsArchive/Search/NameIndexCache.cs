using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>Keeps one <see cref="NameIndex"/> per archive build; a re-import brings a new build id and so a new index.</summary>
public sealed class NameIndexCache
{
    private readonly PerBuild<NameIndex> _cache = new();

    public Task<NameIndex> GetAsync(ArchiveDbContext db, CancellationToken cancellationToken = default, string? buildId = null) =>
        _cache.GetAsync(db, async (d, c) => new NameIndex(await LoadAsync(d, c)), cancellationToken, buildId);

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
