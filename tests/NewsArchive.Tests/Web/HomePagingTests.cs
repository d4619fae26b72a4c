using System.Net;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The home page lists a page of articles at a time, however large the archive grows.</summary>
public class HomePagingTests : IClassFixture<HomePagingTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            var metadata = new System.Text.StringBuilder("articles:\n");
            for (var i = 0; i < 120; i++)
            {
                folder.Write($"{i:000}.txt", $"Ward report number {i}\n\nCouncillors in ward {i} met today.");
                metadata.Append($"  {i:000}.txt:\n    published: {new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd}\n");
            }
            folder.Write("articles.yml", metadata.ToString());
            return folder;
        }
    }

    private readonly HttpClient _client;

    public HomePagingTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Fifty_articles_a_page_newest_first_with_links_between_pages()
    {
        var first = await HtmlPage.GetAsync(_client, "/");
        Assert.Equal(50, first.QuerySelectorAll(".article-list li").Length);
        Assert.Equal("Ward report number 119", first.QuerySelector(".article-list h2")!.TextContent);
        Assert.Contains("120 articles", first.QuerySelector(".lede")!.TextContent);
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));

        var last = await HtmlPage.GetAsync(_client, "/?page=3");
        Assert.Equal(20, last.QuerySelectorAll(".article-list li").Length);
        Assert.Equal("Ward report number 0", last.QuerySelectorAll(".article-list h2").Last().TextContent);
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("/?page=2", last.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=999")]
    [InlineData("/?page=-5")]
    [InlineData("/?page=abc")]
    public async Task Out_of_range_pages_are_answered_not_errors(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(url)).StatusCode);
}
