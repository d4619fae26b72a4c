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

    public TestDatabase(string dataFolder)
    {
        if (string.IsNullOrEmpty(PostgresServer))
        {
            Provider = "Sqlite";
            ConnectionString = $"Data Source={Path.Combine(dataFolder, "archive.db")}";
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
