namespace NewsArchive.Tests.Web.Security;

/// <summary>An article's Markdown keeps only http, https, mailto and relative links, and no image (the archive
/// keeps no pictures); anything else comes out as its words, never as a live href or src.</summary>
public class MarkdownLinkTests(HostileArchiveFactory factory) : IClassFixture<HostileArchiveFactory>
{
    public static TheoryData<int> Cases => new(Enumerable.Range(0, HostileArchiveFactory.LinkCases.Length));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_safe_links_are_live_and_no_image_loads(int index)
    {
        var (name, _, hrefs, sources) = HostileArchiveFactory.LinkCases[index];
        var page = await HtmlPage.GetAsync(factory.NewClient(), HostileArchiveFactory.MarkdownArticle);
        var paragraph = page.QuerySelectorAll("main p").Single(p => p.TextContent.Contains($"Case {index:00} reads"));

        Assert.Equal(hrefs, paragraph.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal(sources, paragraph.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToArray());
        Assert.Empty(paragraph.QuerySelectorAll("[href*='script' i], [src*='script' i], [href^='data:' i], [src^='data:' i]"));
        Assert.True(paragraph.TextContent.Contains("ends here"), $"case '{name}' lost the rest of its paragraph");
    }
}
