using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.People;
using NewsArchive.Search;

namespace NewsArchive.Import;

/// <summary>Writes a whole archive into a fresh database file: entities, the full-text index, the build id.</summary>
internal static class ArchiveWriter
{
    public static async Task WriteAsync(string buildPath, IReadOnlyList<Article> articles, IReadOnlyList<Person> people, string reportJson, CancellationToken cancellationToken)
    {
        await using var context = new ArchiveDbContext(ArchiveDatabase.OptionsFor(ArchiveDatabase.ReadWrite(buildPath)));
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.Articles.AddRange(articles);
        context.People.AddRange(people);
        context.ArchiveInfo.Add(new ArchiveInfo { BuildId = Guid.NewGuid().ToString("N"), ImportedAt = DateTimeOffset.UtcNow, ReportJson = reportJson });
        await context.SaveChangesAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync(ArticleSearch.FillTableSql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
