using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A local paper's list of results and a prose report of the same race meet on one page, over HTTP from a
/// real import: every line of the list gives its candidate's votes and share, and a figure the prose tells of the
/// race before (three years before) stays off this race's page.</summary>
public class ResultsListOutletTests : IClassFixture<ResultsListOutletTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("list.txt", """
                Exeter mayor: full results

                Here are the full results of the 2024 Exeter mayoral election, as declared at the Guildhall.

                Helen Carter (Labour) 81,518 (50.9%)
                Peter Walsh (Conservative) 60,100 (37.5%)
                Mary Stone (Green) 18,502 (11.6%)

                Labour majority: 21,418. Turnout: 40.5%.
                """);
            folder.Write("prose.txt", """
                Carter keeps Exeter

                Helen Carter stormed to victory in the Exeter mayoral election tonight.

                Peter Walsh, who had been predicted to run Carter close, won 37.5%, below Mary Stone's 40.1% three years before.
                """);
            folder.Write("articles.yml", """
                articles:
                  list.txt:
                    published: 2024-05-04
                    source: Outlet A
                  prose.txt:
                    published: 2024-05-04
                    source: Outlet B
                """);
            return folder;
        }
    }

    private readonly HttpClient _client;

    public ResultsListOutletTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Every_line_of_a_results_list_gives_its_candidates_votes_and_share()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        var rows = page.QuerySelectorAll("table.results:not(.not-result) tbody tr").ToList();
        foreach (var (name, votes, share) in new[] { ("Helen Carter", "81,518", "50.9%"), ("Peter Walsh", "60,100", "37.5%"), ("Mary Stone", "18,502", "11.6%") })
        {
            var row = Assert.Single(rows, r => r.TextContent.Contains(name)).TextContent;
            Assert.Contains(votes, row);
            Assert.Contains(share, row);
        }
        Assert.Contains("21,418", page.QuerySelector(".majority-line")!.TextContent);
        Assert.Contains("Helen Carter", page.QuerySelector(".result-summary")!.TextContent);
    }

    [Fact]
    public async Task A_figure_told_of_the_race_three_years_before_is_not_on_this_races_page()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        Assert.DoesNotContain("40.1%", page.Body!.TextContent);
        var stone = Assert.Single(page.QuerySelectorAll("table.results:not(.not-result) tbody tr"), r => r.TextContent.Contains("Mary Stone")).TextContent;
        Assert.DoesNotContain("37.5%", stone);
    }
}
