using NewsArchive.Data;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Every person's <see cref="PersonFacts"/>, put together when the archive is built, a chunk of people (by id) at a
/// time: each party's and role's count and its earliest sentences for the whole chunk in one statement each, with
/// window functions that SQLite and PostgreSQL both run, where the page counted and read them value by value.
/// </summary>
internal static class PersonFactSections
{
    // Per person and value: how many sentences state it, and its earliest ones, the archive's list order backwards
    // (undated articles, then the oldest), ties the later row first, as the page read them on the person's index.
    private const string StatedSql = """
        SELECT s."PersonId", s."Value", s."StatedIn", r."Slug", r."Headline", r."PublishedOn", s."Sentence"
        FROM (SELECT "PersonId", "{0}" AS "Value", "ArticleId", "Sentence",
                     COUNT(*) OVER (PARTITION BY "PersonId", "{0}") AS "StatedIn",
                     ROW_NUMBER() OVER (PARTITION BY "PersonId", "{0}" ORDER BY "ArticleOrder" DESC, "Id" DESC) AS "Earliest"
              FROM "{1}" WHERE "PersonId" BETWEEN @p0 AND @p1) AS s
        JOIN "Articles" AS r ON r."Id" = s."ArticleId"
        WHERE s."Earliest" <= {2}
        ORDER BY s."PersonId", s."Earliest"
        """;

    private static readonly string PartiesSql = string.Format(System.Globalization.CultureInfo.InvariantCulture, StatedSql, "Party", "Affiliations", PersonQueries.SourcesPerFact);

    private static readonly string RolesSql = string.Format(System.Globalization.CultureInfo.InvariantCulture, StatedSql, "Role", "Roles", PersonQueries.SourcesPerFact);

    private const string PeopleSql = """SELECT "Id", "EditorParty" FROM "People" WHERE "Id" BETWEEN @p0 AND @p1 ORDER BY "Id" """;

    private const string ArticlesSql = """SELECT "PersonId", COUNT(*) FROM "Appearances" WHERE "PersonId" BETWEEN @p0 AND @p1 GROUP BY "PersonId" """;

    private const string QuotedArticlesSql = """SELECT "PersonId", COUNT(*) FROM "QuotedArticles" WHERE "PersonId" BETWEEN @p0 AND @p1 GROUP BY "PersonId" """;

    private const string AliasesSql = """SELECT "PersonId", "Text" FROM "PersonAliases" WHERE "PersonId" BETWEEN @p0 AND @p1 ORDER BY "Id" """;

    /// <summary>Each chunk's facts, every person of it, in id order; given once the chunk's reads are closed.</summary>
    public static async IAsyncEnumerable<List<(int PersonId, PersonFacts Facts)>> ChunksAsync(ArchiveDbContext db, int peoplePerChunk,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = (await ReaderCommands.ReadAsync(db, """SELECT MAX("Id") FROM "People" """, r => r.IsDBNull(0) ? 0 : Convert.ToInt32(r.GetValue(0)), cancellationToken))[0];
        for (var first = 1; first <= last; first += peoplePerChunk)
        {
            object[] range = [first, first + peoplePerChunk - 1];
            var people = await ReaderCommands.ReadAsync(db, PeopleSql, r => (Id: r.GetInt32(0), EditorParty: r.NullableString(1)), cancellationToken, range);
            var aliases = (await ReaderCommands.ReadAsync(db, AliasesSql, r => (PersonId: r.GetInt32(0), Text: r.GetString(1)), cancellationToken, range))
                .ToLookup(a => a.PersonId, a => a.Text);
            var parties = await StatedAsync(db, PartiesSql, range, cancellationToken);
            var roles = await StatedAsync(db, RolesSql, range, cancellationToken);
            var articles = await CountsAsync(db, ArticlesSql, range, cancellationToken);
            var quoted = await CountsAsync(db, QuotedArticlesSql, range, cancellationToken);
            yield return people.Select(p => (p.Id, PersonFacts.Of([.. aliases[p.Id]], p.EditorParty, parties[p.Id], roles[p.Id],
                articles.GetValueOrDefault(p.Id), quoted.GetValueOrDefault(p.Id)))).ToList();
        }
    }

    private static async Task<Dictionary<int, int>> CountsAsync(ArchiveDbContext db, string sql, object[] range, CancellationToken cancellationToken) =>
        (await ReaderCommands.ReadAsync(db, sql, r => (PersonId: r.GetInt32(0), Count: Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken, range)).ToDictionary(c => c.PersonId, c => c.Count);

    private static async Task<ILookup<int, PersonFacts.Stated>> StatedAsync(ArchiveDbContext db, string sql, object[] range, CancellationToken cancellationToken) =>
        (await ReaderCommands.ReadAsync(db, sql, r => (PersonId: r.GetInt32(0), Stated: new PersonFacts.Stated(r.GetString(1),
                Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                new PersonQueries.Source(r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), r.GetString(6)))),
            cancellationToken, range))
        .ToLookup(s => s.PersonId, s => s.Stated);
}
