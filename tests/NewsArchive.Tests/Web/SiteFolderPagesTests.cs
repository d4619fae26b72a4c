using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A folder as a Markdown site and a saved web page leave it, imported by the real app and read
/// over HTTP: Markdown rendered safely, the byline on the page, in the API and in the feed.</summary>
public class SiteFolderPagesTests(SiteFolderPagesTests.Factory factory) : IClassFixture<SiteFolderPagesTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            Directory.CreateDirectory(Path.Combine(folder.Path, "2019", "news"));
            File.Copy(Fixtures.PathOf(Fixtures.HugoArticle), Path.Combine(folder.Path, "2019", "news", "assembly debate.md"));
            File.Copy(Fixtures.PathOf(Fixtures.NewsPage), Path.Combine(folder.Path, "thames-crossing.html"));
            folder.Write("draft.md", "---\ntitle: A piece never published\ndraft: true\ndate: 2015-06-01\n---\nIt was written but never run.");
            folder.Write("links.md", "---\ntitle: Links of every kind\n---\n[safe](https://example.org) [script](javascript:alert(1)) " +
                "![remote picture](https://tracker.invalid/pixel.gif) <img src=x onerror=alert(1)> [local](/people)");
            folder.Write("people.md", "---\ntitle: Mayor defends the budget\n---\nSadiq Khan defended the budget at City Hall on Tuesday.\n\nHe called it *fair*.");
            return folder;
        }
    }

    private readonly HttpClient _client = factory.CreateClient();
    private const string Debate = "/articles/assembly-members-clash-over-night-bus-cuts";
    private const string Crossing = "/articles/mayor-backs-new-thames-crossing-for-east-london";

    [Fact]
    public async Task A_markdown_article_is_rendered_as_markdown()
    {
        var page = await HtmlPage.GetAsync(_client, Debate);
        var story = page.QuerySelector(".story")!;
        Assert.Equal("London Assembly", story.QuerySelector("p em")!.TextContent);
        Assert.Equal("eleven", story.QuerySelector("p strong")!.TextContent);
        Assert.Equal("https://www.london.gov.uk/about-us/london-assembly", story.QuerySelector("a[href^='https://www.london.gov.uk']")!.GetAttribute("href"));
        Assert.Equal("What was proposed", story.QuerySelector("h2.subheading")!.TextContent);
        Assert.Equal(2, story.QuerySelectorAll(".list-item").Length);
        Assert.StartsWith("“These routes are a lifeline", story.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Contains("The Assembly chamber at City Hall", story.QuerySelector(".caption")!.TextContent);
        Assert.DoesNotContain("{{", story.TextContent);
        Assert.DoesNotContain("_London", story.TextContent);
        Assert.Null(story.QuerySelector("img"));
    }

    [Fact]
    public async Task The_byline_standfirst_date_and_topics_are_on_the_page()
    {
        var page = await HtmlPage.GetAsync(_client, Debate);
        Assert.Equal("Assembly members clash over night bus cuts", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("By hs1019 and Priya Natarajan", page.QuerySelector(".byline")!.TextContent);
        Assert.StartsWith("Labour and Conservative members traded blows", page.QuerySelector(".standfirst")!.TextContent);
        Assert.Equal("2019-03-08T18:42:10+00:00", page.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Contains("transport", page.QuerySelector(".topics")!.TextContent);
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(["hs1019", "Priya Natarajan"], ld.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_saved_web_page_is_an_article_with_its_headline_date_byline_and_clean_body()
    {
        var page = await HtmlPage.GetAsync(_client, Crossing);
        Assert.Equal("By Priya Natarajan and Tom Ellery", page.QuerySelector(".byline")!.TextContent);
        Assert.Contains("Thursday 14 March 2024", page.QuerySelector(".meta")!.TextContent);
        Assert.Contains("The London Ledger", page.QuerySelector(".meta")!.TextContent);
        var story = page.QuerySelector(".story")!.TextContent;
        Assert.Contains("Sadiq Khan said the crossing would open in 2031", story);
        Assert.DoesNotContain("Share on", story);
        Assert.DoesNotContain("cruise", story);
    }

    [Fact]
    public async Task The_api_and_the_feed_carry_the_authors()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync($"/api{Debate}")).RootElement;
        Assert.Equal(["hs1019", "Priya Natarajan"], json.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2019-03-08T18:42:10+00:00", json.GetProperty("publishedAt").GetString());
        Assert.False(json.GetProperty("draft").GetBoolean());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.atom"));
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "Mayor backs new Thames crossing for east London");
        Assert.Equal(["Priya Natarajan", "Tom Ellery"], entry.Elements(atom + "author").Select(a => a.Element(atom + "name")!.Value));
    }

    [Fact]
    public async Task People_are_linked_in_markdown_without_markup_and_only_outside_links_are_nofollow()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/mayor-defends-the-budget");
        var person = page.QuerySelector(".story a[href='/people/sadiq-khan']");
        Assert.NotNull(person);
        Assert.Null(person.GetAttribute("rel"));
        var links = await HtmlPage.GetAsync(_client, "/articles/links-of-every-kind");
        Assert.Equal("nofollow noopener", links.QuerySelector(".story a[href='https://example.org']")!.GetAttribute("rel"));
        Assert.Null(links.QuerySelector(".story a[href='/people']")!.GetAttribute("rel"));
    }

    [Fact]
    public async Task A_draft_is_kept_labelled_and_not_offered_to_search_engines()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/a-piece-never-published");
        Assert.Contains("draft", page.QuerySelector(".article .note")!.TextContent);
        Assert.Contains("noindex", page.QuerySelector("meta[name='robots']")!.GetAttribute("content"));
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/articles/a-piece-never-published")).RootElement;
        Assert.True(json.GetProperty("draft").GetBoolean());
    }

    [Fact]
    public async Task Only_safe_links_are_links_and_no_picture_or_tag_from_the_text_reaches_the_page()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/links-of-every-kind");
        var story = page.QuerySelector(".story")!;
        Assert.Equal(["https://example.org", "/people"], story.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(story.QuerySelector("img"));
        Assert.Contains("script", story.TextContent);
        Assert.Contains("remote picture", story.TextContent);
        Assert.DoesNotContain("onerror", story.InnerHtml);
        Assert.DoesNotContain("javascript", story.InnerHtml);
    }
}
