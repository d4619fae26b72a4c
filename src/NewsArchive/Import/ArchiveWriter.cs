using Microsoft.Data.Sqlite;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.Search;

namespace NewsArchive.Import;

/// <summary>Everything one import stores.</summary>
internal sealed record ArchiveContent(
    IReadOnlyList<Article> Articles, IReadOnlyList<Person> People, IReadOnlyList<ElectionEntry> Elections, IReadOnlyList<RetiredArticle> Retired);

/// <summary>Writes a whole archive into a fresh database file: entities, the full-text index, the build id.</summary>
internal static class ArchiveWriter
{
    public static async Task WriteAsync(string buildPath, ArchiveContent content, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ArchiveDatabase.ReadWrite(buildPath));
        await connection.OpenAsync(cancellationToken);
        // The build file is thrown away if anything fails and is renamed into place only after this connection
        // closes (which writes everything out), so it needs no rollback journal and no syncing while it is written.
        await Execute(connection, null, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;", cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var context = new ArchiveDbContext(ArchiveDatabase.OptionsFor(connection.ConnectionString)))
        {
            var info = new ArchiveInfo { BuildId = Guid.NewGuid().ToString("N"), ImportedAt = DateTimeOffset.UtcNow };
            BulkInsert.Write(context.Model, connection, transaction,
                [.. content.Articles, .. content.People, .. content.Elections, .. content.Retired, info], cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        await Execute(connection, transaction, ArticleSearch.FillTableSql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Back to the write-ahead log EF Core creates the file with, so the published archive behaves as before.
        await Execute(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
