using Npgsql;

namespace NewsArchive.Tests.Support;

/// <summary>
/// The database the integration tests run against. SQLite (a file in a temporary folder) by default; when
/// NEWSARCHIVE_TEST_POSTGRES holds a connection string to a PostgreSQL server, a fresh database there.
/// CI runs the tests once each way.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "NEWSARCHIVE_TEST_POSTGRES";
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
    private readonly string? _postgresDatabase;

    private readonly string? _sqliteFile;

    public TestDatabase(string dataFolder)
    {
        if (string.IsNullOrEmpty(PostgresServer))
        {
            Provider = "Sqlite";
            _sqliteFile = Path.Combine(dataFolder, "archive.db");
            ConnectionString = $"Data Source={_sqliteFile}";
            return;
        }
        Provider = "PostgreSQL";
        _postgresDatabase = $"newsarchive_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{_postgresDatabase}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ToString();
    }

    public static bool IsPostgres => !string.IsNullOrEmpty(PostgresServer);

    public string Provider { get; }
    public string ConnectionString { get; }

    /// <summary>Breaks the live archive, as a failing disk or a careless hand would.</summary>
    public void Corrupt()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.WriteAllText(_sqliteFile, new string('x', 8192));
            return;
        }
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""DO $$ DECLARE s text := quote_ident((SELECT schema_name FROM public.archive_current)); BEGIN EXECUTE 'DROP TABLE ' || s || '."People", ' || s || '."ArchiveInfo" CASCADE'; END $$""", connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is null) return;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresServer);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
