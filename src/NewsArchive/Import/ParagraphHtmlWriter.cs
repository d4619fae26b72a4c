using System.Data.Common;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Import;

/// <summary>
/// Renders every paragraph's HTML once, when the archive is built (<see cref="ParagraphHtml"/>): the Markdown, the
/// safe links and the link from each person's first mention to their page, exactly as the article page rendered
/// them on every visit before. It runs once people have their URLs (their slugs are given only when the whole
/// archive has been read), a chunk of articles at a time, rendering a chunk on every core.
/// </summary>
internal static class ParagraphHtmlWriter
{
    private const int ArticlesPerChunk = 2000;

    private sealed record Source(int Id, int ArticleId, int Position, string Text, string? Markdown);

    private sealed record FirstMention(int ArticleId, int Paragraph, int Start, int Length, string PersonSlug);

    /// <param name="insert">Writes rows in the build's transaction.</param>
    public static void Write(ArchiveDbContext context, DbConnection connection, DbTransaction transaction, int articles,
        Action<RowBatch> insert, CancellationToken cancellationToken)
    {
        var shape = TableShape.Of<ParagraphHtml>(context.Model);
        for (var first = 1; first <= articles; first += ArticlesPerChunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = first + ArticlesPerChunk - 1;
            var paragraphs = Read(connection, transaction, first, last, """
                SELECT "Id", "ArticleId", "Position", "Text", "Markdown" FROM "Paragraphs"
                WHERE "ArticleId" BETWEEN @p0 AND @p1 ORDER BY "Id"
                """, r => new Source(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
            // In the order of the mentions' index, (article, person), as the page read them.
            var mentions = Read(connection, transaction, first, last, """
                SELECT m."ArticleId", m."Paragraph", m."Start", m."Length", p."Slug"
                FROM "Mentions" AS m JOIN "People" AS p ON p."Id" = m."PersonId"
                WHERE m."ArticleId" BETWEEN @p0 AND @p1 ORDER BY m."ArticleId", m."PersonId", m."Id"
                """, r => new FirstMention(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
            var links = LinksByParagraph(mentions);
            var html = new string[paragraphs.Count];
            Parallel.For(0, paragraphs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var p = paragraphs[i];
                html[i] = ArticleHtml.Inline(p.Text, p.Markdown, links.TryGetValue((p.ArticleId, p.Position), out var own) ? own : []);
            });
            insert(shape.Batch([.. paragraphs.Select((p, i) => shape.Row(new ParagraphHtml { ParagraphId = p.Id, Html = html[i] }))]));
        }
    }

    /// <summary>Each person's first mention in each article (by paragraph, then place in it), as links laid over
    /// that paragraph's text.</summary>
    private static Dictionary<(int Article, int Paragraph), List<ArticleHtml.Link>> LinksByParagraph(List<FirstMention> mentions)
    {
        var links = new Dictionary<(int, int), List<ArticleHtml.Link>>();
        foreach (var article in mentions.GroupBy(m => m.ArticleId))
        foreach (var first in article.GroupBy(m => m.PersonSlug).Select(g => g.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).First()))
        {
            var key = (article.Key, first.Paragraph);
            if (!links.TryGetValue(key, out var list)) links[key] = list = [];
            list.Add(new ArticleHtml.Link(first.Start, first.Length, $"/people/{first.PersonSlug}"));
        }
        return links;
    }

    private static List<T> Read<T>(DbConnection connection, DbTransaction transaction, int first, int last, string sql, Func<DbDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in new[] { ("@p0", first), ("@p1", last) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }
}
