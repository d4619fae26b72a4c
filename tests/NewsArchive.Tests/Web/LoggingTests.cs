using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Tests.Web;

/// <summary>Logs come from Serilog, configured in appsettings: one event per request from
/// Serilog.AspNetCore, written to the rolling JSON files.</summary>
public class RequestLoggingTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Fact]
    public async Task Each_request_is_one_structured_event_from_serilog_aspnetcore()
    {
        await factory.CreateClient().GetAsync("/people?logged=1");
        var logged = await LogFile.WaitForAsync(factory.LogFolder, "Serilog.AspNetCore.RequestLoggingMiddleware", "/people");
        Assert.Equal("GET", logged.GetProperty("RequestMethod").GetString());
        Assert.Equal("/people", logged.GetProperty("RequestPath").GetString());
        Assert.Equal(200, logged.GetProperty("StatusCode").GetInt32());
        Assert.True(logged.GetProperty("Elapsed").GetDouble() > 0);
    }
}

/// <summary>Levels come from configuration: raising the request logger's level silences it.</summary>
public class LogLevelTests(LogLevelTests.Factory factory) : IClassFixture<LogLevelTests.Factory>
{
    public sealed class Factory : ArchiveFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            }));
        }
    }

    [Fact]
    public async Task An_override_in_configuration_sets_the_level()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/people");
        await client.GetAsync("/no-such-page");
        // The start-up events are written; the request events are below the configured level.
        await LogFile.WaitForAsync(factory.LogFolder, "Microsoft.Hosting.Lifetime", "Application started");
        await Task.Delay(500);
        Assert.DoesNotContain(LogFile.Events(factory.LogFolder), e =>
            e.TryGetProperty("SourceContext", out var source) && source.GetString() == "Serilog.AspNetCore.RequestLoggingMiddleware");
    }
}

/// <summary>The console gets start-up, imports, warnings and failed requests, but not one line per page read: the
/// log files keep every request. The console sink writes to a file here, so the test can read it.</summary>
public class ConsoleLogTests(ConsoleLogTests.Factory factory) : IClassFixture<ConsoleLogTests.Factory>
{
    public sealed class Factory : ArchiveFactory
    {
        public string ConsoleFolder => Path.Combine(LogFolder, "console");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:WriteTo:Console:Args:configure:0:Name"] = "File",
                ["Serilog:WriteTo:Console:Args:configure:0:Args:path"] = Path.Combine(ConsoleFolder, "console-.log"),
            }));
        }
    }

    [Fact]
    public async Task Page_requests_go_to_the_log_files_and_not_to_the_console()
    {
        await factory.CreateClient().GetAsync("/people?console=1");
        await LogFile.WaitForAsync(factory.LogFolder, "Serilog.AspNetCore.RequestLoggingMiddleware", "/people");
        // Time for the console's own background writer to have written the request, had it been given it.
        await Task.Delay(500);

        var console = await ConsoleLinesAsync("Application started");
        Assert.DoesNotContain(console, line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal));
    }

    /// <summary>The console's lines once one of them contains the text (it is written on a background thread).</summary>
    private async Task<List<string>> ConsoleLinesAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var lines = Directory.Exists(factory.ConsoleFolder)
                ? Directory.GetFiles(factory.ConsoleFolder).SelectMany(file =>
                {
                    using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    using var reader = new StreamReader(stream);
                    return reader.ReadToEnd().Split('\n');
                }).ToList()
                : [];
            if (lines.Any(line => line.Contains(text, StringComparison.Ordinal))) return lines;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"'{text}' never reached the console: {string.Join('\n', lines)}");
            await Task.Delay(100);
        }
    }
}

/// <summary>Levels changed in configuration while the site runs (appsettings.json is reloaded on change) apply at
/// once, as Serilog.Settings.Configuration makes them.</summary>
public class LogLevelReloadTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Fact]
    public async Task A_level_changed_while_the_site_runs_applies()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/people?before-reload=1");
        await LogFile.WaitForAsync(factory.LogFolder, "Serilog.AspNetCore.RequestLoggingMiddleware", "/people");

        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();
        configuration["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning";
        configuration.Reload();
        await client.GetAsync("/people/no-such-person?after-reload=1");
        await Task.Delay(500);
        Assert.DoesNotContain(LogFile.Events(factory.LogFolder), e =>
            e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/people/no-such-person");
    }
}
