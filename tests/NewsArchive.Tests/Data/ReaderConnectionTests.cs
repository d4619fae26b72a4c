using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_kept_reader_runs_each_statement_prepared_once_and_stays_open_between_requests()
    {
        using var data = new TempFolder();
        var archive = new SqliteArchive("Data Source=archive.db", data.Path);
        archive.CreateEmptyIfMissing();
        const string Sql = """SELECT @p0 + 1""";
        DbCommand first;
        using (var lease = new ReaderLease(archive))
        {
            await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(lease.Connection).Options);
            Assert.Equal([2L], await ReaderCommands.ReadAsync(db, Sql, r => r.GetInt64(0), default, 1));
            Assert.Equal([3L], await ReaderCommands.ReadAsync(db, Sql, r => r.GetInt64(0), default, 2));
            Assert.Empty(await ReaderCommands.ReadAsync(db, """SELECT 1 WHERE @p0 IS NOT NULL""", r => r.GetInt64(0), default, [null]));
            Assert.Equal(ConnectionState.Open, lease.Connection.State);
            first = ((IKeepsPreparedCommands)lease.Connection).Prepared(Sql, 1);
        }
        using (var lease = new ReaderLease(archive))
        {
            Assert.Same(first, ((IKeepsPreparedCommands)lease.Connection).Prepared(Sql, 1));
            await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(lease.Connection).Options);
            Assert.Equal([11L], await ReaderCommands.ReadAsync(db, Sql, r => r.GetInt64(0), default, 10));
        }
    }
}
