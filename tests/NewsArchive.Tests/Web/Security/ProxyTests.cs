using System.Net;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// Behind a TLS proxy: the scheme and client address come from X-Forwarded-* headers, believed only from
/// the configured proxies; absolute links come from Site:BaseUrl, never from the Host header.
/// </summary>
public class PublicAddressTests(PublicAddressTests.Factory factory) : IClassFixture<PublicAddressTests.Factory>
{
    public const string BaseUrl = "https://news.example.org";

    public sealed class Factory : KestrelArchiveFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Site:BaseUrl"] = BaseUrl + "/" };
    }

    public static readonly TheoryData<string> PagesWithAbsoluteLinks = new(
        "/", "/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over", "/people/sadiq-khan",
        "/elections/london-mayor-2021", "/search?q=khan", "/feed.atom", "/people/sadiq-khan/feed.atom", "/sitemap.xml", "/robots.txt",
        "/openapi/v1.json");

    [Theory]
    [MemberData(nameof(PagesWithAbsoluteLinks))]
    public async Task Absolute_links_use_the_public_address_whatever_the_host_header_says(string url)
    {
        using var client = factory.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "attacker.example";
        request.Headers.Add("X-Forwarded-Host", "forwarded-attacker.example");
        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains(BaseUrl, body);
        Assert.DoesNotContain("attacker.example", body);
        Assert.DoesNotContain(factory.Address.Authority, body);
    }

}

public class KnownProxyTests(KestrelArchiveFactory factory) : IClassFixture<KestrelArchiveFactory>
{
    [Theory]
    [InlineData("https", true)]
    [InlineData("http", false)]
    public async Task The_forwarded_scheme_from_a_known_proxy_decides_secure_cookies(string scheme, bool secure)
    {
        using var client = factory.NewClient(cookies: false);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        var (form, signIn) = await SignInForm.PostCarryingCookiesAsync(client, AdminClient.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(secure, SignInForm.IsSecure(SignInForm.SetCookie(signIn, "newsarchive-admin=")));
        Assert.Equal(secure, SignInForm.IsSecure(SignInForm.SetCookie(form, ".AspNetCore.Antiforgery")));
    }

    [Fact]
    public async Task Without_a_public_address_links_use_the_listening_address_not_the_host_header()
    {
        using var client = factory.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = "attacker.example";
        var robots = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains($"Sitemap: {factory.Address.GetLeftPart(UriPartial.Authority)}/sitemap.xml", robots);
    }
}

public class UnknownProxyTests(UnknownProxyTests.Factory factory) : IClassFixture<UnknownProxyTests.Factory>
{
    /// <summary>The only trusted proxy is elsewhere: these requests (from 127.0.0.1) come straight from a client.</summary>
    public sealed class Factory : KestrelArchiveFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Site:KnownProxies:0"] = "192.0.2.10", ["Site:KnownProxies:1"] = "192.0.2.11", ["Admin:SignInAttemptsPerMinute"] = "5",
        };
    }

    [Fact]
    public async Task A_forwarded_scheme_from_anyone_else_is_ignored()
    {
        using var client = factory.NewClient(cookies: false);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var (form, signIn) = await SignInForm.PostCarryingCookiesAsync(client, AdminClient.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.False(SignInForm.IsSecure(SignInForm.SetCookie(signIn, "newsarchive-admin=")));
        Assert.False(SignInForm.IsSecure(SignInForm.SetCookie(form, ".AspNetCore.Antiforgery")));
    }

    [Fact]
    public async Task A_forwarded_address_from_anyone_else_does_not_buy_a_fresh_limit()
    {
        var limited = 0;
        for (var i = 0; i < 8; i++)
        {
            using var client = factory.NewClient($"203.0.113.{100 + i}");
            if (await SignInForm.IsRateLimitedAsync(await SignInForm.PostAsync(client, "/admin/signin", $"someone {i}", "guess"))) limited++;
        }
        // All eight come from 127.0.0.1, whatever they claim: at most 5 are looked at (fewer if another test
        // of this class signed in first).
        Assert.InRange(limited, 3, 8);
    }
}
