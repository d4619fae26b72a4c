using System.Data.Common;
using NewsArchive.Data;

namespace NewsArchive.PoliticalParties;

/// <summary>
/// A party page's people and articles, read with hand-written statements (<see cref="ReaderCommands"/>), each
/// prepared once per kept reader connection: the SQL EF Core's queries sent, without its query pipeline on every
/// uncached visit. Rows come in the same order, so the page is byte for byte the same.
/// </summary>
internal static class PartyRows
{
    // The database's order of names chooses which are shown; the page puts them in ordinal order (PartyQueries).
    private const string PeopleSql = """
        SELECT p."Slug", p."Name", x."ArticleCount"
        FROM "PartyPeople" AS x JOIN "People" AS p ON p."Id" = x."PersonId"
        WHERE x."Party" = @p0 ORDER BY x."ArticleCount" DESC, p."Name", p."Id" LIMIT @p1
        """;

    private const string ArticlesSql = """
        SELECT a."Slug", a."Headline", a."PublishedOn", a."Source"
        FROM "PartyArticles" AS x JOIN "Articles" AS a ON a."Id" = x."ArticleId"
        WHERE x."Party" = @p0 ORDER BY x."ArticleOrder" LIMIT @p1 OFFSET @p2
        """;

    /// <summary>The <paramref name="limit"/> people the most articles name, in the database's order.</summary>
    public static Task<List<PartyQueries.PersonLink>> MostWrittenAboutAsync(ArchiveDbContext db, string party, int limit, CancellationToken cancellationToken) =>
        ReaderCommands.ReadAsync(db, PeopleSql, r => new PartyQueries.PersonLink(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken, party, limit);

    /// <param name="total">The party's articles, counted when the archive was built.</param>
    public static Task<PageOf<PartyQueries.ArticleLink>> ArticlesAsync(ArchiveDbContext db, string party, int total, int page, CancellationToken cancellationToken) =>
        ReaderCommands.PageAsync(db, total, ArticlesSql, Article, page, PartyQueries.ArticlesPerPage, cancellationToken, party);

    private static PartyQueries.ArticleLink Article(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.NullableString(3));
}
