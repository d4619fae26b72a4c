using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Person, party and election pages list their coverage a page at a time, however large it grows: an
/// archive where one councillor is named (and quoted, and given a party and role) in 60 articles, another in the
/// first 30 of them, and every article names one election.</summary>
public class CoveragePagingTests : IClassFixture<CoveragePagingTests.Factory>
{
    private const int Articles = 60, Fewer = 30, PerPage = NewsArchive.Data.Paging.ArticlesPerPage;

    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            var metadata = new System.Text.StringBuilder("articles:\n");
            for (var i = 0; i < Articles; i++)
            {
                var walsh = i < Fewer ? $"""

                    Peter Walsh, the Labour councillor for Northgate, said the plan for ward {i} was late.

                    "Plans {i}a, {i}b and {i}c for ward {i} are late," said Peter Walsh.
                    """ : "";
                folder.Write($"{i:000}.txt", $"""
                    Council report number {i}

                    Helen Carter, the Labour councillor for Riverside, spoke at the housing meeting in ward {i}.

                    "We will build {i} hundred homes under plans {i}a, {i}b and {i}c," said Helen Carter.
                    {walsh}

                    The 2019 general election was recalled at the meeting.
                    """);
                metadata.Append($"  {i:000}.txt:\n    published: {new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd}\n");
            }
            folder.Write("articles.yml", metadata.ToString());
            return folder;
        }
    }

    private readonly HttpClient _client;

    public CoveragePagingTests(Factory factory) => _client = factory.CreateClient();

    private async Task<string> PersonPathAsync(string name) =>
        "/people/" + await ArchiveApi.PersonSlugAsync(_client, name);

    private async Task<string> ElectionPathAsync() =>
        "/elections/" + JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Single().GetProperty("slug").GetString();

    /// <summary>The coverage list of each kind of page: its items' links, and the section its pager is in.</summary>
    private async Task<(string Path, string Items)> PageOfKindAsync(string kind) => kind switch
    {
        "person" => (await PersonPathAsync("Helen Carter"), "ol.timeline h3 a"),
        "party" => ("/parties/labour", "#party-articles ~ ul a"),
        _ => (await ElectionPathAsync(), "#coverage-heading ~ ul a"),
    };

    private static string? Href(IDocument page, string rel) => page.QuerySelector($".pager a[rel={rel}]")?.GetAttribute("href");

    private static string Canonical(IDocument page) => new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).PathAndQuery;

    [Theory]
    [InlineData("person")]
    [InlineData("party")]
    [InlineData("election")]
    public async Task Coverage_is_paged_newest_first_each_article_once_with_links_between_pages(string kind)
    {
        var (path, items) = await PageOfKindAsync(kind);
        var pages = new List<IDocument>();
        for (var n = 1; n <= 3; n++) pages.Add(await HtmlPage.GetAsync(_client, n == 1 ? path : $"{path}?page={n}"));

        Assert.Equal([PerPage, PerPage, Articles - 2 * PerPage], pages.Select(p => p.QuerySelectorAll(items).Length));
        Assert.Equal("Council report number 59", pages[0].QuerySelector(items)!.TextContent);
        Assert.Equal("Council report number 0", pages[2].QuerySelectorAll(items).Last().TextContent);
        Assert.Equal(Articles, pages.SelectMany(p => p.QuerySelectorAll(items).Select(a => a.GetAttribute("href"))).Distinct().Count());

        Assert.Null(Href(pages[0], "prev"));
        Assert.Equal($"{path}?page=2", Href(pages[0], "next"));
        Assert.Equal(path, Href(pages[1], "prev"));
        Assert.Equal($"{path}?page=3", Href(pages[1], "next"));
        Assert.Equal($"{path}?page=2", Href(pages[2], "prev"));
        Assert.Null(Href(pages[2], "next"));
        Assert.Equal([path, $"{path}?page=2", $"{path}?page=3"], pages.Select(Canonical));
    }

    [Fact]
    public async Task Quotes_are_paged_by_article_on_the_same_page_numbers()
    {
        var path = await PersonPathAsync("Helen Carter");
        var first = await HtmlPage.GetAsync(_client, path);
        var last = await HtmlPage.GetAsync(_client, $"{path}?page=3");
        Assert.Equal(PerPage, first.QuerySelectorAll(".quotes-from").Length);
        Assert.Contains("We will build 59 hundred", first.QuerySelector(".quotes-from")!.TextContent);
        Assert.Equal(Articles - 2 * PerPage, last.QuerySelectorAll(".quotes-from").Length);
        Assert.Contains("We will build 0 hundred", last.QuerySelectorAll(".quotes-from").Last().TextContent);
    }

    [Theory]
    [InlineData("person", "?page=4", HttpStatusCode.NotFound)]
    [InlineData("person", "?page=0", HttpStatusCode.NotFound)]
    [InlineData("person", "?page=-3", HttpStatusCode.NotFound)]
    [InlineData("person", "?page=2147483647", HttpStatusCode.NotFound)]
    [InlineData("person", "?page=abc", HttpStatusCode.OK)]
    [InlineData("person", "?page=99999999999", HttpStatusCode.OK)]
    [InlineData("election", "?page=4", HttpStatusCode.NotFound)]
    [InlineData("election", "?page=2147483647", HttpStatusCode.NotFound)]
    [InlineData("election", "?page=abc", HttpStatusCode.OK)]
    [InlineData("party", "?page=0", HttpStatusCode.NotFound)]
    [InlineData("party", "?page=2147483647", HttpStatusCode.NotFound)]
    [InlineData("party", "?page=1.5", HttpStatusCode.OK)]
    public async Task A_page_number_out_of_range_is_not_found_and_one_that_is_not_a_number_is_page_one(string kind, string query, HttpStatusCode status)
    {
        var (path, items) = await PageOfKindAsync(kind);
        using var response = await _client.GetAsync(path + query);
        Assert.Equal(status, response.StatusCode);
        if (status != HttpStatusCode.OK) return;
        var page = await HtmlPage.GetAsync(_client, path + query);
        Assert.Equal(path, Canonical(page));
        Assert.Equal("Council report number 59", page.QuerySelector(items)!.TextContent);
    }

    [Fact]
    public async Task A_person_page_stays_the_same_size_as_their_coverage_doubles()
    {
        var twice = await _client.GetByteArrayAsync(await PersonPathAsync("Helen Carter"));
        var once = await _client.GetByteArrayAsync(await PersonPathAsync("Peter Walsh"));
        var page = await HtmlPage.GetAsync(_client, await PersonPathAsync("Helen Carter"));
        // Both are named with a party and a role in every article they are in: the counts are whole, the sentences are not all listed.
        Assert.Contains($"{Articles} sentences", page.QuerySelector(".facts details summary")!.TextContent);
        Assert.Equal(NewsArchive.People.PersonQueries.SourcesPerFact, page.QuerySelectorAll(".facts dd")[0].QuerySelectorAll("blockquote").Length);
        Assert.True(twice.Length < once.Length * 1.1, $"{Articles} articles: {twice.Length:N0} bytes; {Fewer} articles: {once.Length:N0} bytes");
    }
}
