using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Web.Admin;
using Serilog;

namespace NewsArchive.Web.Hosting;

public static class ArchiveServices
{
    public static WebApplicationBuilder AddArchive(this WebApplicationBuilder builder)
    {
        // Relative paths in configuration are relative to the content root (the web project's folder under `dotnet run`).
        var root = builder.Environment.ContentRootPath;
        var options = builder.Configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
        options.SeedsPath = Path.GetFullPath(options.SeedsPath, root);
        if (!string.IsNullOrWhiteSpace(options.LogPath)) options.LogPath = Path.GetFullPath(options.LogPath, root);
        builder.Services.AddSingleton(options);
        builder.AddSerilog(options);

        var database = ArchiveDatabase.Open(options.Provider,
            builder.Configuration.GetConnectionString("Archive") ?? ArchiveOptions.DefaultConnectionString, root, options.DataPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<ArchiveImporter>();
        builder.Services.AddSingleton<NewsArchive.Search.NameIndexCache>();
        builder.Services.AddSingleton<NewsArchive.Search.SearchQueries>();
        // One open connection per request: every query of a page reads the same archive, even if an import
        // publishes a new one half way through the request.
        builder.Services.AddScoped(_ => database.OpenReaderConnection());
        builder.Services.AddDbContext<ArchiveDbContext>((services, db) => database.UseConnection(db, services.GetRequiredService<System.Data.Common.DbConnection>()));
        builder.AddArchiveAdmin(database);
        builder.Services.AddArchiveOutputCache();
        builder.Services.AddScoped<ArchiveVersion>();
        builder.Services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/Admin").AllowAnonymousToPage("/Admin/SignIn"))
            .AddMvcOptions(mvc => mvc.Filters.Add<PageCaching>());
        builder.Services.AddHealthChecks().AddCheck<ArchiveHealthCheck>("archive");
        builder.Services.AddResponseCompression(compression =>
        {
            // Pages carry no secret that a reader's own input is reflected beside, so BREACH does not apply.
            compression.EnableForHttps = true;
            compression.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes
                .Concat(["application/atom+xml", "image/svg+xml"]);
        });
        // Write curly quotes, dashes and accents as themselves, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }

    private static void AddSerilog(this WebApplicationBuilder builder, ArchiveOptions options)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", Serilog.Events.LogEventLevel.Information)
            .Enrich.FromLogContext()
            // Written on a background thread: a request never waits for the console or the disk.
            .WriteTo.Async(sinks =>
            {
                sinks.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
                if (!string.IsNullOrWhiteSpace(options.LogPath))
                    sinks.File(
                        new Serilog.Formatting.Json.JsonFormatter(renderMessage: true),
                        Path.Combine(options.LogPath, "newsarchive-.log"),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14);
            });
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger.CreateLogger(), dispose: true);
    }

    /// <summary>Tells whoever started the site where to read it.</summary>
    public static void AnnounceAddresses(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("NewsArchive is serving the archive at {Addresses}", string.Join(", ", app.Urls)));

    public static async Task ImportSeedsIfNeededAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<ArchiveOptions>();
        var database = app.Services.GetRequiredService<ArchiveDatabase>();
        database.RemoveStaleBuilds();
        var importer = app.Services.GetRequiredService<ArchiveImporter>();
        if (!options.ImportOnStart || !importer.ArchiveNeedsBuilding()) return;

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        logger.LogInformation("No current, sound archive at {Database}: importing {Seeds}", database.Description, Path.GetFullPath(options.SeedsPath));
        try
        {
            var report = await importer.ImportAsync(options.SeedsPath);
            ImportLog.Write(logger, report);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The seeds could not be imported; the site starts with the archive it has");
            database.CreateEmptyIfMissing();
        }
    }
}
