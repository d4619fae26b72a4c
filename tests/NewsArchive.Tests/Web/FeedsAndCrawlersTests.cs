using System.Net;
using System.Xml.Linq;

namespace NewsArchive.Tests.Web;

/// <summary>Atom feeds, the sitemap, robots.txt and the health endpoint, over HTTP.</summary>
public class FeedsAndCrawlersTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<XDocument> GetXmlAsync(string url, string mediaType)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_site_feed_is_atom_with_the_newest_article_first()
    {
        var feed = await GetXmlAsync("/feed.atom", "application/atom+xml");
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("2024-07-05T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/articles/", e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "summary")!.Value)));
        Assert.Equal("http://localhost/feed.atom", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public async Task A_person_feed_lists_only_articles_naming_them()
    {
        var feed = await GetXmlAsync("/people/sadiq-khan/feed.atom", "application/atom+xml");
        Assert.Contains("Sadiq Khan", feed.Root!.Element(Atom + "title")!.Value);
        Assert.Equal(3, feed.Root.Elements(Atom + "entry").Count());
        var bailey = await GetXmlAsync("/people/shaun-bailey/feed.atom", "application/atom+xml");
        Assert.InRange(bailey.Root!.Elements(Atom + "entry").Count(), 1, 2);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/people/nobody-at-all/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_every_article_and_person_and_robots_points_to_it()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = await GetXmlAsync("/sitemap.xml", "application/xml");
        var urls = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(3, urls.Count(u => u.Contains("/articles/")));
        Assert.Equal(34, urls.Count(u => u.Contains("/people/")));
        Assert.Contains("http://localhost/", urls);

        var robots = await _client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /api/", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Healthz_answers_healthy_when_the_database_reads()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
