using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsArchive.Data;

/// <summary>
/// The archive in PostgreSQL, shared by any number of web servers. Each import builds a new schema; a
/// one-row pointer table names the live one and is switched in one transaction. A request reads the pointer
/// once and keeps its connection on that schema, so all its queries read one archive; the previous schema
/// is kept until the next import so requests in flight during a switch finish on it.
/// </summary>
public sealed class PostgresArchive(string connectionString, string dataFolder) : ArchiveDatabase(dataFolder)
{
    private const string Pointer = "public.archive_current";
    private const string SchemaPrefix = "archive_";
    // Any fixed number: the advisory lock that lets one import run at a time across servers.
    private const long ImportLockKey = 0x4E657773;

    private readonly PostgresPointerListener _listener = new(connectionString, ReadPointer);

    public override string Description => $"PostgreSQL database '{new NpgsqlConnectionStringBuilder(connectionString).Database}'";

    public override bool IsCurrent()
    {
        try
        {
            using var connection = Connect();
            return Scalar(connection, $"SELECT schema_version FROM {Pointer} WHERE id = 1") is int version && version == SchemaVersion;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }

    public override ArchiveDbContext OpenContext() => new(Options(OpenReaderConnection()));

    public override DbConnection OpenReaderConnection()
    {
        var connection = Connect();
        using var command = new NpgsqlCommand($"SELECT set_config('search_path', (SELECT schema_name FROM {Pointer} WHERE id = 1), false)", connection);
        command.ExecuteNonQuery();
        return connection;
    }

    public override void UseProvider(DbContextOptionsBuilder options) => options.UseNpgsql();

    public override IDisposable? TryLockForImport()
    {
        var connection = Connect();
        if (Scalar(connection, $"SELECT pg_try_advisory_lock({ImportLockKey})") is true) return new ImportLock(connection);
        connection.Dispose();
        return null;
    }

    /// <summary>Session advisory locks outlive a pooled connection's Close, so the lock is released explicitly.</summary>
    private sealed class ImportLock(NpgsqlConnection connection) : IDisposable
    {
        public void Dispose()
        {
            Execute(connection, $"SELECT pg_advisory_unlock({ImportLockKey})");
            connection.Dispose();
        }
    }

    public override ArchiveBuild BeginBuild() => new Build(this);

    // From memory while the listener is connected (it is told of every publish, here or by another server);
    // asked of the database while it is not, so no server serves an old archive's pages after a publish reached it.
    public override string VersionStamp()
    {
        _listener.Start();
        if (_listener.Stamp is { } stamp) return stamp;
        using var connection = Connect();
        return ReadPointer(connection);
    }

    /// <summary>True while the stamp is kept in memory by the listener, false while each request asks the database.</summary>
    internal bool ListensForPublishes => _listener.Stamp is not null;

    /// <summary>Where failures of the listener that keeps <see cref="VersionStamp"/> in memory are logged.</summary>
    public void LogTo(Microsoft.Extensions.Logging.ILogger logger) => _listener.Logger = logger;

    private static string ReadPointer(NpgsqlConnection connection)
    {
        try
        {
            return Scalar(connection, $"SELECT schema_name FROM {Pointer} WHERE id = 1") as string ?? "none";
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return "none";
        }
    }

    public override void Dispose() => _listener.Dispose();

    public override void RemoveStaleBuilds()
    {
        using var importLock = TryLockForImport();
        if (importLock is null) return;
        using var connection = Connect();
        EnsurePointer(connection);
        DropArchivesExceptLiveAndPrevious(connection);
    }

    /// <summary>Drops every archive schema but the live one and the one it replaced (which requests in
    /// flight during the switch may still be reading).</summary>
    private static void DropArchivesExceptLiveAndPrevious(NpgsqlConnection connection)
    {
        var keep = new List<string>();
        using (var pointer = new NpgsqlCommand($"SELECT schema_name, previous_schema FROM {Pointer} WHERE id = 1", connection))
        using (var reader = pointer.ExecuteReader())
            while (reader.Read()) keep.AddRange(new[] { reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1) });
        var schemas = new List<string>();
        using (var list = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'archive\\_%'", connection))
        using (var reader = list.ExecuteReader())
            while (reader.Read()) schemas.Add(reader.GetString(0));
        foreach (var schema in schemas.Where(s => !keep.Contains(s))) Execute(connection, $"DROP SCHEMA \"{schema}\" CASCADE");
    }

    private NpgsqlConnection Connect()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static DbContextOptions<ArchiveDbContext> Options(DbConnection connection) =>
        new DbContextOptionsBuilder<ArchiveDbContext>().UseNpgsql(connection).Options;

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static void EnsurePointer(NpgsqlConnection connection) => Execute(connection, $"""
        CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
        CREATE TABLE IF NOT EXISTS {Pointer} (
            id int PRIMARY KEY CHECK (id = 1), schema_name text NOT NULL, previous_schema text, schema_version int NOT NULL)
        """);

    private sealed class Build : ArchiveBuild
    {
        private readonly PostgresArchive _archive;
        private readonly string _schema = $"{SchemaPrefix}{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..40];
        private bool _published;

        public Build(PostgresArchive archive)
        {
            _archive = archive;
            using var connection = archive.Connect();
            EnsurePointer(connection);
            Execute(connection, $"CREATE SCHEMA \"{_schema}\"");
            using var context = OpenContext();
            context.Database.ExecuteSqlRaw(context.Database.GenerateCreateScript());
            context.Database.ExecuteSqlRaw(Search.PostgresArticleSearch.CreateTables);
        }

        // No command timeout: the writer fills whole tables in one statement (the full-text index, the rows
        // copied across at the end), which at 100,000 articles runs for minutes; cancellation ends an import.
        public override ArchiveDbContext OpenContext()
        {
            var builder = new NpgsqlConnectionStringBuilder(_archive.ConnectionString) { SearchPath = $"{_schema},public", CommandTimeout = 0 };
            return new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>().UseNpgsql(builder.ToString()).Options);
        }

        public override string CreateScratchTableSql(string scratch, string table) =>
            $"CREATE TEMP TABLE \"{scratch}\" (LIKE \"{table}\")";

        // Binary COPY: one stream per batch instead of a round trip per row.
        public override void InsertRows(DbConnection connection, DbTransaction transaction, RowBatch batch)
        {
            if (batch.Rows.Count == 0) return;
            var columns = string.Join(", ", batch.Columns.Select(c => $"\"{c}\""));
            using var copy = ((NpgsqlConnection)connection).BeginBinaryImport($"COPY \"{batch.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in batch.Rows)
            {
                copy.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null) copy.WriteNull();
                    else copy.Write(row[i], batch.Mappings[i].StoreType);
                }
            }
            copy.Complete();
        }

