using NewsArchive.Web.Api;
using NewsArchive.Web.Feeds;
using NewsArchive.Web.Hosting;

var (verb, hostArgs) = CommandLine.SplitVerb(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddArchive();

if (verb is not null)
    return await CommandLine.RunAsync(verb, builder);

var app = builder.Build();
app.UseArchivePipeline();
app.MapRazorPages();
app.MapArchiveApi();
app.MapAdminApi();
app.MapArchiveFeeds();
app.MapHealthChecks("/healthz");
await app.ImportSeedsIfNeededAsync();
app.AnnounceAddresses();
app.Run();
return 0;

public partial class Program;
