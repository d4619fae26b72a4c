using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>
/// The SQLite file the archive is served from. The database is derived from the seeds folder: an import
/// builds a complete new file beside the live one and renames it into place, so readers see the old
/// archive or the new one, never a half-written one.
/// </summary>
public sealed class ArchiveDatabase
{
    /// <summary>Raised whenever the stored shape changes; an older file is rebuilt from the seeds.</summary>
    public const int SchemaVersion = 4;

    /// <param name="baseDirectory">What a relative database path is relative to.</param>
    public ArchiveDatabase(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
            throw new ArgumentException("The archive needs a database file: set ConnectionStrings:Archive to 'Data Source=PATH'.");
        FilePath = Path.GetFullPath(builder.DataSource, baseDirectory);
        builder.DataSource = FilePath;
        ConnectionString = builder.ToString();
    }

    public string FilePath { get; }
    public string ConnectionString { get; }

    /// <summary>True when the file exists and was built by this version of the importer.</summary>
    public bool IsCurrent()
    {
        if (!File.Exists(FilePath)) return false;
        try
        {
            using var connection = new SqliteConnection(ReadOnly(FilePath));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            return Convert.ToInt32(command.ExecuteScalar()) == SchemaVersion;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public static DbContextOptions<ArchiveDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connectionString).Options;

    public ArchiveDbContext OpenContext() => new(OptionsFor(ConnectionString));

    /// <summary>An exclusive lock on a file beside the database, or null when another import holds it.</summary>
    internal IDisposable? TryLockForImport()
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

    /// <summary>Creates an empty database at a temporary path beside the live file.</summary>
    internal string CreateBuildFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var path = $"{FilePath}.building-{Guid.NewGuid():N}";
        using var context = new ArchiveDbContext(OptionsFor(ReadWrite(path)));
        context.Database.EnsureCreated();
        context.Database.ExecuteSqlRaw(Search.ArticleSearch.CreateTableSql);
        context.Database.ExecuteSqlRaw($"PRAGMA user_version = {SchemaVersion}");
        return path;
    }

    /// <summary>Deletes build files left by an import that was killed; the lock file shows none is running.</summary>
    public void RemoveStaleBuildFiles()
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        if (!Directory.Exists(folder)) return;
        using var importLock = TryLockForImport();
        if (importLock is null) return;
        foreach (var stale in Directory.GetFiles(folder, Path.GetFileName(FilePath) + ".building-*")) File.Delete(stale);
    }

    /// <summary>Gives a site with nothing imported an empty archive to serve, rather than errors.</summary>
    public void CreateEmptyIfMissing()
    {
        if (!File.Exists(FilePath)) Publish(CreateBuildFile());
    }

    /// <summary>Moves a finished build file over the live one. rename(2) is atomic on one file system.</summary>
    internal void Publish(string buildPath)
    {
        SqliteConnection.ClearAllPools();
        File.Move(buildPath, FilePath, overwrite: true);
        // Pooled connections still hold the replaced file open; drop them so the next query sees the new one.
        SqliteConnection.ClearAllPools();
    }

    internal static string ReadWrite(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}
