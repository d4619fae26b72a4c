using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// Keeps one <see cref="ArticleWords"/> per archive build, read from the full-text index the database already
/// keeps: SQLite's fts5vocab view of the FTS5 table, PostgreSQL's ts_stat of the tsvector column.
/// </summary>
public sealed class ArticleWordsCache
{
    // A temporary view per connection: it reads the index's own term list and stores nothing.
    private const string SqliteWords = """
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.ArticleSearchWords USING fts5vocab(main, 'ArticleSearch', 'row');
        SELECT term, doc FROM temp.ArticleSearchWords;
        """;

    private const string PostgresWords = """SELECT word, ndoc FROM ts_stat('SELECT "Document" FROM "ArticleSearchWords"')""";

    private readonly PerBuild<ArticleWords> _cache = new();

    public Task<ArticleWords> GetAsync(ArchiveDbContext db, CancellationToken cancellationToken = default, string? buildId = null) =>
        _cache.GetAsync(db, async (d, c) => new ArticleWords(await LoadAsync(d, c)), cancellationToken, buildId);

    private static async Task<List<(string, int)>> LoadAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = db.Database.IsNpgsql() ? PostgresWords : SqliteWords;
        var words = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            words.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        return words;
    }
}
