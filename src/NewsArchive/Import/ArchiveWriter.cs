using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>Everything one import stores.</summary>
internal sealed record ArchiveContent(
    IReadOnlyList<Article> Articles, IReadOnlyList<Person> People, IReadOnlyList<ElectionEntry> Elections, IReadOnlyList<RetiredArticle> Retired);

/// <summary>Writes a whole archive into a new, empty one: entities, the full-text index, the build id.</summary>
internal static class ArchiveWriter
{
    public static async Task WriteAsync(ArchiveBuild build, ArchiveContent content, CancellationToken cancellationToken)
    {
        await using var context = build.OpenContext();
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await build.BeforeBulkWriteAsync(connection, cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await context.Database.UseTransactionAsync(transaction, cancellationToken);
            var info = new ArchiveInfo { BuildId = Guid.NewGuid().ToString("N"), ImportedAt = DateTimeOffset.UtcNow };
            BulkInsert.Write(context.Model, connection, transaction,
                [.. content.Articles, .. content.People, .. content.Elections, .. content.Retired, info], cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            await build.IndexArticlesAsync(context, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await build.AfterBulkWriteAsync(connection, cancellationToken);
    }
}
