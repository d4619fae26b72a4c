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

    public const string SqliteCreateTable =
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(Headline, Body, tokenize = 'unicode61 remove_diacritics 2')";

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

    // The best matches are chosen first and only they get a snippet: building snippets for every match of a
    // common word ("housing") would cost far more than ranking them.
    private static readonly string SqliteQuery = $"""
        SELECT a.Slug, a.Headline, a.PublishedOn,
               snippet(ArticleSearch, 1, char({(int)MatchStart}), char({(int)MatchEnd}), '…', 16)
        FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid
        WHERE ArticleSearch MATCH $query AND ArticleSearch.rowid IN (
            SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $query
            ORDER BY bm25(ArticleSearch, 5.0, 1.0), rowid LIMIT $limit)
        ORDER BY bm25(ArticleSearch, 5.0, 1.0), a.Id
        """;

    private static readonly string PostgresQuery = $"""
        WITH q AS (SELECT to_tsquery('simple', public.unaccent($1)) AS q),
        best AS (
            SELECT s."ArticleId", ts_rank(s."Document", q.q) AS rank FROM "ArticleSearch" s, q
            WHERE s."Document" @@ q.q ORDER BY rank DESC, s."ArticleId" LIMIT $2)
        SELECT a."Slug", a."Headline", a."PublishedOn",
               ts_headline('simple', s."Body", q.q, 'StartSel=' || chr({(int)MatchStart}) || ', StopSel=' || chr({(int)MatchEnd}) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…')
        FROM best JOIN "ArticleSearch" s ON s."ArticleId" = best."ArticleId" JOIN "Articles" a ON a."Id" = best."ArticleId", q
        ORDER BY best.rank DESC, a."Id"
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
