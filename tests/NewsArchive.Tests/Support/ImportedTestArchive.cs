using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Tests.Support;

/// <summary>The real importer on the test database (SQLite, or PostgreSQL when the tests are given a server),
/// fed from a seeds folder the test writes before it calls <see cref="Import"/>.</summary>
public abstract class ImportedTestArchive : IDisposable
{
    protected readonly TempFolder _seeds = new();
    private readonly TempFolder _data = new();
    private readonly TestDatabase _test;
    protected readonly ArchiveDatabase _database;

    protected ImportedTestArchive()
    {
        _test = new TestDatabase(_data.Path);
        _database = ArchiveDatabase.Open(_test.Provider, _test.ConnectionString, _data.Path, _data.Path);
    }

    protected void Import() => new ArchiveImporter(_database).ImportAsync(_seeds.Path).GetAwaiter().GetResult();

    public void Dispose()
    {
        _test.Dispose();
        _seeds.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
