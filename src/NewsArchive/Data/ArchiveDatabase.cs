using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>
/// Where the archive is served from, and how a new one replaces it. The database is derived from the seeds
/// folder: an import builds a complete new archive beside the live one and then publishes it in one atomic
/// step, so readers see the old archive or the new one, never a half-written one. SQLite (a file renamed
/// into place) is the embedded default; PostgreSQL (a schema switched in one transaction) lets several web
/// servers share one archive.
/// </summary>
public abstract class ArchiveDatabase(string dataFolder) : IDisposable
{
    /// <summary>Raised whenever the stored shape changes; an older archive is rebuilt from the seeds.</summary>
    public const int SchemaVersion = 19;

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    /// <summary>Opens the archive a configuration names: provider "Sqlite" (default) or "PostgreSQL".</summary>
    /// <param name="baseDirectory">What relative paths are relative to.</param>
    /// <param name="dataFolder">Reports, keys and the admin password hash; by default beside a SQLite file.</param>
    public static ArchiveDatabase Open(string? provider, string connectionString, string baseDirectory, string? dataFolder = null) =>
        string.IsNullOrEmpty(provider) || provider.Equals(Sqlite, StringComparison.OrdinalIgnoreCase)
            ? new SqliteArchive(connectionString, baseDirectory, dataFolder)
            : provider.Equals(PostgreSql, StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
                ? new PostgresArchive(connectionString, Path.GetFullPath(dataFolder ?? "data", baseDirectory))
                : throw new ArgumentException($"Unknown database provider '{provider}': use '{Sqlite}' or '{PostgreSql}'.");

    /// <summary>Folder for files that live beside the archive: import reports, data-protection keys.</summary>
    public string DataFolder { get; } = dataFolder;

    /// <summary>Where the archive is, for logs and messages.</summary>
    public abstract string Description { get; }

    /// <summary>True when an archive exists and was built by this version of the importer.</summary>
    public abstract bool IsCurrent();

    /// <summary>A context on the live archive (the importer reads the previous archive's URLs with it).</summary>
    public abstract ArchiveDbContext OpenContext();

    /// <summary>An open connection on the live archive; a request holds one, so all its queries read one archive.</summary>
    public abstract DbConnection OpenReaderConnection();

    /// <summary>Gives back a connection from <see cref="OpenReaderConnection"/> when its request is done: closed here,
    /// kept open for the next request where the archive can.</summary>
    public virtual void ReturnReaderConnection(DbConnection connection) => connection.Dispose();

    /// <summary>Sets EF Core's provider for contexts whose connection is given later, one per request
    /// (<c>Database.SetDbConnection</c> with a connection from <see cref="OpenReaderConnection"/>).</summary>
    public abstract void UseProvider(DbContextOptionsBuilder options);

    /// <summary>An exclusive import lock across processes and servers, or null when another import holds it.</summary>
    public abstract IDisposable? TryLockForImport();

    /// <summary>Starts a new, empty archive beside the live one.</summary>
    public abstract ArchiveBuild BeginBuild();

    /// <summary>A cheap token that changes whenever a new archive is published, here or by another server;
    /// caches of rendered pages are keyed by it.</summary>
    public abstract string VersionStamp();

    /// <summary>Null when the live archive is sound or absent; otherwise what is wrong with it (a failing disk,
    /// a careless copy). Reads the whole archive, so it runs at start-up and before an import, not per request.</summary>
    public virtual string? FindDamage() => null;

    /// <summary>Moves a damaged live archive out of the way, keeping it for inspection, so the next import
    /// can build a sound one in its place. Returns where it was kept.</summary>
    public virtual string SetAsideDamaged() => throw new NotSupportedException($"{Description} cannot be set aside.");

    /// <summary>Stops what the archive keeps running for a server (PostgreSQL's listener for new archives).</summary>
    public virtual void Dispose() { }

    /// <summary>Removes what an import that was killed left behind. Does nothing while an import runs.</summary>
    public abstract void RemoveStaleBuilds();

    /// <summary>Gives a site with nothing imported an empty archive to serve, rather than errors.</summary>
    public void CreateEmptyIfMissing()
    {
        if (IsCurrent()) return;
        using var build = BeginBuild();
        build.Publish();
    }
}

/// <summary>A new archive being built. Disposing it without <see cref="Publish"/> throws it away.</summary>
public abstract class ArchiveBuild : IDisposable
{
    public abstract ArchiveDbContext OpenContext();

    /// <summary>Settings for writing a whole archive in one go, before its transaction begins.</summary>
    public virtual Task BeforeBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Settings for reading the archive once written, after its transaction commits.</summary>
    public virtual Task AfterBulkWriteAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes a batch of rows into a table of this build, inside the writer's transaction.</summary>
    public virtual void InsertRows(DbConnection connection, DbTransaction transaction, RowBatch batch) =>
        PreparedInsert.Write(connection, transaction, batch);

    /// <summary>A scratch table shaped like <paramref name="table"/>, for rows written before their owners are
    /// numbered; it lives as long as the writer's connection and never reaches the published archive.</summary>
    public abstract string CreateScratchTableSql(string scratch, string table);

    /// <summary>A text expression compared byte by byte (C#'s ordinal order for the names the archive holds), not by
    /// the database's collation.</summary>
    public abstract string OrdinalText(string expression);

    /// <summary>An SQL expression for a date column's year × 100 + month (202105 for May 2021), as an integer.</summary>
    public abstract string YearMonthSql(string dateColumn);

    /// <summary>Fills the full-text index from the articles written so far.</summary>
    public abstract Task IndexArticlesAsync(ArchiveDbContext context, CancellationToken cancellationToken);

    /// <summary>Makes this archive the live one, atomically.</summary>
    public abstract void Publish();

    public abstract void Dispose();
}

/// <summary>A request's reader connection: opened from the archive when first asked for, given back to it when the
/// request ends.</summary>
public sealed class ReaderLease(ArchiveDatabase archive) : IDisposable
{
    private DbConnection? _connection;

    public DbConnection Connection => _connection ??= archive.OpenReaderConnection();

    public void Dispose()
    {
        if (_connection is { } connection) archive.ReturnReaderConnection(connection);
        _connection = null;
    }
}
