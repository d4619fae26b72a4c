using Serilog;
using Serilog.Events;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Logging through Serilog, configured entirely from the "Serilog" section (levels, overrides, sinks), and
/// one structured event per HTTP request from Serilog.AspNetCore's request logging. Every request event goes to
/// the log files; the console gets every other event and the requests that failed (5xx), not one line per page
/// read: that line cost a cached page a fifth of its time (docs/benchmarks.md, "Cached pages").
/// </summary>
public static class ArchiveLogging
{
    private const string ConsoleSink = "Serilog:WriteTo:Console";
    private const string RequestSource = "Serilog.AspNetCore.RequestLoggingMiddleware";

    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host (tests start several in one process) keeps a logger of its own
        // instead of replacing the process-wide Log.Logger.
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = builder.Configuration;
            // Started from a folder without appsettings.json (the content root is the current directory),
            // the host still says what it does, on the console, requests included (it has no other log).
            if (!configuration.GetSection("Serilog:WriteTo").Exists())
            {
                logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services)
                    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning).WriteTo.Console();
                return;
            }
            if (!configuration.GetSection(ConsoleSink).Exists())
            {
                logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services);
                return;
            }
            // The console sink as configured, in a logger of its own that leaves out the routine request events;
            // the rest of the section (levels, enrichers, the other sinks) as configured.
            logger.ReadFrom.Configuration(Keys(configuration, key => !IsConsoleSink(key))).ReadFrom.Services(services);
            logger.WriteTo.Logger(console => console.MinimumLevel.Verbose()
                .Filter.ByExcluding(IsRoutineRequest)
                .ReadFrom.Configuration(Keys(configuration, key => IsConsoleSink(key) || key.StartsWith("Serilog:Using", StringComparison.OrdinalIgnoreCase))));
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

    /// <summary>A request answered without a server error: in the log files, not on the console.</summary>
    private static bool IsRoutineRequest(LogEvent e) =>
        e.Level < LogEventLevel.Warning
        && e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: RequestSource };

    private static bool IsConsoleSink(string key) =>
        key.Equals(ConsoleSink, StringComparison.OrdinalIgnoreCase) || key.StartsWith(ConsoleSink + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>The keys of the configuration that pass the test, as a configuration of their own that follows the
    /// original when it reloads, so levels changed in appsettings.json while the site runs still apply.</summary>
    private static IConfiguration Keys(IConfiguration configuration, Func<string, bool> keep) =>
        new ConfigurationBuilder().Add(new KeysSource(configuration, keep)).Build();

    private sealed class KeysSource(IConfiguration configuration, Func<string, bool> keep) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new KeysProvider(configuration, keep);
    }

    private sealed class KeysProvider : ConfigurationProvider
    {
        private readonly IConfiguration _configuration;
        private readonly Func<string, bool> _keep;

        public KeysProvider(IConfiguration configuration, Func<string, bool> keep)
        {
            _configuration = configuration;
            _keep = keep;
            Microsoft.Extensions.Primitives.ChangeToken.OnChange(configuration.GetReloadToken, () =>
            {
                Load();
                OnReload();
            });
        }

        public override void Load() => Data = _configuration.AsEnumerable()
            .Where(pair => pair.Value is not null && _keep(pair.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
    }
}
