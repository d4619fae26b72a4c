using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>The importer against a real SQLite file.</summary>
public class ArchiveImporterTests : ImporterOnTempFiles
{
    private async Task<List<(string File, string Slug, string Headline)>> ArticlesAsync()
    {
        await using var context = _database.OpenContext();
        return (await context.Articles.OrderBy(a => a.FileName).ToListAsync())
            .Select(a => (a.FileName, a.Slug, a.Headline)).ToList();
    }

    [Fact]
    public async Task Imports_every_article_into_a_new_database_file()
    {
        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.Equal(2, report.ArticlesImported);
        Assert.Equal(2, report.Added);
        Assert.True(_database.IsCurrent());
        Assert.Equal(["council-tax-frozen-in-camden", "bus-fares-rise-in-bromley"], (await ArticlesAsync()).Select(a => a.Slug));
    }

    [Fact]
    public async Task Reimporting_unchanged_seeds_changes_nothing_and_says_so()
    {
        await _importer.ImportAsync(_seeds.Path);
        var before = await ArticlesAsync();
        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.Equal(2, report.Unchanged);
        Assert.Equal(0, report.Added + report.Changed + report.Removed);
        Assert.Equal(before, await ArticlesAsync());
    }

    [Fact]
    public async Task An_edited_article_keeps_its_url_and_a_removed_one_is_counted()
    {
        await _importer.ImportAsync(_seeds.Path);
        _seeds.Write("a.txt", "Council tax frozen again in Camden\n\nThe council froze its tax today, again.");
        File.Delete(Path.Combine(_seeds.Path, "b.txt"));
        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.Equal(1, report.Changed);
        Assert.Equal(1, report.Removed);
        var article = Assert.Single(await ArticlesAsync());
        Assert.Equal("council-tax-frozen-in-camden", article.Slug);
        Assert.Equal("Council tax frozen again in Camden", article.Headline);
    }

    [Fact]
    public async Task Two_articles_with_the_same_headline_get_different_slugs()
    {
        _seeds.Write("c.txt", "Bus fares rise in Bromley\n\nA second report.");
        await _importer.ImportAsync(_seeds.Path);
        Assert.Equal(["bus-fares-rise-in-bromley", "bus-fares-rise-in-bromley-2"], (await ArticlesAsync()).Skip(1).Select(a => a.Slug));
    }

    [Fact]
    public async Task A_failed_import_leaves_the_previous_archive_untouched()
    {
        await _importer.ImportAsync(_seeds.Path);
        var before = await ArticlesAsync();
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _importer.ImportAsync(Path.Combine(_seeds.Path, "missing")));
        Assert.Equal(before, await ArticlesAsync());
        Assert.Empty(Directory.GetFiles(_data.Path, "*.building-*"));
    }

    [Fact]
    public async Task A_second_import_while_one_runs_is_refused_with_a_message()
    {
        using (_database.TryLockForImport())
        {
            var error = await Assert.ThrowsAsync<ImportBusyException>(() => _importer.ImportAsync(_seeds.Path));
            Assert.Contains("already running", error.Message);
        }
        Assert.Equal(2, (await _importer.ImportAsync(_seeds.Path)).ArticlesImported);
    }

    [Fact]
    public async Task Bad_files_are_reported_and_the_rest_import()
    {
        _seeds.WriteBytes("broken.txt", [0xff, 0xfe, 0x00]);
        var report = await _importer.ImportAsync(_seeds.Path);
        Assert.Equal(2, report.ArticlesImported);
        Assert.Equal(3, report.FilesRead);
        Assert.Equal("broken.txt", Assert.Single(report.Warnings).File);
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_previous_archive_and_reports_the_failure()
    {
        await _importer.ImportAsync(_seeds.Path);
        var before = await ArticlesAsync();
        _seeds.Write("c.txt", "Library closures in Croydon\n\nThree libraries close.");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p => { if (p.Done == 2) cancel.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _importer.ImportAsync(_seeds.Path, progress, cancel.Token));
        Assert.Equal(before, await ArticlesAsync());
        Assert.Empty(Directory.GetFiles(_data.Path, "*.building-*"));
        Assert.False(_importer.Reports.Recent(1).Single().Succeeded);
    }

    [Fact]
    public void Build_files_left_by_a_killed_import_are_removed()
    {
        var stale = Path.Combine(_data.Path, "archive.db.building-0123");
        File.WriteAllText(stale, "half a database");
        _database.RemoveStaleBuilds();
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public async Task Reports_are_kept_newest_first_up_to_a_limit()
    {
        for (var i = 0; i < ImportReportStore.Kept + 2; i++) await _importer.ImportAsync(_seeds.Path);
        var reports = _importer.Reports.Recent();
        Assert.Equal(ImportReportStore.Kept, reports.Count);
        Assert.True(reports[0].StartedAt >= reports[1].StartedAt);
        Assert.Equal(2, reports[0].Unchanged);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
