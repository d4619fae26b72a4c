using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>
/// The real app over HTTP, with a database of its own (a SQLite file in a temporary folder, or a fresh
/// PostgreSQL database: see <see cref="TestDatabase"/>), filled at start-up by the real importer from a
/// seeds folder (the project's seeds unless a test gives another).
/// </summary>
public class ArchiveFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();
    private readonly TestDatabase _database;

    public ArchiveFactory() : this(ProjectFolders.Seeds) { }

    protected ArchiveFactory(string seedsPath)
    {
        SeedsPath = seedsPath;
        _database = new TestDatabase(_data.Path);
    }

    public string SeedsPath { get; }

    /// <summary>Where this app's rolling JSON log files go.</summary>
    public string LogFolder => Path.Combine(_data.Path, "logs");

    public void CorruptDatabase() => _database.Corrupt();

    /// <summary>The admin password's hash, or empty for a site whose admin area is closed.</summary>
    protected virtual string PasswordHash => NewsArchive.Web.Admin.AdminAccount.Hash(AdminClient.Password);

    /// <summary>Settings a test's factory adds or changes (key: "Section:Key").</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Archive:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Archive", _database.ConnectionString);
        builder.UseSetting("Archive:DataPath", _data.Path);
        builder.UseSetting("Archive:SeedsPath", SeedsPath);
        // Not UseSetting: it also gives every parent key an empty value, and Serilog reads an empty
        // "Serilog:WriteTo:File" as a sink without a name.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:File:Args:configure:0:Args:path"] = Path.Combine(LogFolder, "newsarchive-.log"),
        }));
        builder.UseSetting("Admin:PasswordHash", PasswordHash);
        builder.UseSetting("Admin:SignInAttemptsPerMinute", "20");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
            _data.Dispose();
        }
    }
}
