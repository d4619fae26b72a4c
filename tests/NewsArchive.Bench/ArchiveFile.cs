using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Bench;

/// <summary>A bench archive opened for reading, as the web app opens it: one connection, a DbContext on it.</summary>
internal static class ArchiveFile
{
    public static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>A context that opens its own connection from the string, and closes it when disposed.</summary>
    public static ArchiveDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connectionString).Options);

    public static ArchiveDbContext Context(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connection).Options);
}
