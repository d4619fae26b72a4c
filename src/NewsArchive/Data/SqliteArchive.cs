using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>The archive as one SQLite file. A build is a new file beside it, renamed over it when complete:
/// rename(2) is atomic on one file system.</summary>
public sealed class SqliteArchive : ArchiveDatabase
{
    public SqliteArchive(string connectionString, string baseDirectory, string? dataFolder = null)
        : base(dataFolder is null ? Path.GetDirectoryName(FullPath(connectionString, baseDirectory))! : Path.GetFullPath(dataFolder, baseDirectory))
    {
        FilePath = FullPath(connectionString, baseDirectory);
        ConnectionString = new SqliteConnectionStringBuilder(connectionString) { DataSource = FilePath }.ToString();
        _stamp = new LiveFileStamp(FilePath);
    }

    private readonly LiveFileStamp _stamp;

    public string FilePath { get; }
    public string ConnectionString { get; }
    public override string Description => FilePath;

    private static string FullPath(string connectionString, string baseDirectory)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:")
            throw new ArgumentException("The archive needs a database file: set ConnectionStrings:Archive to 'Data Source=PATH'.");
        return Path.GetFullPath(dataSource, baseDirectory);
    }

    public override bool IsCurrent()
    {
        if (!File.Exists(FilePath)) return false;
        try
        {
            return Pragma("user_version") is [var version] && version == SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public override ArchiveDbContext OpenContext() => new(Options(ConnectionString));

    // Open reader connections between requests. They are kept here, not in Microsoft.Data.Sqlite's pool: that pool
    // takes one lock to hand out and to take back every connection, and with 32 requests at once a profile of the
    // article page found 80% of a request's time waiting on it. A lock-free stack, newest first (its page cache is the
    // warmest), counted apart: a ConcurrentBag's Count takes every lock of the bag, and was a tenth of a request's time.
    private readonly ConcurrentStack<ReaderConnection> _idleReaders = [];
    private int _idleCount;
    private const int IdleReadersKept = 64;

    /// <summary>A reader connection that knows which file it opened (the live file's stamp at the time), and keeps the
    /// statements it has run prepared: preparing every statement again was a tenth of an uncached article's time.
    /// One request uses it at a time.</summary>
    private sealed class ReaderConnection(string connectionString, string stamp) : SqliteConnection(connectionString), IKeepsPreparedCommands
    {
        private readonly Dictionary<string, System.Data.Common.DbCommand> _prepared = new(StringComparer.Ordinal);

        public string Stamp { get; } = stamp;

        public System.Data.Common.DbCommand Prepared(string sql, int parameters)
        {
            if (_prepared.TryGetValue(sql, out var command)) return command;
            command = ReaderCommands.Command(this, sql, parameters);
            command.Prepare();
            return _prepared[sql] = command;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                foreach (var command in _prepared.Values) command.Dispose();
            _prepared.Clear();
            base.Dispose(disposing);
        }
    }

    public override DbConnection OpenReaderConnection()
    {
        // A connection keeps reading the file it opened, even after another process (the CLI import) renamed a new
        // archive over it; so one opened on an earlier file is closed, and the request reads the new archive.
        // Read from the file, not from memory: the watcher may not have been told yet. One stat per uncached request.
        var stamp = _stamp.ReadNow();
        while (_idleReaders.TryPop(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            if (idle.Stamp == stamp && idle.State == System.Data.ConnectionState.Open) return idle;
            idle.Dispose();
        }
        var connection = new ReaderConnection(ReaderConnectionString, stamp);
        connection.Open();
        // A published file is never written again (the next archive is another file, renamed over it), so a reader
        // takes its shared lock once and keeps it: otherwise every statement took and dropped the lock and read the
        // file's header again to see whether it had changed (a third of an uncached article's time in SQLite).
        using var exclusive = connection.CreateCommand();
        exclusive.CommandText = "PRAGMA locking_mode = EXCLUSIVE";
        exclusive.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Kept for the next request; whether the file has been replaced since is checked when it is taken.</summary>
    public override void ReturnReaderConnection(DbConnection connection)
    {
        if (connection is ReaderConnection { State: System.Data.ConnectionState.Open } reader)
        {
            if (Interlocked.Increment(ref _idleCount) <= IdleReadersKept)
            {
                _idleReaders.Push(reader);
                return;
            }
            Interlocked.Decrement(ref _idleCount);
        }
        connection.Dispose();
    }

    // Readers stay open in this class between requests, so Microsoft.Data.Sqlite's pool is not used for them.
    private string ReaderConnectionString => new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString();

    public override string? FindDamage()
    {
        if (!File.Exists(FilePath)) return null;
        try
        {
            var problems = Pragma("quick_check(5)");
            return problems is ["ok"] ? null : string.Join("; ", problems);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            return ex.Message;
        }
    }

    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    /// <summary>The rows of a PRAGMA on the live file, opened read-only and outside the pool.</summary>
    private List<string> Pragma(string pragma)
    {
        using var connection = new SqliteConnection(Connection(FilePath, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return rows;
    }

    public override string SetAsideDamaged()
    {
        SqliteConnection.ClearAllPools();
        var aside = $"{FilePath}.damaged-{DateTime.UtcNow:yyyyMMdd'T'HHmmss}";
        File.Move(FilePath, aside);
        // A journal beside a damaged file belongs to it, and must never be replayed into the next one.
        if (File.Exists(FilePath + "-journal")) File.Move(FilePath + "-journal", aside + "-journal");
        _stamp.Changed();
        return aside;
    }

    public override void UseProvider(DbContextOptionsBuilder options) => options.UseSqlite();

    public override IDisposable? TryLockForImport()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        try
        {
            return new FileStream($"{FilePath}.import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public override ArchiveBuild BeginBuild() => new Build(this);

    // A published file is a new file: its write time and size identify it without opening it.
    public override string VersionStamp() => _stamp.Current();

    public override void Dispose() => _stamp.Dispose();

    public override void RemoveStaleBuilds()
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        if (!Directory.Exists(folder)) return;
        using var importLock = TryLockForImport();
        if (importLock is null) return;
        foreach (var stale in Directory.GetFiles(folder, Path.GetFileName(FilePath) + ".building-*")) File.Delete(stale);
    }

    private static DbContextOptions<ArchiveDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connectionString).Options;

    private static string Connection(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    /// <summary>The build connection's page cache, in KiB (see <see cref="Build.BeforeBulkWriteAsync"/>).</summary>
    internal const int BuildCacheKib = 16 * 1024;

    private sealed class Build : ArchiveBuild
    {
        private readonly SqliteArchive _archive;
        private readonly string _path;

        public Build(SqliteArchive archive)
        {
            _archive = archive;
            Directory.CreateDirectory(Path.GetDirectoryName(archive.FilePath)!);
            _path = $"{archive.FilePath}.building-{Guid.NewGuid():N}";
            using var context = OpenContext();
            context.Database.EnsureCreated();
            context.Database.ExecuteSqlRaw(Search.ArticleSearch.SqliteCreateTable);
            context.Database.ExecuteSqlRaw($"PRAGMA user_version = {SchemaVersion}; PRAGMA journal_mode = DELETE;");
        }

        public override ArchiveDbContext OpenContext() => new(Options(Connection(_path)));

        // The build file is thrown away if anything fails and is renamed into place only after it is complete
        // and closed, so it needs no journal and no syncing while it is written. The page cache is held to 16 MB:
        // its size also sets how much of a sort SQLite keeps in memory, and the end of an import sorts millions of
        // owned rows and every article's text (ArchiveStreamWriter.FinishAsync); at 64 MB the two together were the
        // import's peak at 100,000 articles.
        public override Task BeforeBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            Execute(connection, $"PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -{BuildCacheKib};", cancellationToken);

        // A rollback journal, not a write-ahead log, for the published file: readers of a WAL file keep -wal and
        // -shm files beside it, which must never be paired with the next file renamed into its place.
        public override Task AfterBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            Execute(connection, "PRAGMA journal_mode = DELETE;", cancellationToken);

        private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // TEMP tables live in a file of their own, removed when the connection closes: the published file
        // gets no free pages from them.
        public override string CreateScratchTableSql(string scratch, string table) =>
            $"CREATE TEMP TABLE \"{scratch}\" AS SELECT * FROM main.\"{table}\" WHERE 0";

        public override string OrdinalText(string expression) => $"{expression} COLLATE BINARY";

        // Dates are stored as text, yyyy-MM-dd.
        public override string YearMonthSql(string dateColumn) =>
            $"(CAST(substr({dateColumn}, 1, 4) AS INTEGER) * 100 + CAST(substr({dateColumn}, 6, 2) AS INTEGER))";

        public override Task IndexArticlesAsync(ArchiveDbContext context, CancellationToken cancellationToken) =>
            context.Database.ExecuteSqlRawAsync(Search.ArticleSearch.SqliteFill, cancellationToken);

        public override void Publish()
        {
            SqliteConnection.ClearAllPools();
            File.Move(_path, _archive.FilePath, overwrite: true);
            // Served from the next request on, without waiting for the watcher to be told.
            _archive._stamp.Changed();
            // Pooled connections still hold the replaced file open; drop them so the next query sees the new one.
            SqliteConnection.ClearAllPools();
        }

        public override void Dispose()
        {
            if (File.Exists(_path)) File.Delete(_path);
        }
    }
}
