using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Articles;

/// <summary>
/// An article, its paragraphs (with their HTML) and its people, read with three hand-written statements
/// (<see cref="ReaderCommands"/>): what the article page shows, read on every uncached visit. The order of rows is
/// the one EF Core's queries gave (each table's index order), so the page is byte for byte the same.
/// </summary>
internal static class ArticleRows
{
    private const string ArticleSql = """
        SELECT "Id", "Slug", "Headline", "HeadlineDerived", "PublishedOn", "Source", "WordCount", "IsMarkdown",
               "PublishedAt", "Authors", "Standfirst", "Categories", "Tags", "IsDraft"
        FROM "Articles" WHERE "Slug" = @p0
        """;

    private const string ParagraphsSql = """
        SELECT p."Position", p."Section", p."Kind", p."Text", p."Markdown", h."Html"
        FROM "Paragraphs" AS p LEFT JOIN "ParagraphHtml" AS h ON h."ParagraphId" = p."Id"
        WHERE p."ArticleId" = @p0 ORDER BY p."Position"
        """;

    // Most mentioned first, then first named; with each person's first paragraph in the body (none for a person
    // named only in the headline or standfirst).
    private const string PeopleSql = """
        SELECT p."Slug", p."Name", a."MentionCount",
               (SELECT MIN(m."Paragraph") FROM "Mentions" AS m WHERE m."ArticleId" = a."ArticleId" AND m."PersonId" = a."PersonId")
        FROM "Appearances" AS a JOIN "People" AS p ON p."Id" = a."PersonId"
        WHERE a."ArticleId" = @p0 ORDER BY a."MentionCount" DESC, a."FirstParagraph", a."Id"
        """;

    private sealed record Row(
        int Id, string Slug, string Headline, bool HeadlineDerived, DateOnly? PublishedOn, string? Source, int WordCount, bool IsMarkdown,
        string? PublishedAt, string? Authors, string? Standfirst, string? Categories, string? Tags, bool IsDraft);

    public static async Task<ArticleQueries.Detail?> ReadAsync(ArchiveDbContext db, string? slug, CancellationToken cancellationToken)
    {
        var found = await ReaderCommands.ReadAsync(db, ArticleSql, ReadRow, cancellationToken, slug);
        if (found is not [var article, ..]) return null;
        var paragraphs = await ReaderCommands.ReadAsync(db, ParagraphsSql, r => new ArticleQueries.ParagraphView(
            r.GetInt32(0), r.GetInt32(1), (ParagraphKind)r.GetInt32(2), r.GetString(3), r.NullableString(4), r.NullableString(5)),
            cancellationToken, article.Id);
        var people = await ReaderCommands.ReadAsync(db, PeopleSql,
            r => (Person: new ArticleQueries.PersonView(r.GetString(0), r.GetString(1), r.GetInt32(2)), First: r.IsDBNull(3) ? (int?)null : r.GetInt32(3)),
            cancellationToken, article.Id);
        return new ArticleQueries.Detail(article.Id, article.Slug, article.Headline, article.HeadlineDerived, article.PublishedOn, article.Source,
            article.WordCount, article.IsMarkdown, paragraphs, [.. people.Select(p => p.Person)],
            people.Where(p => p.First is not null).ToDictionary(p => p.Person.Slug, p => p.First!.Value))
        {
            PublishedAt = article.PublishedAt is { } moment ? PublishedAt(db, moment) : null,
            Authors = Article.SplitLines(article.Authors),
            Standfirst = article.Standfirst,
            Categories = Article.SplitLines(article.Categories),
            Tags = Article.SplitLines(article.Tags),
            IsDraft = article.IsDraft,
        };
    }

    private static Row ReadRow(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4), r.NullableString(5),
        r.GetInt32(6), r.GetBoolean(7), r.NullableString(8), r.NullableString(9), r.NullableString(10), r.NullableString(11), r.NullableString(12),
        r.GetBoolean(13));

    /// <summary>Read back as the model stores it (as text, with the writer's own zone).</summary>
    private static DateTimeOffset PublishedAt(ArchiveDbContext db, string stored) =>
        (DateTimeOffset)db.Model.FindEntityType(typeof(Article))!.FindProperty(nameof(Article.PublishedAt))!.GetTypeMapping().Converter!
            .ConvertFromProvider(stored)!;
}
