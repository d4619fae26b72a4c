using System.Data;
using NewsArchive.Data;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Data;

/// <summary>Reader connections on a SQLite archive are kept open between requests, but never across a new archive:
/// a connection keeps reading the file it opened.</summary>
public class ReaderConnectionTests
{
    [Fact]
    public void A_reader_given_back_is_handed_out_again_until_a_new_archive_is_published()
    {
        using var data = new TempFolder();
        var archive = new SqliteArchive("Data Source=archive.db", data.Path);
        archive.CreateEmptyIfMissing();

        var first = archive.OpenReaderConnection();
        archive.ReturnReaderConnection(first);
        System.Data.Common.DbConnection leased;
        using (var lease = new ReaderLease(archive)) leased = lease.Connection;
        Assert.Same(first, leased);
        Assert.Equal(ConnectionState.Open, leased.State);
        var again = archive.OpenReaderConnection();
        Assert.Same(first, again);
        archive.ReturnReaderConnection(again);

        // Another archive published over the live file (as an import does): the kept connection is closed, not reused.
        File.SetLastWriteTimeUtc(archive.FilePath, DateTime.UtcNow.AddMinutes(1));
        var fresh = archive.OpenReaderConnection();
        Assert.NotSame(first, fresh);
        Assert.Equal(ConnectionState.Closed, first.State);
        Assert.Equal(ConnectionState.Open, fresh.State);
        archive.ReturnReaderConnection(fresh);
    }
}
