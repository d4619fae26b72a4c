using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Tests.Support;

/// <summary>The real importer on a SQLite file in a temporary folder, fed from a seeds folder of two articles
/// that a test may change.</summary>
public abstract class ImporterOnTempFiles : IDisposable
{
    protected readonly TempFolder _seeds = new();
    protected readonly TempFolder _data = new();
    protected readonly SqliteArchive _database;
    protected readonly ArchiveImporter _importer;

    protected ImporterOnTempFiles()
    {
        _database = new SqliteArchive("Data Source=archive.db", _data.Path);
        _importer = new ArchiveImporter(_database);
        _seeds.Write("a.txt", "Council tax frozen in Camden\n\nThe council froze its tax today.");
        _seeds.Write("b.txt", "Bus fares rise in Bromley\n\nFares went up today.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _seeds.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
