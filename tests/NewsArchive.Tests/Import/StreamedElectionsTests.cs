using Microsoft.EntityFrameworkCore;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>
/// The importer writes each article's election rows as soon as the article is added. An undated article's
/// election of unknown year is renamed for that article by the election directory, so its rows must be found
/// by the entry the directory made, not by the slug the extractor gave.
/// </summary>
public class StreamedElectionsTests : ImporterOnTempFiles
{
    public StreamedElectionsTests()
    {
        // No articles.yml: both articles are undated, so neither can say which Wigan by-election it means.
        _seeds.Write("a.txt", "Wigan result\n\nJane Doe won 60% of the vote in the Wigan by-election.");
        _seeds.Write("b.txt", "Another Wigan result\n\nJohn Roe won 55% of the vote in the Wigan by-election.");
    }

    [Fact]
    public async Task Each_undated_articles_election_is_written_with_its_own_figure()
    {
        await _importer.ImportAsync(_seeds.Path);
        await using var db = _database.OpenContext();
        var elections = await db.Elections.Where(e => e.Year == 0).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Slug, Figures = db.Figures.Where(f => f.ElectionEntryId == e.Id).Select(f => f.Article.FileName).ToList() })
            .ToListAsync();
        Assert.Equal(2, elections.Count);
        Assert.All(elections, e => Assert.StartsWith("wigan-by-election-year-not-stated-in-", e.Slug));
        Assert.Equal(["a.txt", "b.txt"], elections.Select(e => Assert.Single(e.Figures)).Order());
        Assert.Equal(await db.Elections.CountAsync(), await db.Elections.MaxAsync(e => e.Id));
    }
}
