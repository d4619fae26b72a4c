using System.Net;

namespace NewsArchive.Tests.Web;

public class PeoplePagesTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_people_index_lists_everyone_a_to_z_by_surname_with_counts()
    {
        var page = await HtmlPage.GetAsync(_client, "/people");
        var names = page.QuerySelectorAll(".people-index li a").Select(a => a.TextContent).ToList();
        Assert.Equal(34, names.Count);
        Assert.True(names.IndexOf("Shaun Bailey") < names.IndexOf("Sadiq Khan"));
        Assert.True(names.IndexOf("Sadiq Khan") < names.IndexOf("Keir Starmer"));
        var khan = page.QuerySelectorAll(".people-index li").Single(li => li.QuerySelector("a")!.TextContent == "Sadiq Khan");
        Assert.Contains("in 3 articles", khan.TextContent);
        Assert.Contains(page.QuerySelectorAll(".az a"), a => a.TextContent == "K");
    }

    [Fact]
    public async Task A_person_page_shows_party_with_its_source_aliases_coverage_and_quotes()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        Assert.Equal("Sadiq Khan", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector(".facts")!;
        Assert.Contains("Labour", facts.TextContent);
        Assert.NotEmpty(facts.QuerySelectorAll("blockquote a[href^='/articles/']"));
        Assert.Contains("Mr Khan", facts.TextContent);

        var coverage = page.QuerySelectorAll(".timeline li").ToList();
        Assert.Equal(3, coverage.Count);
        Assert.Contains("2024", coverage[0].QuerySelector(".meta")!.TextContent);
        Assert.All(coverage, c => Assert.Contains("Khan", c.QuerySelector(".first-mention")!.TextContent));

        var quotes = page.QuerySelectorAll(".quote").ToList();
        Assert.NotEmpty(quotes);
        Assert.Contains(quotes, q => q.TextContent.Contains("deeply humbled"));
        Assert.All(quotes, q => Assert.StartsWith("/articles/", q.QuerySelector("blockquote")!.GetAttribute("cite")));
    }

    [Fact]
    public async Task Quotes_are_grouped_by_article_and_short_fragments_are_not_listed()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        var groups = page.QuerySelectorAll(".quotes-from").ToList();
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.StartsWith("/articles/", g.QuerySelector("h3 a")!.GetAttribute("href")));
        Assert.DoesNotContain(page.QuerySelectorAll(".quote blockquote"), q => q.TextContent.Trim().Split(' ').Length < 4);
        Assert.Contains(page.QuerySelectorAll(".quote figcaption"), c => c.TextContent.Contains("In context"));
    }

    [Fact]
    public async Task A_person_without_quotes_says_so()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/kam-balayev");
        Assert.Contains("no words quoted", page.QuerySelector("#quotes + p")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_person_is_a_friendly_404()
    {
        var response = await _client.GetAsync("/people/nobody-at-all");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_article_page_links_people_to_their_pages_and_lists_them_beside_the_text()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight");
        var firstParagraphLinks = page.QuerySelector(".story p")!.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Sadiq Khan", "/people/sadiq-khan"), firstParagraphLinks);
        Assert.Contains(("Shaun Bailey", "/people/shaun-bailey"), firstParagraphLinks);
        Assert.Single(page.QuerySelectorAll(".story a[href='/people/sadiq-khan']"));

        var sidebar = page.QuerySelectorAll(".sidebar .people-list:not(.election-links) li").Select(li => li.TextContent).ToList();
        Assert.Equal(33, sidebar.Count);
        Assert.Contains(sidebar, s => s.Contains("Piers Corbyn"));
        Assert.Contains(sidebar, s => s.Contains("Jeremy Corbyn"));
    }
}
