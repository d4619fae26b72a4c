using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// Guesses from many clients at once (each under its own limit) lock the user name: 5 failures in a row
/// lock it for a minute, the next 5 for two, and so on; the right password is refused while it is locked,
/// and every lock is logged. The app's clock is a fake one here, moved on by the test.
/// </summary>
public class LockoutTests(LockoutTests.Factory factory) : IClassFixture<LockoutTests.Factory>
{
    public sealed class Factory : KestrelArchiveFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private static int _clients;

    /// <summary>Each attempt from an address of its own: the per-client limit never applies here.</summary>
    private async Task<HttpResponseMessage> AttemptAsync(string password)
    {
        using var client = factory.NewClient($"198.51.100.{Interlocked.Increment(ref _clients)}");
        return await SignInForm.PostAsync(client, "/admin/signin", "admin", password);
    }

    private async Task FailAsync(int times)
    {
        for (var i = 0; i < times; i++) Assert.Equal(HttpStatusCode.OK, (await AttemptAsync("guess " + i)).StatusCode);
    }

    private async Task AssertLockedForAsync(int seconds)
    {
        var refused = await AttemptAsync(AdminClient.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many failed sign-ins for this user name", await refused.Content.ReadAsStringAsync());
        Assert.Equal(seconds, int.Parse(refused.Headers.GetValues("Retry-After").Single()));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_name_for_longer_each_time_and_each_lock_is_logged()
    {
        await FailAsync(5);
        await AssertLockedForAsync(60);
        await LogFile.WaitForAsync(factory.LogFolder, "NewsArchive.Web.Admin.SignInLockout", "locked for 1 minutes");

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await FailAsync(5);
        await AssertLockedForAsync(120);
        await LogFile.WaitForAsync(factory.LogFolder, "NewsArchive.Web.Admin.SignInLockout", "locked for 2 minutes");

        factory.Clock.Advance(TimeSpan.FromSeconds(121));
        var signedIn = await AttemptAsync(AdminClient.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
    }
}
