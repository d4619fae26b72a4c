using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// Full-text search of articles with the database's own engine: SQLite FTS5, or PostgreSQL tsvector. Both
/// index headline and body without stemming and with accents folded, so the same words find the same
/// articles; the query is built only from plain words (<see cref="SearchTerms"/>) and bound as a parameter.
/// <para>
/// <b>The ranking rule.</b> Articles are ranked by relevance (bm25 on SQLite, ts_rank on PostgreSQL, the headline
/// weighted above the body) among the <see cref="RankedWindow"/> newest articles that match. A query matching
/// no more than that many is ranked exactly as a full ranking would rank it. A query of common words ("housing"
/// matches a third of a large archive) shows the most relevant of its newest matches, and costs the same at
/// 10,000 articles as at a million: ranking every match is what made such a query slow. The index is kept in
/// publication order (a static rank, newest last), so the newest matches are found by reading the index
/// backwards (on PostgreSQL, chunk by chunk) and stopping, not by sorting every match.
/// </para>
/// <para>
/// What keeps the cost per shown window, not per match: on SQLite the last word is searched as the archive's
/// words it starts (<see cref="SearchTerms.ToFtsQuery"/>), each weighed by bm25 as a word of its own (so "tax"
/// and "taxes" rank as two words would, not as one prefix), since an FTS5 prefix merges every match first; on
/// PostgreSQL the weighted tsvectors are kept in chunks by publication order, newest first, each with its own
/// GIN index, and read chunk by chunk until the window is full, each match ranked where it is found
/// (<see cref="PostgresArticleSearch"/>). Ties in relevance go to the lower article id on PostgreSQL; bm25
/// rarely ties.
/// </para>
/// </summary>
public static class ArticleSearch
{
    /// <summary>Marks the start and end of a matched word in a snippet; the page turns them into &lt;mark&gt;.</summary>
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    /// <summary>How many of a query's newest matches are ranked by relevance.</summary>
    public const int RankedWindow = 1000;

    // The headline weighs five times the body; set as the table's rank so queries can ORDER BY rank, which
    // FTS5 answers faster than an explicit bm25() call. The rowid is the article's place in publication order
    // (undated first, then by date, then by id); ArticleId says which article it is.
    public const string SqliteCreateTable = """
        CREATE VIRTUAL TABLE ArticleSearch USING fts5(Headline, Body, ArticleId UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('rank', 'bm25(5.0, 1.0)');
        """;

    public const string SqliteFill = """
        INSERT INTO ArticleSearch(rowid, Headline, Body, ArticleId)
        SELECT row_number() OVER (ORDER BY a.PublishedOn IS NOT NULL, a.PublishedOn, a.Id), a.Headline,
               (SELECT group_concat(Text, char(10)) FROM (SELECT Text FROM Paragraphs p WHERE p.ArticleId = a.Id ORDER BY p.Position)),
               a.Id
        FROM Articles a
        ORDER BY 1
        """;

    // The oldest place in the window: the rowid of the window's last match, or none when fewer match.
    private const string SqliteWindow = """
        SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $query ORDER BY rowid DESC LIMIT 1 OFFSET $window
        """;

    // Ranked inside FTS5 first, so the snippet is made for the shown rows only.
    private static readonly string SqliteQuery = $"""
        SELECT a.Slug, a.Headline, a.PublishedOn, s.Snippet
        FROM (SELECT ArticleId, rank, snippet(ArticleSearch, 1, char({(int)MatchStart}), char({(int)MatchEnd}), '…', 16) AS Snippet
              FROM ArticleSearch WHERE ArticleSearch MATCH $query AND rowid >= $from ORDER BY rank LIMIT $limit) s
        JOIN Articles a ON a.Id = s.ArticleId
        ORDER BY s.rank
        """;

    public sealed record Hit(string Slug, string Headline, DateOnly? PublishedOn, string Snippet);

    /// <param name="window">How many of the newest matches are ranked (<see cref="RankedWindow"/>); <see cref="int.MaxValue"/>
    /// ranks every match, as a reference to measure the window against.</param>
    /// <param name="words">The archive's words, which the last word typed is completed from on SQLite; without them
    /// it is searched as a prefix, with the same matches, more slowly.</param>
    public static async Task<IReadOnlyList<Hit>> FindAsync(ArchiveDbContext db, SearchTerms terms, int limit = 20, CancellationToken cancellationToken = default,
        int window = RankedWindow, ArticleWords? words = null)
    {
        if (terms.IsEmpty) return [];
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        var query = postgres ? terms.ToTsQuery() : terms.ToFtsQuery(words);
        await using var command = connection.CreateCommand();
        if (postgres)
        {
            command.CommandText = PostgresArticleSearch.Query;
            AddParameter(command, null, query);
            AddParameter(command, null, limit);
            AddParameter(command, null, window);
        }
        else
        {
            command.CommandText = SqliteQuery;
            AddParameter(command, "$query", query);
            AddParameter(command, "$limit", limit);
            AddParameter(command, "$from", window == int.MaxValue ? 0 : await OldestInWindowAsync(connection, query, window, cancellationToken));
        }
        var hits = new List<Hit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            DateOnly? published = reader.IsDBNull(2) ? null
                : postgres ? reader.GetFieldValue<DateOnly>(2) : DateOnly.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture);
            hits.Add(new Hit(reader.GetString(0), reader.GetString(1), published, reader.GetString(3)));
        }
        return hits;
    }

    private static async Task<long> OldestInWindowAsync(DbConnection connection, string query, int window, CancellationToken cancellationToken)
    {
        await using var probe = connection.CreateCommand();
        probe.CommandText = SqliteWindow;
        AddParameter(probe, "$query", query);
        AddParameter(probe, "$window", window - 1);
        return await probe.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull ? Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>PostgreSQL takes positional parameters ($1, $2); SQLite named ones.</summary>
    private static void AddParameter(DbCommand command, string? name, object value)
    {
        var parameter = command.CreateParameter();
        if (name is not null) parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
