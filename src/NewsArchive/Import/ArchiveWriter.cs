using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>Everything one import stores.</summary>
internal sealed record ArchiveContent(
    IReadOnlyList<Article> Articles, IReadOnlyList<Person> People, IReadOnlyList<ElectionEntry> Elections, IReadOnlyList<RetiredArticle> Retired);

/// <summary>Writes a whole archive into a fresh database file: entities, the full-text index, the build id.</summary>
internal static class ArchiveWriter
{
    public static async Task WriteAsync(ArchiveBuild build, ArchiveContent content, CancellationToken cancellationToken)
    {
        await using var context = build.OpenContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.Articles.AddRange(content.Articles);
        context.People.AddRange(content.People);
        context.Elections.AddRange(content.Elections);
        context.RetiredArticles.AddRange(content.Retired);
        context.ArchiveInfo.Add(new ArchiveInfo { BuildId = Guid.NewGuid().ToString("N"), ImportedAt = DateTimeOffset.UtcNow });
        await context.SaveChangesAsync(cancellationToken);
        await build.IndexArticlesAsync(context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
