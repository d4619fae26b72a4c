using NewsArchive.Web.Api;
using NewsArchive.Web.Feeds;
using NewsArchive.Web.Hosting;

return await CommandLine.RunAsync(args, ServeAsync);

static async Task<int> ServeAsync(string[] hostArgs)
{
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddArchive();
    if (await builder.BuildCheckedAsync() is not { } app) return ExitCodes.InvalidSettings;

    app.UseArchivePipeline();
    app.MapRazorPages();
    app.MapArchiveApi();
    app.MapAdminApi();
    app.MapArchiveApiDocument();
    app.MapArchiveFeeds();
    app.MapHealthChecks("/healthz").WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
    await app.ImportSeedsIfNeededAsync();
    app.AnnounceAddresses();
    await app.RunAsync();
    return ExitCodes.Success;
}

public partial class Program;
