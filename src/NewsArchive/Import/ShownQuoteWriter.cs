using NewsArchive.Data;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Picks, when the archive is built, the quotes each page of a person's quotes shows (<see cref="ShownQuote"/>): the
/// person's quoted articles in list order, <see cref="Paging.ArticlesPerPage"/> to a page as the page reads them,
/// and on each page the quotes <see cref="QuoteSelection.ForReaders{T}"/> keeps, in the order the page lists them.
/// </summary>
internal static class ShownQuoteWriter
{
    /// <summary>People whose quotes are read at a time, so the import holds one chunk's quotes, not the archive's.</summary>
    private const int PeoplePerChunk = 256;

    private sealed record Row(int Id, int PersonId, int ArticleOrder, string Text);

    // In the order a page lists them (see PersonRows): by article, then paragraph, then as written.
    private const string QuotesSql = """
        SELECT "Id", "PersonId", "ArticleOrder", "Text" FROM "Quotes"
        WHERE "PersonId" BETWEEN @p0 AND @p1 ORDER BY "PersonId", "ArticleOrder", "Paragraph", "Id"
        """;

    /// <param name="insert">Writes rows in the build's transaction.</param>
    public static async Task WriteAsync(ArchiveDbContext context, Action<RowBatch> insert, CancellationToken cancellationToken)
    {
        var shape = TableShape.Of<ShownQuote>(context.Model);
        var last = (await ReaderCommands.ReadAsync(context, """SELECT MAX("PersonId") FROM "Quotes" """,
            r => r.IsDBNull(0) ? 0 : Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken))[0];
        for (var first = 1; first <= last; first += PeoplePerChunk)
        {
            var quotes = await ReaderCommands.ReadAsync(context, QuotesSql, r => new Row(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)),
                cancellationToken, first, first + PeoplePerChunk - 1);
            var shown = quotes.GroupBy(q => q.PersonId).SelectMany(Shown).Select(q => shape.Row(new ShownQuote { QuoteId = q.Id })).ToList();
            if (shown.Count > 0) insert(shape.Batch(shown));
        }
    }

    /// <summary>One person's quotes, in page order, as the pages of their quoted articles show them.</summary>
    private static IEnumerable<Row> Shown(IEnumerable<Row> quotes)
    {
        var articles = 0;
        var previousOrder = -1;
        return quotes.GroupBy(q =>
        {
            if (q.ArticleOrder != previousOrder) (articles, previousOrder) = (articles + 1, q.ArticleOrder);
            return (articles - 1) / Paging.ArticlesPerPage;
        }).SelectMany(page => QuoteSelection.ForReaders(page, q => q.Text));
    }
}
