using Microsoft.AspNetCore.Hosting;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The real app on a SQLite file the test can reach, whatever database the other tests use: for
/// what only a file suffers (damaged pages, another process renaming a new archive over it).</summary>
public class SqliteFileFactory(string seedsPath) : ArchiveFactory(seedsPath)
{
    private readonly TempFolder _files = new();

    public string DataFolder => _files.Path;
    public string DatabaseFile => Path.Combine(_files.Path, "archive.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Archive:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={DatabaseFile}");
        builder.UseSetting("Archive:DataPath", _files.Path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _files.Dispose();
    }
}
