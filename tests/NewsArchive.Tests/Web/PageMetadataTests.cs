using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>What every page says about itself in its head: title, description, canonical, OpenGraph, JSON-LD.</summary>
public class PageMetadataTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private const string Article = "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight";
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> ReaderPages => new() { "/", Article, "/people", "/people/sadiq-khan", "/search", "/search?q=khan" };

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public async Task Every_reader_page_has_a_title_description_canonical_and_open_graph(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        Assert.EndsWith("· NewsArchive", page.Title);
        var description = page.QuerySelector("meta[name='description']")!.GetAttribute("content")!;
        Assert.True(description.Length is > 40 and <= 200, description);
        var canonical = page.QuerySelector("link[rel='canonical']")!.GetAttribute("href")!;
        Assert.Equal(url, new Uri(canonical).PathAndQuery);
        Assert.Equal(canonical, Og(page, "og:url"));
        Assert.Equal(page.Title!.Replace(" · NewsArchive", ""), Og(page, "og:title"));
        Assert.Equal(description, Og(page, "og:description"));
        Assert.Equal("NewsArchive", Og(page, "og:site_name"));
        Assert.Contains(page.QuerySelectorAll("link[rel='alternate']"), l => l.GetAttribute("href") == "/feed.atom" && l.GetAttribute("type") == "application/atom+xml");
    }

    [Fact]
    public async Task Pages_titles_and_types_say_what_the_page_is()
    {
        var article = await HtmlPage.GetAsync(_client, Article);
        Assert.StartsWith(article.QuerySelector("h1")!.TextContent, article.Title);
        Assert.Equal("article", Og(article, "og:type"));
        var person = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        Assert.Equal("Sadiq Khan · NewsArchive", person.Title);
        Assert.Equal("profile", Og(person, "og:type"));
        Assert.Contains("Labour", person.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Contains(person.QuerySelectorAll("link[rel='alternate']"), l => l.GetAttribute("href") == "/people/sadiq-khan/feed.atom");
    }

    [Fact]
    public async Task An_article_page_describes_itself_as_a_news_article_allowed_by_the_csp_hash()
    {
        var response = await _client.GetAsync(Article);
        var page = await HtmlPage.ParseAsync(await response.Content.ReadAsStringAsync());
        var script = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.TextContent, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2021-05-08", json.RootElement.GetProperty("datePublished").GetString());
        Assert.Contains(json.RootElement.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("name").GetString() == "Sadiq Khan");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task A_person_page_describes_a_person_with_party_and_aliases()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Person", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Sadiq Khan", json.RootElement.GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("affiliation").EnumerateArray(), a => a.GetProperty("name").GetString() == "Labour");
        Assert.Contains(json.RootElement.GetProperty("alternateName").EnumerateArray(), a => a.GetString() == "Mr Khan");
    }

    [Fact]
    public async Task Admin_and_error_pages_are_not_for_search_engines()
    {
        foreach (var url in new[] { "/admin/signin", "/no-such-page" })
        {
            var page = await HtmlPage.ParseAsync(await (await _client.GetAsync(url)).Content.ReadAsStringAsync());
            Assert.Equal("noindex", page.QuerySelector("meta[name='robots']")!.GetAttribute("content"));
            Assert.Null(page.QuerySelector("link[rel='canonical']"));
        }
    }

    private static string? Og(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
