using Microsoft.AspNetCore.Hosting;
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
