using Microsoft.EntityFrameworkCore;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>
/// The importer reads the folder in passes and writes articles in batches while it understands them. An
/// archive of several batches must come out as if it had been held whole: evidence from an article near the
/// end reaches one at the start, and rows owned by a person are numbered by person, then by article.
/// </summary>
public class StreamingImportTests : ImporterOnTempFiles
{
    // More articles than the importer reads in one chunk, and more rows than it writes in one batch.
    private const int Articles = 700;

    public StreamingImportTests()
    {
        // "stork" and "nest" are everyday words in this archive, so "Stork Nest" alone is not a name...
        _seeds.Write("a.txt", "Birds on the common\n\nA stork built a nest on the roof of the town hall.");
        _seeds.Write("b.txt", "The report on the common\n\nThe report was Stork Nest's idea, the committee heard.");
        string[] people = ["Ada Quill", "Bram Oakes", "Cora Vell", "Dov Tamsin"];
        for (var i = 0; i < Articles; i++)
        {
            var (first, second) = (people[i % 4], people[(i + 1 + i / 4 % 3) % 4]);
            _seeds.Write($"c{i:D4}.txt", $"Council meeting number {i}\n\n{first} met {second} at the council.\n\n" +
                $"\"We have agreed the budget for the year,\" said {second}.\n\n{first} and {second} left together.");
        }
        // ...until an article near the end vouches for it as a person's (a name of everyday words needs a title
        // to vouch for it: "Stork Nest said" alone could be a body speaking).
        _seeds.Write("z.txt", "A statement\n\nDr Stork Nest said the committee would meet again.");
    }

    [Fact]
    public async Task A_name_vouched_for_at_the_end_of_the_folder_is_a_person_at_its_start()
    {
        await _importer.ImportAsync(_seeds.Path);
        await using var db = _database.OpenContext();
        var named = await db.Appearances.Where(a => a.Article.FileName == "b.txt").Join(db.People, a => a.PersonId, p => p.Id, (a, p) => p.Name).ToListAsync();
        Assert.Equal(["Stork Nest"], named);
    }

    [Fact]
    public async Task Every_article_is_written_and_rows_are_numbered_by_their_owner_then_by_article()
    {
        var report = await _importer.ImportAsync(_seeds.Path);
        // The 700 council articles, and a, b and z.
        Assert.Equal(Articles + 3, report.ArticlesImported);
        await using var db = _database.OpenContext();
        Assert.Equal(Articles + 3, await db.Articles.CountAsync());
        var people = await db.People.OrderBy(p => p.Id).Select(p => p.Key).ToListAsync();
        Assert.Equal(people.Order(StringComparer.Ordinal), people);
        var mentions = await db.Mentions.OrderBy(m => m.Id).Select(m => new { m.Id, m.PersonId, m.ArticleId }).ToListAsync();
        Assert.Equal(Enumerable.Range(1, mentions.Count), mentions.Select(m => m.Id));
        Assert.Equal(mentions.OrderBy(m => m.PersonId).ThenBy(m => m.ArticleId).Select(m => m.Id), mentions.Select(m => m.Id));
        var quotes = await db.Quotes.OrderBy(q => q.Id).Select(q => new { q.PersonId, q.ArticleId }).ToListAsync();
        Assert.Equal(Articles, quotes.Count);
        Assert.Equal(quotes.OrderBy(q => q.PersonId).ThenBy(q => q.ArticleId), quotes);
    }

    [Fact]
    public async Task The_build_is_written_with_a_bounded_page_cache()
    {
        // The cache also bounds the in-memory part of SQLite's sorts at the end of an import.
        using var build = _database.BeginBuild();
        await using var context = build.OpenContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await build.BeforeBulkWriteAsync(connection, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        Assert.Equal(-16L * 1024, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
