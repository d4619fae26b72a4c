using System.Net;

namespace NewsArchive.Tests.Web;

public class ArticlePagesTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_home_page_lists_the_three_seed_articles_newest_first_with_titles_dates_and_sources_when_known()
    {
        var page = await HtmlPage.GetAsync(_client, "/");
        var items = page.QuerySelectorAll(".article-list li").ToList();
        Assert.Equal(3, items.Count);
        var titles = items.Select(i => i.QuerySelector("h2")!.TextContent.Trim()).ToList();
        Assert.StartsWith("Sadiq Khan has pledged to lobby the incoming Labour Government", titles[0]);
        Assert.Contains("Sadiq Khan re-elected Mayor of London after narrower than expected victory over Tory challenger Shaun Bailey", titles);
        Assert.Contains("Sadiq Khan won a second term as mayor of London tonight", titles);
        Assert.All(titles, t => Assert.InRange(t.Length, 20, 120));

        Assert.Equal("2024-07-05", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        // No "Source unknown": an article without a source just says nothing of it.
        Assert.All(items, i => Assert.DoesNotContain("Source unknown", i.TextContent));
        Assert.Contains(items, i => i.TextContent.Contains("MailOnline"));
    }

    [Fact]
    public async Task Every_article_page_shows_its_body_once_without_repeated_paragraphs()
    {
        var home = await HtmlPage.GetAsync(_client, "/");
        var links = home.QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        foreach (var link in links)
        {
            Assert.StartsWith("/articles/", link);
            var page = await HtmlPage.GetAsync(_client, link);
            var paragraphs = page.QuerySelectorAll(".story p:not(.further-label)").Select(p => p.TextContent.Trim()).ToList();
            Assert.True(paragraphs.Count > 5, $"{link} shows only {paragraphs.Count} paragraphs");
            Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
            Assert.Contains("words", page.QuerySelector(".meta")!.TextContent);
        }
    }

    [Fact]
    public async Task The_mailonline_article_shows_captions_as_captions_and_the_second_story_under_its_own_heading()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight");
        Assert.Contains("977, 601", page.QuerySelector(".story")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".caption"), c => c.TextContent.Contains("Green Party’s Sian Berry came third"));
        var further = Assert.Single(page.QuerySelectorAll(".further-story"));
        Assert.StartsWith("Keir Starmer SACKS deputy Angela Rayner", further.QuerySelector("h2")!.TextContent);
        Assert.Contains("This article arrived without a headline", page.QuerySelector(".note")!.TextContent);
    }

    [Fact]
    public async Task Curly_quotes_and_dashes_are_shown_as_received()
    {
        var html = await _client.GetStringAsync("/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight");
        Assert.Contains("– and vowed to work to build bridges with", html);
        var page = await HtmlPage.ParseAsync(html);
        Assert.Contains("Tory Shaun Bailey – and vowed to work to build bridges with Boris Johnson’s government.", page.QuerySelector(".story p")!.TextContent);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_address_gets_a_friendly_404(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }
}
