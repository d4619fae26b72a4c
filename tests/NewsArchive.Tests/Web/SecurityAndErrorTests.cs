using System.Net;

namespace NewsArchive.Tests.Web;

public class SecurityHeadersTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/people/sadiq-khan")]
    [InlineData("/api/people")]
    [InlineData("/css/site.css")]
    [InlineData("/feed.atom")]
    [InlineData("/no-such-page")]
    [InlineData("/admin")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _client.GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_missing_page_is_a_404_in_the_sites_layout()
    {
        var response = await _client.GetAsync("/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header form[role='search']"));
    }
}

/// <summary>A broken database: the reader gets the site's error page without internals; health says so.</summary>
public class ServerErrorTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Fact]
    public async Task A_server_error_shows_the_error_page_without_a_stack_trace_and_health_fails()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        factory.CorruptDatabase();

        var response = await client.GetAsync("/people");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(html);
        Assert.Equal("Something went wrong", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("SQLite", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Npgsql", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
    }
}
