using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Import;

/// <summary>What the live archive already promised readers: its URLs. A new import keeps them.</summary>
internal sealed record PreviousArchive(
    IReadOnlyDictionary<string, (string Slug, string Headline, string Hash)> ArticlesByFile,
    IReadOnlyDictionary<string, string> PersonSlugsByKey,
    IReadOnlyList<RetiredArticle> Retired)
{
    private HashSet<string>? _slugs;

    /// <summary>Every slug the previous archive gave, to an article still there or to one retired.</summary>
    public IReadOnlySet<string> Slugs => _slugs ??= ArticlesByFile.Values.Select(a => a.Slug).Concat(Retired.Select(r => r.Slug)).ToHashSet(StringComparer.Ordinal);

    public static readonly PreviousArchive None = new(new Dictionary<string, (string, string, string)>(), new Dictionary<string, string>(), []);

    public static async Task<PreviousArchive> LoadAsync(ArchiveDatabase database, CancellationToken cancellationToken)
    {
        if (!database.IsCurrent()) return None;
        await using var context = database.OpenContext();
        var articles = await context.Articles.AsNoTracking()
            .Select(a => new { a.FileName, a.Slug, a.Headline, a.ContentHash }).ToListAsync(cancellationToken);
        var people = await context.People.AsNoTracking().Select(p => new { p.Key, p.Slug }).ToListAsync(cancellationToken);
        var retired = await context.RetiredArticles.AsNoTracking().ToListAsync(cancellationToken);
        return new PreviousArchive(
            articles.ToDictionary(a => a.FileName, a => (a.Slug, a.Headline, a.ContentHash), StringComparer.Ordinal),
            people.ToDictionary(p => p.Key, p => p.Slug, StringComparer.Ordinal),
            retired);
    }

    /// <summary>The articles retired before, plus those whose file is gone now, minus any that came back.</summary>
    /// <param name="liveSlugs">The slugs written now, at least those in <see cref="Slugs"/>: no other is asked about.</param>
    /// <param name="files">The files written now, at least those in <see cref="ArticlesByFile"/>.</param>
    public List<RetiredArticle> RetiredAfter(IReadOnlySet<string> liveSlugs, IReadOnlySet<string> files)
    {
        var now = DateTimeOffset.UtcNow;
        return Retired.Where(r => !liveSlugs.Contains(r.Slug))
            .Select(r => new RetiredArticle { Slug = r.Slug, Headline = r.Headline, RemovedAt = r.RemovedAt })
            .Concat(ArticlesByFile.Where(a => !files.Contains(a.Key) && !liveSlugs.Contains(a.Value.Slug))
                .Select(a => new RetiredArticle { Slug = a.Value.Slug, Headline = a.Value.Headline, RemovedAt = now }))
            .ToList();
    }
}
