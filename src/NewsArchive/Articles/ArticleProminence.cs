using NewsArchive.Data;
using NewsArchive.Elections;

namespace NewsArchive.Articles;

/// <summary>
/// Who and what a story is about: those in its headline and its opening paragraphs come first, as a reader
/// meets them, before everyone the story merely names. A long piece may name the party leader thirty times
/// and still be about the mayor in its headline.
/// </summary>
public static class ArticleProminence
{
    /// <summary>How many body paragraphs open a story: the news is in them.</summary>
    public const int LeadParagraphs = 2;

    public static IReadOnlySet<int> LeadPositions(ArticleQueries.Detail article) =>
        article.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).Take(LeadParagraphs).Select(p => p.Position).ToHashSet();

    /// <summary>The people in the headline, then those first named in the lead, in order; then the rest by mentions.</summary>
    public static (IReadOnlyList<ArticleQueries.PersonView> About, IReadOnlyList<ArticleQueries.PersonView> AlsoNamed) People(ArticleQueries.Detail article)
    {
        var lead = LeadPositions(article);
        var first = article.FirstParagraphs;
        bool InHeadline(ArticleQueries.PersonView p) =>
            article.Headline.Contains(p.Name, StringComparison.OrdinalIgnoreCase)
            || article.Headline.Contains(p.Name[(p.Name.LastIndexOf(' ') + 1)..], StringComparison.Ordinal);
        var about = article.People
            .Where(p => InHeadline(p) || (first.TryGetValue(p.Slug, out var paragraph) && lead.Contains(paragraph)))
            .OrderBy(p => InHeadline(p) ? 0 : 1).ThenBy(p => first.GetValueOrDefault(p.Slug, int.MaxValue))
            .ToList();
        return (about, article.People.Except(about).ToList());
    }

    // In the coverage index's order, as EF Core's query read them: the order of elections that tie on everything else.
    private const string CoverageSql = """
        SELECT e."Slug", e."Name", e."Year", c."Paragraph"
        FROM "ElectionCoverage" AS c JOIN "Elections" AS e ON e."Id" = c."ElectionEntryId"
        WHERE c."ArticleId" = @p0 ORDER BY c."Id"
        """;

    /// <summary>The article's elections: those named in the lead first, then by how often the article names them.</summary>
    public static async Task<IReadOnlyList<ElectionQueries.ElectionLink>> ElectionsAsync(ArchiveDbContext db, ArticleQueries.Detail article, CancellationToken cancellationToken = default)
    {
        var lead = LeadPositions(article);
        var coverage = await ReaderCommands.ReadAsync(db, CoverageSql,
            r => new { Slug = r.GetString(0), Name = r.GetString(1), Year = r.GetInt32(2), Paragraph = r.GetInt32(3) }, cancellationToken, article.Id);
        return coverage.GroupBy(c => new ElectionQueries.ElectionLink(c.Slug, c.Name, c.Year))
            .OrderBy(g => g.Any(c => lead.Contains(c.Paragraph)) ? 0 : 1)
            .ThenByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.Paragraph)).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
    }
}
