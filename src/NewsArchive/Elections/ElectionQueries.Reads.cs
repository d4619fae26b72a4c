using System.Data.Common;
using NewsArchive.Data;
using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>
/// The election page's reads, hand-written (<see cref="ReaderCommands"/>), each prepared once per kept reader
/// connection: the SQL EF Core's queries sent, without its query pipeline on every uncached visit. Rows come in the
/// same order, so the page is byte for byte the same.
/// </summary>
public static partial class ElectionQueries
{
    private const string ElectionSql = """
        SELECT "Id", "Slug", "DemocracyClubId", "Name", "Kind", "Area", "Year", "PollDate", "ParentSlug", "VotingSystem", "CandidateCount"
        FROM "Elections" WHERE "Slug" = @p0
        """;

    private const string PageRowsSql = """
        SELECT "PersonName", "PersonSlug", "Party", "Outcome", "Kind", "Text", "Value", "Bound", "Round", "Status", "RoundFromContext", "OutOf",
               "Curated", "ArticleSlug", "Headline", "PublishedOn", "Paragraph", "Sentence", "CandidateRank", "SourceNumber", "Post", "Part"
        FROM "ElectionPageRows" WHERE "ElectionEntryId" = @p0 ORDER BY "Position"
        """;

    private const string ArticleCountSql = """SELECT COUNT(*) FROM "ElectionArticles" WHERE "ElectionEntryId" = @p0""";

    private const string ArticlesSql = """
        SELECT a."Id", a."Slug", a."Headline", a."PublishedOn"
        FROM "ElectionArticles" AS x JOIN "Articles" AS a ON a."Id" = x."ArticleId"
        WHERE x."ElectionEntryId" = @p0 ORDER BY x."ArticleOrder" LIMIT @p1 OFFSET @p2
        """;

    // The sentences naming the election in one page of its articles: that page's range of the election's list.
    private const string MentionsSql = """
        SELECT c."ArticleId", c."Paragraph", a."Slug", a."Headline", a."PublishedOn", c."Sentence"
        FROM "ElectionCoverage" AS c JOIN "Articles" AS a ON a."Id" = c."ArticleId"
        WHERE c."ElectionEntryId" = @p0 AND c."ArticleId" IN (
            SELECT x."ArticleId" FROM "ElectionArticles" AS x WHERE x."ElectionEntryId" = @p0 ORDER BY x."ArticleOrder" LIMIT @p1 OFFSET @p2)
        ORDER BY c."Id"
        """;

    private static async Task<ElectionEntry?> ElectionAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken) =>
        (await ReaderCommands.ReadAsync(db, ElectionSql, r => new ElectionEntry
        {
            Id = r.GetInt32(0), Slug = r.GetString(1), DemocracyClubId = r.GetString(2), Name = r.GetString(3), Kind = Enum.Parse<ElectionKind>(r.GetString(4)),
            Area = r.GetString(5), Year = r.GetInt32(6), PollDate = DateOf(r, 7), ParentSlug = r.NullableString(8), VotingSystem = r.NullableString(9),
            CandidateCount = r.GetInt32(10),
        }, cancellationToken, slug)).SingleOrDefault();

    private static Task<List<Row>> PageRowsAsync(ArchiveDbContext db, int electionId, CancellationToken cancellationToken) =>
        ReaderCommands.ReadAsync(db, PageRowsSql, r => new Row(
            r.NullableString(0), r.NullableString(1), r.NullableString(2), EnumOf<Outcome>(r, 3), EnumOf<FigureKind>(r, 4), r.NullableString(5), r.GetDecimal(6),
            Enum.Parse<Bound>(r.GetString(7)), Enum.Parse<CountRound>(r.GetString(8)), Enum.Parse<FigureStatus>(r.GetString(9)), r.GetBoolean(10),
            r.IsDBNull(11) ? null : r.GetInt32(11), r.GetBoolean(12), r.GetString(13), r.GetString(14), DateOf(r, 15), r.GetInt32(16), r.GetString(17),
            r.IsDBNull(18) ? null : r.GetInt32(18), r.GetInt32(19), r.NullableString(20), r.NullableString(21)), cancellationToken, electionId);

    /// <summary>One page of the election's articles, newest first, and the sentences naming it in them (in their
    /// order, then by paragraph).</summary>
    private static async Task<(PageOf<ArticleLink> Articles, List<Mention> Mentions)> CoverageAsync(ArchiveDbContext db, int electionId, int page, int perPage,
        CancellationToken cancellationToken)
    {
        var articles = await ReaderCommands.PageAsync(db, ArticleCountSql, ArticlesSql, r => (Id: r.GetInt32(0), Link: new ArticleLink(r.GetString(1), r.GetString(2), DateOf(r, 3))),
            page, perPage, cancellationToken, electionId);
        var ids = articles.Items.Select(a => a.Id).ToList();
        var mentions = ids.Count == 0 ? [] : (await ReaderCommands.ReadAsync(db, MentionsSql, r => (ArticleId: r.GetInt32(0), Paragraph: r.GetInt32(1),
                Mention: new Mention(r.GetString(2), r.GetString(3), DateOf(r, 4), r.GetInt32(1), r.GetString(5))),
                cancellationToken, electionId, perPage, (articles.Number - 1) * perPage))
            .OrderBy(m => ids.IndexOf(m.ArticleId)).ThenBy(m => m.Paragraph).Select(m => m.Mention).ToList();
        return (new PageOf<ArticleLink>([.. articles.Items.Select(a => a.Link)], articles.Total, articles.Number, articles.Size), mentions);
    }

    private static DateOnly? DateOf(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateOnly>(ordinal);

    private static T? EnumOf<T>(DbDataReader r, int ordinal) where T : struct, Enum => r.IsDBNull(ordinal) ? null : Enum.Parse<T>(r.GetString(ordinal));
}
