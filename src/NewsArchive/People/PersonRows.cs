using NewsArchive.Data;

namespace NewsArchive.People;

/// <summary>
/// A person page's row, coverage, quotes, months and companions, read with hand-written statements
/// (<see cref="ReaderCommands"/>), each prepared once per kept reader connection: the SQL EF Core's queries sent,
/// without its query pipeline on every uncached visit. Rows come in the same order, so the page is the same.
/// </summary>
internal static class PersonRows
{
    private const string PersonSql = """SELECT "Id", "Name" FROM "People" WHERE "Slug" = @p0""";

    private const string ArticlesSql = """
        SELECT r."Slug", r."Headline", r."PublishedOn", r."Source", a."MentionCount", a."FirstSentence"
        FROM "Appearances" AS a JOIN "Articles" AS r ON r."Id" = a."ArticleId"
        WHERE a."PersonId" = @p0 ORDER BY a."ArticleOrder" LIMIT @p1 OFFSET @p2
        """;

    // The page's quoted articles are a range of the person's list of them; each one's quotes in the order written.
    // Matched by list order (one article's alone), so the quotes are found on the person's (person, order) index:
    // matched by article, every quote of the person was read to find its article, 4,902 for the person in most
    // articles at 100,000. Each quote comes with whether the person page shows it (ShownQuotes, chosen when the
    // archive was built for pages of ArticlesPerPage articles).
    private const string QuotesSql = """
        SELECT q."Text", q."Context", q."Paragraph", r."Slug", r."Headline", r."PublishedOn",
               EXISTS (SELECT 1 FROM "ShownQuotes" AS s WHERE s."QuoteId" = q."Id")
        FROM "Quotes" AS q JOIN "Articles" AS r ON r."Id" = q."ArticleId"
        WHERE q."PersonId" = @p0 AND q."ArticleOrder" IN (
            SELECT x."ArticleOrder" FROM "QuotedArticles" AS x WHERE x."PersonId" = @p0 ORDER BY x."ArticleOrder" LIMIT @p1 OFFSET @p2)
        ORDER BY q."ArticleOrder", q."Paragraph", q."Id"
        """;

    private const string MonthsSql = """SELECT "Month", "Articles" FROM "PersonMonths" WHERE "PersonId" = @p0""";

    private const string CompanionsSql = """
        SELECT p."Slug", p."Name", c."SharedArticles"
        FROM "PersonCompanions" AS c JOIN "People" AS p ON p."Id" = c."CompanionId"
        WHERE c."PersonId" = @p0 ORDER BY c."Rank"
        """;

    /// <summary>The person's row and name, or none when no person has the slug.</summary>
    public static async Task<(int Id, string Name)?> PersonAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken) =>
        await ReaderCommands.ReadAsync(db, PersonSql, r => (r.GetInt32(0), r.GetString(1)), cancellationToken, slug) is [var person] ? person : null;

    /// <param name="total">How many articles name the person (<see cref="PersonFacts.Articles"/>).</param>
    public static Task<PageOf<PersonQueries.ArticleMention>> ArticlesAsync(ArchiveDbContext db, int person, int total, int page, int perPage,
        CancellationToken cancellationToken) =>
        ReaderCommands.PageAsync(db, total, ArticlesSql, r => new PersonQueries.ArticleMention(
            r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.NullableString(3), r.GetInt32(4), r.GetString(5)),
            page, perPage, cancellationToken, person);

    /// <summary>The quotes of one page of the articles the person is quoted in, each with whether a page of
    /// <see cref="Paging.ArticlesPerPage"/> articles shows it.</summary>
    /// <param name="total">How many articles quote the person (<see cref="PersonFacts.QuotedArticles"/>).</param>
    public static async Task<IReadOnlyList<(PersonQueries.QuoteView Quote, bool Shown)>> QuotesAsync(ArchiveDbContext db,
        int person, int total, int page, int perPage, CancellationToken cancellationToken)
    {
        var quotes = await ReaderCommands.PageAsync(db, total, QuotesSql, r => (new PersonQueries.QuoteView(
            r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5)),
            r.GetBoolean(6)), page, perPage, cancellationToken, person);
        return quotes.Items;
    }

    public static Task<List<(int Month, int Articles)>> MonthsAsync(ArchiveDbContext db, int person, CancellationToken cancellationToken) =>
        ReaderCommands.ReadAsync(db, MonthsSql, r => (r.GetInt32(0), r.GetInt32(1)), cancellationToken, person);

    /// <summary>The person's companions kept when the archive was built, most shared first.</summary>
    public static Task<List<PersonCoverage.Companion>> CompanionsAsync(ArchiveDbContext db, int person, CancellationToken cancellationToken) =>
        ReaderCommands.ReadAsync(db, CompanionsSql, r => new PersonCoverage.Companion(r.GetString(0), r.GetString(1), r.GetInt32(2)), cancellationToken, person);
}
