using System.Diagnostics;
using NewsArchive.Data;
using NewsArchive.Tests.Support;
using Npgsql;

namespace NewsArchive.Tests.Web;

/// <summary>Two web servers on one PostgreSQL archive, as two <see cref="PostgresArchive"/>s: each keeps the live
/// archive's stamp (what the output cache is keyed by) in memory, told of every publish by a notification, and asks
/// the database while it is not listening. PostgreSQL only: with SQLite (the default run) there is nothing to test
/// here; CI runs this namespace again on PostgreSQL.</summary>
public sealed class PostgresServersTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TestDatabase? _database;
    private readonly PostgresArchive? _serverA, _serverB;

    public PostgresServersTests()
    {
        if (!TestDatabase.IsPostgres) return;
        _database = new TestDatabase(_data.Path);
        _serverA = new PostgresArchive(_database.ConnectionString, _data.Path);
        _serverB = new PostgresArchive(_database.ConnectionString, _data.Path);
        _serverA.CreateEmptyIfMissing();
    }

    [Fact]
    public async Task A_server_serves_the_stamp_from_memory_and_learns_of_another_servers_publish_from_its_notification()
    {
        if (_serverA is null || _serverB is null) return;
        var before = _serverB.VersionStamp();
        await UntilAsync(() => _serverB.ListensForPublishes, "server B never started listening");

        // With the pointer table out of reach, only a stamp kept in memory can still be given (asking gives "none").
        using (Hidden()) Assert.Equal(before, _serverB.VersionStamp());

        var published = Publish(_serverA);
        Assert.Equal(published, _serverA.VersionStamp());
        using (Hidden())
        {
            // Server B can learn of it now only from the notification.
            await UntilAsync(() => _serverB.VersionStamp() == published, "server B still gives the archive from before the publish");
            Assert.NotEqual(before, published);
        }
    }

    [Fact]
    public async Task While_its_listener_is_down_a_server_asks_the_database_and_then_listens_again()
    {
        if (_serverA is null || _serverB is null) return;
        _serverB.VersionStamp();
        await UntilAsync(() => _serverB.ListensForPublishes, "server B never started listening");

        Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{PostgresPointerListener.ApplicationName}' AND datname = current_database()");
        await UntilAsync(() => !_serverB.ListensForPublishes, "server B did not notice its listener was gone");
        // Published while nobody listens: no notification reaches server B, but it asks.
        var published = Publish(_serverA);
        Assert.Equal(published, _serverB.VersionStamp());

        await UntilAsync(() => _serverB.ListensForPublishes, "server B did not listen again");
        var next = Publish(_serverA);
        await UntilAsync(() => _serverB.VersionStamp() == next, "server B missed the publish after it listened again");
    }

    private static string Publish(PostgresArchive server)
    {
        using var build = server.BeginBuild();
        build.Publish();
        return server.VersionStamp();
    }

    /// <summary>Renames the pointer table away until disposed.</summary>
    private IDisposable Hidden()
    {
        Execute("ALTER TABLE public.archive_current RENAME TO archive_current_hidden");
        return new Restore(() => Execute("ALTER TABLE public.archive_current_hidden RENAME TO archive_current"));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database!.ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Notifications and reconnections take milliseconds to a second; five seconds is a failure.</summary>
    private static async Task UntilAsync(Func<bool> condition, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(5)) Assert.Fail(failure);
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        _serverA?.Dispose();
        _serverB?.Dispose();
        _database?.Dispose();
        _data.Dispose();
    }
}
