using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>The paragraphs' HTML, rendered once when the archive is built, is what the article page rendered on every
/// visit: the Markdown with only safe links, and each person's first mention linked to their page.</summary>
public class ParagraphHtmlTests : ImporterOnTempFiles
{
    public ParagraphHtmlTests()
    {
        foreach (var seed in Directory.GetFiles(ProjectFolders.Seeds)) File.Copy(seed, Path.Combine(_seeds.Path, Path.GetFileName(seed)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hugo-assembly-debate.md"), Path.Combine(_seeds.Path, "hugo.md"));
        _seeds.Write("links.md", """
            ---
            title: Mayor Sadiq Khan answers the Assembly
            ---

            Sadiq Khan told [the Assembly](https://www.london.gov.uk/) and [a script](javascript:alert(1)) nothing, said
            Shaun Bailey. ![a bus](https://images.invalid/bus.jpg) <b>Bold</b> and <script>x</script> went.

            Shaun Bailey and Sadiq Khan spoke again, with *emphasis* and `code`.
            """);
    }

    [Fact]
    public async Task Every_paragraph_is_stored_as_a_fresh_render_of_its_text_with_its_first_mentions_linked()
    {
        Assert.True((await _importer.ImportAsync(_seeds.Path)).Succeeded);
        await using var db = _database.OpenContext();
        var stored = await db.ParagraphHtml.ToDictionaryAsync(h => h.ParagraphId, h => h.Html);
        var paragraphs = await db.Paragraphs.OrderBy(p => p.Id).ToListAsync();
        Assert.Equal(paragraphs.Count, stored.Count);
        var linked = 0;
        foreach (var article in paragraphs.GroupBy(p => p.ArticleId))
        {
            // As the page computed them per visit: each person's first mention, by paragraph and then place.
            var firsts = (await db.Mentions.Where(m => m.ArticleId == article.Key)
                    .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { p.Slug, m.Paragraph, m.Start, m.Length }).ToListAsync())
                .GroupBy(m => m.Slug).Select(g => g.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).First())
                .ToLookup(m => m.Paragraph, m => new ArticleHtml.Link(m.Start, m.Length, $"/people/{m.Slug}"));
            foreach (var paragraph in article)
            {
                var links = firsts[paragraph.Position].ToList();
                Assert.Equal(ArticleHtml.Inline(paragraph.Text, paragraph.Markdown, links), stored[paragraph.Id]);
                if (paragraph.Markdown is null) linked += links.Count;
            }
        }
        Assert.True(linked > 20, $"only {linked} first mentions were linked");
        Assert.Contains(stored.Values, h => h.Contains("<a href=\"https://www.london.gov.uk/\" rel=\"nofollow noopener\">the Assembly</a>"));
        Assert.DoesNotContain(stored.Values, h => h.Contains("javascript", StringComparison.OrdinalIgnoreCase) && h.Contains("href"));
        Assert.DoesNotContain(stored.Values, h => h.Contains("<script", StringComparison.OrdinalIgnoreCase) || h.Contains("<img"));
    }

    [Fact]
    public async Task An_archive_built_before_the_html_was_stored_is_rebuilt()
    {
        await _importer.ImportAsync(_seeds.Path);
        await using (var connection = new SqliteConnection($"Data Source={_database.FilePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP TABLE \"ParagraphHtml\"; PRAGMA user_version = {ArchiveDatabase.SchemaVersion - 1};";
            command.ExecuteNonQuery();
        }
        Assert.False(_database.IsCurrent());
        Assert.True(_importer.ArchiveNeedsBuilding());

        Assert.True((await _importer.ImportAsync(_seeds.Path)).Succeeded);
        Assert.True(_database.IsCurrent());
        await using var db = _database.OpenContext();
        Assert.Equal(await db.Paragraphs.CountAsync(), await db.ParagraphHtml.CountAsync());
    }
}
