using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>
/// The real app over HTTP, with its own SQLite file in a temporary folder, filled at start-up by the real
/// importer from a seeds folder (the project's seeds unless a test gives another).
/// </summary>
public class ArchiveFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    public ArchiveFactory() : this(ProjectFolders.Seeds) { }

    protected ArchiveFactory(string seedsPath) => SeedsPath = seedsPath;

    public string SeedsPath { get; }

    public string DatabasePath => Path.Combine(_data.Path, "archive.db");

    /// <summary>The admin password's hash, or empty for a site whose admin area is closed.</summary>
    protected virtual string PasswordHash => NewsArchive.Web.Admin.AdminAccount.Hash(AdminClient.Password);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={DatabasePath}");
        builder.UseSetting("Archive:SeedsPath", SeedsPath);
        builder.UseSetting("Archive:LogPath", "");
        builder.UseSetting("Admin:PasswordHash", PasswordHash);
        builder.UseSetting("Admin:SignInAttemptsPerMinute", "20");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _data.Dispose();
        }
    }
}
