using System.Diagnostics;
using NewsArchive.Data;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Data;

/// <summary>The SQLite archive's version stamp (which keys the output cache) is kept in memory rather than read from
/// the file on every request, so whatever replaces the file must still change it.</summary>
public class LiveFileStampTests
{
    [Fact]
    public void This_process_publishing_changes_the_stamp_at_once()
    {
        using var data = new TempFolder();
        using var archive = new SqliteArchive("Data Source=archive.db", data.Path);
        archive.CreateEmptyIfMissing();
        var before = archive.VersionStamp();
        Assert.Equal(before, archive.VersionStamp());

        using (var build = archive.BeginBuild()) build.Publish();
        Assert.NotEqual(before, archive.VersionStamp());
    }

    [Fact]
    public async Task A_file_put_in_place_by_another_process_with_the_same_time_and_size_is_a_new_archive()
    {
        using var data = new TempFolder();
        using var archive = new SqliteArchive("Data Source=archive.db", data.Path);
        archive.CreateEmptyIfMissing();
        var before = archive.VersionStamp();

        // A copy restored with its times (cp -p, rsync -a), renamed over the live file as an import renames its build.
        var copy = Path.Combine(data.Path, "restored.db");
        File.Copy(archive.FilePath, copy);
        File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(archive.FilePath));
        File.Move(copy, archive.FilePath, overwrite: true);

        var waited = Stopwatch.StartNew();
        while (archive.VersionStamp() == before && waited.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(20);
        Assert.NotEqual(before, archive.VersionStamp());
    }
}