        public override string OrdinalText(string expression) => $"{expression} COLLATE \"C\"";

        public override string YearMonthSql(string dateColumn) =>
            $"CAST(EXTRACT(YEAR FROM {dateColumn}) * 100 + EXTRACT(MONTH FROM {dateColumn}) AS integer)";

        public override Task IndexArticlesAsync(ArchiveDbContext context, CancellationToken cancellationToken) =>
            context.Database.ExecuteSqlRawAsync(Search.PostgresArticleSearch.Fill, cancellationToken);

        public override void Publish()
        {
            using var connection = _archive.Connect();
            // The notification is sent when the switch commits, and only if it does: every listening server
            // learns of the new archive from it (see PostgresPointerListener).
            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, $"""
                    INSERT INTO {Pointer} (id, schema_name, previous_schema, schema_version) VALUES (1, '{_schema}', NULL, {SchemaVersion})
                    ON CONFLICT (id) DO UPDATE SET previous_schema = {Pointer}.schema_name, schema_name = EXCLUDED.schema_name,
                        schema_version = EXCLUDED.schema_version;
                    SELECT pg_notify('{PostgresPointerListener.Channel}', '{_schema}');
                    """);
                transaction.Commit();
            }
            _archive._listener.Published(_schema);
            _published = true;
            DropArchivesExceptLiveAndPrevious(connection);
        }

        public override void Dispose()
        {
            if (_published) return;
            using var connection = _archive.Connect();
            Execute(connection, $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
    }

    private string ConnectionString => connectionString;
}
