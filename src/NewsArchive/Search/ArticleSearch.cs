using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>Full-text search of articles with SQLite FTS5; the query is built only from plain words
/// (<see cref="SearchTerms"/>) and passed as a bound parameter.</summary>
public static class ArticleSearch
{
    /// <summary>Marks the start and end of a matched word in a snippet; the page turns them into &lt;mark&gt;.</summary>
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(Headline, Body, tokenize = 'unicode61 remove_diacritics 2')";

    public const string FillTableSql = """
        INSERT INTO ArticleSearch(rowid, Headline, Body)
        SELECT a.Id, a.Headline,
               (SELECT group_concat(Text, char(10)) FROM (SELECT Text FROM Paragraphs p WHERE p.ArticleId = a.Id ORDER BY p.Position))
        FROM Articles a
        """;

    public sealed record Hit(string Slug, string Headline, DateOnly? PublishedOn, string Snippet);

    public static async Task<IReadOnlyList<Hit>> FindAsync(ArchiveDbContext db, SearchTerms terms, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (terms.IsEmpty) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.Slug, a.Headline, a.PublishedOn,
                   snippet(ArticleSearch, 1, char({(int)MatchStart}), char({(int)MatchEnd}), '…', 16)
            FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
            WHERE ArticleSearch MATCH $query
            ORDER BY bm25(ArticleSearch, 5.0, 1.0)
            LIMIT $limit
            """;
        AddParameter(command, "$query", terms.ToFtsQuery());
        AddParameter(command, "$limit", limit);
        var hits = new List<Hit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            DateOnly? published = reader.IsDBNull(2) ? null : DateOnly.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture);
            hits.Add(new Hit(reader.GetString(0), reader.GetString(1), published, reader.GetString(3)));
        }
        return hits;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
