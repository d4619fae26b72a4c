using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Api;

namespace NewsArchive.Web.Hosting;

/// <summary>The seeds folder, as an absolute path: Archive:SeedsPath, relative to the content root.</summary>
public sealed record SeedsFolder(string Path);

public static class ArchiveServices
{
    public static WebApplicationBuilder AddArchive(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddArchiveLogging();
        services.AddArchiveSettings();
        // Relative paths in configuration are relative to the content root (the web project's folder under `dotnet run`).
        var root = builder.Environment.ContentRootPath;
        services.AddSingleton(provider => new SeedsFolder(Path.GetFullPath(provider.GetRequiredService<IOptions<ArchiveOptions>>().Value.SeedsPath, root)));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            var connection = builder.Configuration.GetConnectionString("Archive") ?? ArchiveOptions.DefaultConnectionString;
            var database = ArchiveDatabase.Open(options.Provider, connection, root, options.DataPath);
            if (database is PostgresArchive postgres) postgres.LogTo(provider.GetRequiredService<ILogger<PostgresArchive>>());
            return database;
        });
        services.AddSingleton<ArchiveImporter>();
        services.AddSingleton<NewsArchive.Search.NameIndexCache>();
        services.AddSingleton<NewsArchive.Search.ArticleWordsCache>();
        services.AddSingleton<NewsArchive.Search.SearchQueries>();
        // One open connection per request: every query of a page reads the same archive, even if an import
        // publishes a new one half way through the request.
        // The lease gives the connection back to the archive at the end of the request, to be kept open for the next.
        services.AddScoped<ReaderLease>();
        // Contexts are pooled: building one per request (its options, its services, its sets) was a fifth of an
        // uncached article page's time in a profile. Each request's context is given the request's connection.
        services.AddPooledDbContextFactory<ArchiveDbContext>((provider, db) =>
        {
            provider.GetRequiredService<ArchiveDatabase>().UseProvider(db);
            ArchiveDbContext.UseProviderModels(db);
        });
        services.AddScoped(provider =>
        {
            // The connection first: if it cannot be opened, no context has been taken from the pool.
            var connection = provider.GetRequiredService<ReaderLease>().Connection;
            var context = provider.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContext();
            context.Database.SetDbConnection(connection);
            return context;
        });
        services.AddArchiveAdmin();
        services.AddArchiveProxies();
        services.AddSingleton<PublicAddress>();
        services.AddArchiveOutputCache();
        services.AddScoped<ArchiveVersion>();
        services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/Admin").AllowAnonymousToPage("/Admin/SignIn"))
            .AddMvcOptions(mvc => mvc.Filters.Add<PageCaching>());
        services.AddProblemDetails();
        services.AddArchiveApiDocument();
        services.AddHealthChecks().AddCheck<ArchiveHealthCheck>("archive");
        services.AddResponseCompression(compression =>
        {
            // Pages carry no secret that a reader's own input is reflected beside, so BREACH does not apply.
            compression.EnableForHttps = true;
            compression.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes
                .Concat(["application/atom+xml", "image/svg+xml", "application/problem+json"]);
        });
        // Write curly quotes, dashes and accents as themselves, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }

    /// <summary>Tells whoever started the site where to read it.</summary>
    public static void AnnounceAddresses(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("NewsArchive is serving the archive at {Addresses}", string.Join(", ", app.Urls)));

    public static async Task ImportSeedsIfNeededAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        var seeds = app.Services.GetRequiredService<SeedsFolder>();
        var database = app.Services.GetRequiredService<ArchiveDatabase>();
        database.RemoveStaleBuilds();
        var importer = app.Services.GetRequiredService<ArchiveImporter>();
        if (!options.ImportOnStart || !importer.ArchiveNeedsBuilding()) return;

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        logger.LogInformation("No current, sound archive at {Database}: importing {Seeds}", database.Description, seeds.Path);
        try
        {
            var report = await importer.ImportAsync(seeds.Path);
            ImportLog.Write(logger, report);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The seeds could not be imported; the site starts with the archive it has");
            database.CreateEmptyIfMissing();
        }
    }
}
