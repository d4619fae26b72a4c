using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.BrowserTests;

/// <summary>
/// The real app on a real port (Kestrel), serving a SQLite file in a temporary folder that the real importer
/// fills from the project's seeds at start-up, with an admin password configured.
/// </summary>
public sealed class LiveArchive : WebApplicationFactory<Program>
{
    public const string AdminPassword = "browser tests only, never a real password";

    private readonly string _data = Directory.CreateTempSubdirectory("newsarchive-browser-").FullName;

    public LiveArchive()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={Path.Combine(_data, "archive.db")}");
        builder.UseSetting("Archive:SeedsPath", Repository.Seeds);
        // Not UseSetting: it also gives every parent key an empty value, which Serilog reads as a nameless sink.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:File:Args:configure:0:Args:path"] = Path.Combine(_data, "logs", "newsarchive-.log"),
        }));
        builder.UseSetting("Admin:PasswordHash", NewsArchive.Web.Admin.AdminAccount.Hash(AdminPassword));
        builder.UseSetting("Admin:SignInAttemptsPerMinute", "50");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Folders of the repository the tests run in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Where the screenshots go: artifacts/screenshots at the repository root (ignored by git).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (NewsArchive.sln).");
    }
}
