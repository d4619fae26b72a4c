using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// Full-text search of articles with the database's own engine: SQLite FTS5, or PostgreSQL tsvector. Both
/// index headline and body without stemming and with accents folded, so the same words find the same
/// articles; the query is built only from plain words (<see cref="SearchTerms"/>) and bound as a parameter.
/// </summary>
public static class ArticleSearch
{
    /// <summary>Marks the start and end of a matched word in a snippet; the page turns them into &lt;mark&gt;.</summary>
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    // The headline weighs five times the body; set as the table's rank so queries can ORDER BY rank, which
    // FTS5 answers faster than an explicit bm25() call.
    public const string SqliteCreateTable = """
        CREATE VIRTUAL TABLE ArticleSearch USING fts5(Headline, Body, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('rank', 'bm25(5.0, 1.0)');
        """;

    public const string SqliteFill = """
        INSERT INTO ArticleSearch(rowid, Headline, Body)
        SELECT a.Id, a.Headline,
               (SELECT group_concat(Text, char(10)) FROM (SELECT Text FROM Paragraphs p WHERE p.ArticleId = a.Id ORDER BY p.Position))
        FROM Articles a
        """;

    public const string PostgresCreateTable = """
        CREATE TABLE "ArticleSearch" ("ArticleId" integer PRIMARY KEY, "Body" text NOT NULL, "Document" tsvector NOT NULL);
        CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING gin ("Document");
        """;

    public const string PostgresFill = """
        INSERT INTO "ArticleSearch" ("ArticleId", "Body", "Document")
        SELECT a."Id", b.body,
               setweight(to_tsvector('simple', public.unaccent(a."Headline")), 'A') || setweight(to_tsvector('simple', public.unaccent(b.body)), 'B')
        FROM "Articles" a
        JOIN (SELECT "ArticleId", string_agg("Text", E'\n' ORDER BY "Position") AS body FROM "Paragraphs" GROUP BY "ArticleId") b ON b."ArticleId" = a."Id"
        """;

    private static readonly string SqliteQuery = $"""
        SELECT a.Slug, a.Headline, a.PublishedOn,
               snippet(ArticleSearch, 1, char({(int)MatchStart}), char({(int)MatchEnd}), '…', 16)
        FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
        WHERE ArticleSearch MATCH $query
        ORDER BY rank
        LIMIT $limit
        """;

    private static readonly string PostgresQuery = $"""
        SELECT a."Slug", a."Headline", a."PublishedOn",
               ts_headline('simple', s."Body", q, 'StartSel=' || chr({(int)MatchStart}) || ', StopSel=' || chr({(int)MatchEnd}) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…')
        FROM "ArticleSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId", to_tsquery('simple', public.unaccent($1)) q
        WHERE s."Document" @@ q
        ORDER BY ts_rank(s."Document", q) DESC, a."Id"
        LIMIT $2
        """;

    public sealed record Hit(string Slug, string Headline, DateOnly? PublishedOn, string Snippet);

    public static async Task<IReadOnlyList<Hit>> FindAsync(ArchiveDbContext db, SearchTerms terms, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (terms.IsEmpty) return [];
        var postgres = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = postgres ? PostgresQuery : SqliteQuery;
        AddParameter(command, postgres ? null : "$query", postgres ? terms.ToTsQuery() : terms.ToFtsQuery());
        AddParameter(command, postgres ? null : "$limit", limit);
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

    /// <summary>PostgreSQL takes positional parameters ($1, $2); SQLite named ones.</summary>
    private static void AddParameter(DbCommand command, string? name, object value)
    {
        var parameter = command.CreateParameter();
        if (name is not null) parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
