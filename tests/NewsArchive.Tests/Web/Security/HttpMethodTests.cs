using System.Net;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// Every kind of address answers every method without a server error: TRACE and other methods a page has no
/// handler for are 405 with an Allow header; HEAD answers as GET does, without a body.
/// </summary>
public class HttpMethodTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private const string Article = "/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over";

    /// <summary>One address of every kind: pages, errors, feeds, crawler files, files, the API, its document.</summary>
    public static readonly string[] Addresses =
    [
        "/", "/?page=2", Article, "/people", "/people/sadiq-khan", "/elections", "/elections/london-mayor-2021", "/search",
        "/search?q=khan", "/status/404", "/articles/no-such-article", "/no/such/page", "/admin/signin", "/admin", "/admin/signout",
        "/feed.atom", "/people/sadiq-khan/feed.atom", "/sitemap.xml", "/robots.txt", "/healthz", "/css/site.css", "/favicon.svg",
        "/api/people", "/api/people/sadiq-khan", "/api/people/suggest?q=kha", "/api" + Article, "/api/elections",
        "/api/elections/london-mayor-2021", "/api/search?q=khan", "/api/people/nobody", "/api/admin/import", "/api/admin/reports",
        "/api/no-such-endpoint", "/openapi/v1.json", "/scalar/v1",
    ];

    public static TheoryData<string> AllAddresses => new(Addresses);

    public static TheoryData<string, string> EveryAddressWithUnusualMethods => Cross(["TRACE", "OPTIONS", "PUT", "DELETE", "PATCH", "PROPFIND"]);

    private static TheoryData<string, string> Cross(string[] methods)
    {
        var data = new TheoryData<string, string>();
        foreach (var address in Addresses)
            foreach (var method in methods)
                data.Add(method, address);
        return data;
    }

    private readonly HttpClient _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [MemberData(nameof(EveryAddressWithUnusualMethods))]
    public async Task A_method_nothing_answers_is_405_with_allow_never_500(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEmpty(response.Content.Headers.Allow);
        Assert.DoesNotContain(method, response.Content.Headers.Allow);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [MemberData(nameof(AllAddresses))]
    public async Task HEAD_answers_as_GET_without_a_body(string url)
    {
        var get = await _client.GetAsync(url);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.True((int)get.StatusCode < 500, $"GET {url} answered {get.StatusCode}");
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/people/sadiq-khan")]
    [InlineData("/search?q=khan")]
    [InlineData("/elections/london-mayor-2021")]
    public async Task A_form_posted_to_a_reading_page_is_refused_not_rendered(string url)
    {
        var admin = new AdminClient(factory);
        var response = await admin.PostFormAsync(url, "/admin/signin", ("q", "x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }
}
