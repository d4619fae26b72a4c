using System.Diagnostics;
using System.Net;
using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The live SQLite file under a running server: found damaged and rebuilt, and replaced by another
/// process, which the server serves within a second.</summary>
public class LiveArchiveFileTests : IDisposable
{
    private readonly SqliteFileFactory _factory = new(ProjectFolders.Seeds);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_damaged_archive_found_at_start_is_kept_aside_and_rebuilt_from_the_seeds()
    {
        var database = new SqliteArchive($"Data Source={_factory.DatabaseFile}", _factory.DataFolder);
        await new ArchiveImporter(database).ImportAsync(ProjectFolders.Seeds);
        HostileFiles.GarblePagesAfterHeader(_factory.DatabaseFile);

        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/sadiq-khan")).StatusCode);
        Assert.Single(Directory.GetFiles(_factory.DataFolder, "archive.db.damaged-*"));

        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        var page = await HtmlPage.ParseAsync(await admin.Http.GetStringAsync("/admin"));
        Assert.Contains("The live database was damaged", page.QuerySelector(".report")!.TextContent);
    }

    [Fact]
    public async Task A_reimport_over_a_damaged_archive_rebuilds_it()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        HostileFiles.GarblePagesAfterHeader(_factory.DatabaseFile);
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/people")).StatusCode);

        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task An_archive_published_by_another_process_is_served_within_a_second()
    {
        var client = _factory.CreateClient();
        Assert.Contains("Sadiq Khan", await client.GetStringAsync("/"));
        using var other = new TempFolder();
        other.Write("library.txt", "Library closures in Croydon spark protest\n\nThree libraries will close, the council said.");

        var start = ImportCommand.Verb(_factory.DataFolder, "import", "--seeds", other.Path);
        start.Environment["Archive__DataPath"] = _factory.DataFolder;
        using (var cli = Process.Start(start)!)
        {
            var output = cli.StandardOutput.ReadToEndAsync();
            Assert.True(cli.WaitForExit(120_000));
            Assert.True(cli.ExitCode == 0, await output + await cli.StandardError.ReadToEndAsync());
        }
        var published = Stopwatch.StartNew();
        string home;
        do home = await client.GetStringAsync("/");
        while (!home.Contains("Library closures in Croydon") && published.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Contains("Library closures in Croydon spark protest", home);
        Assert.DoesNotContain("Sadiq Khan", home);
    }
}
