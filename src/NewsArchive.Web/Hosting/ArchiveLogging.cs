using Serilog;
using Serilog.Events;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Logging through Serilog, configured entirely from the "Serilog" section (levels, overrides, sinks), and
/// one structured event per HTTP request from Serilog.AspNetCore's request logging.
/// </summary>
public static class ArchiveLogging
{
    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (tests start several in one process) keeps a logger of its own
        // instead of replacing the process-wide Log.Logger.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            // Started from a folder without appsettings.json (the content root is the current directory),
            // the host still says what it does, on the console.
            if (!builder.Configuration.GetSection("Serilog:WriteTo").Exists())
                logger.MinimumLevel.Override("Microsoft", LogEventLevel.Warning).WriteTo.Console();
        }, preserveStaticLogger: true);
        return builder;
    }

    public static IApplicationBuilder UseArchiveRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger (see preserveStaticLogger above), not the static one.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            // A server error is an error; a reader's 404 or a refused sign-in is not.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        });
}
