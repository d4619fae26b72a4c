using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>The archive is never lost: not to an import that finds nothing, nor to a damaged database file.</summary>
public class ArchiveSafetyTests : ImporterOnTempFiles
{
    private async Task<int> ArticleCountAsync()
    {
        await using var context = _database.OpenContext();
        return await context.Articles.CountAsync();
    }

    [Fact]
    public async Task An_import_that_finds_no_article_keeps_the_archive_and_says_why()
    {
        await _importer.ImportAsync(_seeds.Path);
        File.WriteAllText(Path.Combine(_seeds.Path, "a.txt"), "");
        File.WriteAllBytes(Path.Combine(_seeds.Path, "b.txt"), [0xEF, 0xBB, 0xBF]);
        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.False(report.Succeeded);
        Assert.True(report.KeptArchiveAsNothingImported);
        Assert.Contains("the archive of 2 articles was kept", report.Error);
        Assert.Equal(["a.txt", "b.txt"], report.Warnings.Where(w => w.Skipped).Select(w => w.File));
        Assert.Equal(2, await ArticleCountAsync());
        Assert.False(_importer.Reports.Recent(1).Single().Succeeded);
    }

    [Fact]
    public async Task The_admin_can_ask_for_an_empty_archive()
    {
        await _importer.ImportAsync(_seeds.Path);
        foreach (var file in Directory.GetFiles(_seeds.Path)) File.Delete(file);
        var report = await _importer.ImportAsync(_seeds.Path, allowEmpty: true);
        Assert.True(report.Succeeded);
        Assert.Equal(2, report.Removed);
        Assert.Equal(0, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_first_import_of_an_empty_folder_publishes_an_empty_archive_to_serve()
    {
        foreach (var file in Directory.GetFiles(_seeds.Path)) File.Delete(file);
        Assert.True((await _importer.ImportAsync(_seeds.Path)).Succeeded);
        Assert.True(_database.IsCurrent());
    }

    [Fact]
    public async Task A_damaged_archive_is_found_kept_aside_and_rebuilt_from_the_seeds()
    {
        await _importer.ImportAsync(_seeds.Path);
        Assert.Null(_database.FindDamage());
        HostileFiles.GarblePagesAfterHeader(_database.FilePath);
        Assert.True(_database.IsCurrent(), "the header still says which schema it has");
        Assert.NotNull(_database.FindDamage());
        Assert.True(_importer.ArchiveNeedsBuilding());

        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.True(report.Succeeded);
        Assert.Contains("kept aside as 'archive.db.damaged-", report.Recovery);
        Assert.Contains(report.Recovery!, report.Summary);
        Assert.Single(Directory.GetFiles(_data.Path, "archive.db.damaged-*"));
        Assert.Null(_database.FindDamage());
        Assert.Equal(2, await ArticleCountAsync());
    }

    [Fact]
    public void A_file_that_is_not_a_database_at_all_is_damage_too()
    {
        File.WriteAllText(_database.FilePath, new string('x', 8192));
        Assert.NotNull(_database.FindDamage());
    }
}
