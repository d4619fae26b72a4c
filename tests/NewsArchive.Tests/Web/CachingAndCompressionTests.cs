using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace NewsArchive.Tests.Web;

/// <summary>ETags from the archive's build: 304 while the archive is the same, a fresh page after a re-import.</summary>
public class CachingAndCompressionTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Cached => new() { "/", "/people/sadiq-khan", "/search?q=khan", "/feed.atom", "/people/sadiq-khan/feed.atom", "/sitemap.xml" };

    private async Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (etag is not null) request.Headers.IfNoneMatch.Add(etag);
        return await _client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Cached))]
    public async Task Pages_and_feeds_answer_304_to_their_own_etag_and_always_revalidate(string url)
    {
        var first = await GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.NoCache);
        var again = await GetAsync(url, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        // A 304 may leave the stored policy in place, but never brings a different one.
        if (again.Headers.TryGetValues("Content-Security-Policy", out var policy))
            Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), policy);
        var stale = await GetAsync(url, new EntityTagHeaderValue("\"0123\"", isWeak: true));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task Each_address_has_its_own_etag()
    {
        var home = (await GetAsync("/")).Headers.ETag;
        var people = (await GetAsync("/people")).Headers.ETag;
        Assert.NotEqual(home, people);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/people", home)).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_and_errors_carry_no_etag()
    {
        Assert.Null((await GetAsync("/admin/signin")).Headers.ETag);
        Assert.Null((await GetAsync("/no-such-page")).Headers.ETag);
    }

    [Fact]
    public async Task Responses_are_compressed_for_clients_that_accept_it()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/people");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await _client.SendAsync(request);
        Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
    }

    [Fact]
    public async Task A_cached_page_is_kept_apart_for_each_encoding_and_each_decodes_to_the_same_page()
    {
        async Task<(HttpResponseMessage Response, string Text)> Get(string? encoding)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/people");
            if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsStreamAsync();
            Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
            {
                "br" => new BrotliStream(body, CompressionMode.Decompress),
                "gzip" => new GZipStream(body, CompressionMode.Decompress),
                _ => body,
            };
            return (response, await new StreamReader(decoded).ReadToEndAsync());
        }

        var brotli = await Get("br");
        var gzip = await Get("gzip");
        var plain = await Get(null);
        var brotliAgain = await Get("gzip;q=0.5, br");
        Assert.Equal(["br"], brotli.Response.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Response.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Response.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotliAgain.Response.Content.Headers.ContentEncoding);
        Assert.Contains("</html>", plain.Text);
        Assert.All(new[] { brotli.Text, gzip.Text, brotliAgain.Text }, text => Assert.Equal(plain.Text, text));
        // The last was the first one's entry, served from the cache.
        Assert.NotNull(brotliAgain.Response.Headers.Age);
    }
}

/// <summary>A re-import gives every page a new ETag, so no reader keeps an old page (own archive: it re-imports).</summary>
public class CachingAfterReimportTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Fact]
    public async Task After_a_reimport_the_old_etag_no_longer_matches()
    {
        var client = factory.CreateClient();
        var before = await client.GetAsync("/people/sadiq-khan");
        var admin = new AdminClient(factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, "/people/sadiq-khan");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }
}

public class StaticFileCachingTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Fact]
    public async Task Versioned_styles_and_scripts_are_cached_for_a_year_and_other_files_for_a_day()
    {
        var client = factory.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/");
        var css = page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        var js = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        foreach (var versioned in new[] { css, js })
        {
            Assert.Contains("?v=", versioned);
            var response = await client.GetAsync(versioned);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        }
        Assert.Equal(TimeSpan.FromDays(1), (await client.GetAsync("/favicon.svg")).Headers.CacheControl!.MaxAge);
    }
}
