using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Three outlets' reports of one by-election, over HTTP from a real import: a headline that shortens the
/// seat's name, a report that names the contest only as "the by-election" on "Thursday night", and a results list in
/// Markdown, one result a line. All three meet on one page, dated the Thursday of the poll.</summary>
public class ByElectionOutletTests : IClassFixture<ByElectionOutletTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("short.txt", """
                Westfield by-election: Conservatives hold the seat

                The Conservatives have narrowly held Westfield and North Eastbrook, the seat left by the former minister.

                Jane Doe won by 495 votes.
                """);
            folder.Write("night.txt", """
                Tories cling on as the row over road charges hurts Labour

                The Conservatives clung on in Westfield and North Eastbrook on Thursday night, winning the by-election by fewer than 500 votes.

                Turnout was 46.2%.
                """);
            folder.Write("list.md", """
                ---
                title: "Westfield and North Eastbrook by-election: the full result"
                date: 2023-07-22
                ---

                Jane Doe (Conservative) 13,965
                John Roe (Labour) 13,470
                Ann Poe (Green) 893

                Conservative majority: 495.
                """);
            folder.Write("articles.yml", """
                articles:
                  short.txt:
                    published: 2023-07-21
                    source: Outlet A
                  night.txt:
                    published: 2023-07-21
                    source: Outlet B
                """);
            return folder;
        }
    }

    private const string Page = "/elections/westfield-and-north-eastbrook-by-election-2023";

    private readonly HttpClient _client;

    public ByElectionOutletTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Three_outlets_reports_meet_on_one_page_dated_the_thursday_of_the_poll()
    {
        var page = await HtmlPage.GetAsync(_client, Page);
        Assert.Equal(3, page.QuerySelectorAll("#coverage-heading ~ ul.people-index li").Length);
        Assert.Contains("Thursday 20 July 2023", page.QuerySelector("main")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/elections/westfield-by-election-2023")).StatusCode);
    }

    [Fact]
    public async Task The_markdown_results_list_gives_every_candidates_votes()
    {
        var page = await HtmlPage.GetAsync(_client, Page);
        var rows = page.QuerySelectorAll("table.results:not(.not-result) tbody tr").ToList();
        foreach (var (name, votes) in new[] { ("Jane Doe", "13,965"), ("John Roe", "13,470"), ("Ann Poe", "893") })
            Assert.Contains(votes, Assert.Single(rows, r => r.TextContent.Contains(name)).TextContent);
        Assert.Contains("495", page.QuerySelector(".majority-line")!.TextContent);
    }
}
