using System.Text.Json;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Several outlets' reports of one race meet on one page, over HTTP from a real import: where they
/// differ, each value is shown with its source; a hedged figure that agrees is no disagreement; a running tally
/// is labelled; an election only mentioned gets a short page.</summary>
public class ElectionOutletsTests : IClassFixture<ElectionOutletsTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("a.txt", """
                Carter keeps Exeter

                Helen Carter was re-elected mayor of Exeter tonight after a long count.

                An overnight tally showed Helen Carter on 45 per cent of first preference votes.

                Ms Carter polled 81,518 votes to Peter Walsh's 60,100, a majority of 21,418.

                Turnout was 40.5 per cent.

                A total of 160,120 votes were cast.
                """);
            folder.Write("b.txt", """
                Exeter returns its mayor

                Helen Carter has been re-elected mayor of Exeter tonight.

                Ms Carter won just under 83,000 votes, a majority of some 21,000.

                Turnout was 42.8 per cent.

                In all, 171,900 people voted.
                """);
            folder.Write("c.txt", """
                A second term in Exeter

                Helen Carter won a second term as mayor of Exeter tonight with almost 82,000 votes.

                The 2019 general election was mentioned by nobody at the count.
                """);
            folder.Write("articles.yml", """
                articles:
                  a.txt:
                    published: 2024-05-04
                    source: Outlet A
                  b.txt:
                    published: 2024-05-04
                    source: Outlet B
                  c.txt:
                    published: 2024-05-04
                    source: Outlet C
                """);
            return folder;
        }
    }

    private readonly HttpClient _client;

    public ElectionOutletsTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Outlets_that_differ_show_each_value_with_its_own_source()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        var votes = page.QuerySelectorAll("table.results:not(.not-result) tbody tr").Single(r => r.TextContent.Contains("Helen Carter")).QuerySelectorAll("td.num")[0];
        // The value two of the three articles give is the figure; the third's is a short note beside it.
        Assert.Contains("81,518", votes.QuerySelector(".figure")!.TextContent);
        Assert.Contains("other reports: just under 83,000", votes.QuerySelector(".other-reports")!.TextContent);
        // Each value has a mark to its own article; the third article, which agrees with the figure, is counted.
        var cited = votes.QuerySelectorAll("sup a").Select(a => a.GetAttribute("href")!.Split('#')[0]).Distinct().ToList();
        Assert.Equal(2, cited.Count);
        Assert.Equal("+1", votes.QuerySelector(".figure .more-marks a")!.TextContent);

        var turnout = page.QuerySelector(".turnout-line")!;
        Assert.Contains("40.5%", turnout.TextContent);
        Assert.Contains("42.8%", turnout.QuerySelector(".other-reports")!.TextContent);
    }

    [Fact]
    public async Task Votes_cast_in_the_whole_race_stand_beside_the_turnout_with_each_outlets_value()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        var cast = page.QuerySelector(".votes-cast-line")!;
        Assert.Contains("160,120", cast.TextContent);
        Assert.Contains("171,900", cast.QuerySelector(".other-reports")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("table.results tbody tr"), r => r.TextContent.Contains("160,120"));
        var api = JsonDocument.Parse(await _client.GetStringAsync("/api/elections/exeter-mayor-2024")).RootElement;
        Assert.Equal([160120m, 171900m], api.GetProperty("votesCast").EnumerateArray().Select(f => f.GetProperty("value").GetDecimal()).Order());
    }

    [Fact]
    public async Task A_hedged_figure_that_agrees_with_an_exact_one_is_no_disagreement()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        var majority = page.QuerySelector(".majority-line")!;
        Assert.Contains("21,418", majority.TextContent);
        Assert.Null(majority.QuerySelector(".other-reports"));
        // One mark, and the hedged report counted with it.
        Assert.Single(majority.QuerySelectorAll("sup a"));
        Assert.Equal("+1", majority.QuerySelector(".more-marks a")!.TextContent);
        var votes = page.QuerySelectorAll("table.results:not(.not-result) tbody tr").Single(r => r.TextContent.Contains("Helen Carter")).TextContent;
        Assert.DoesNotContain("almost 82,000", votes);
    }

    [Fact]
    public async Task A_running_tally_is_labelled_and_kept_apart_from_the_result()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/exeter-mayor-2024");
        var tally = Assert.Single(page.QuerySelectorAll("table.results.not-result"));
        Assert.Contains("tally", tally.QuerySelector("caption")!.TextContent);
        Assert.Contains("45%", tally.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("table.results:not(.not-result)"), t => t.TextContent.Contains("45%"));
        Assert.Contains("\"status\":\"Tally\"", await _client.GetStringAsync("/api/elections/exeter-mayor-2024"));
    }

    [Fact]
    public async Task An_election_only_mentioned_gets_a_short_page_of_what_it_was_and_where()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/uk-general-election-2019");
        Assert.Null(page.QuerySelector(".result-summary"));
        Assert.Empty(page.QuerySelectorAll("table"));
        var known = page.QuerySelector(".mentioned-only")!;
        Assert.Contains("general election", known.TextContent);
        Assert.Contains("mentioned by nobody at the count", known.QuerySelector(".mentions q")!.TextContent);
        Assert.StartsWith("/articles/", known.QuerySelector(".mentions a")!.GetAttribute("href"));
        var index = await HtmlPage.GetAsync(_client, "/elections");
        Assert.Contains(index.QuerySelectorAll(".election-list li"), li => li.TextContent.Contains("UK general election 2019") && li.TextContent.Contains("mentioned only"));
    }

    [Fact]
    public async Task An_article_in_the_api_lists_the_elections_it_refers_to()
    {
        var article = JsonDocument.Parse(await _client.GetStringAsync("/api/articles/a-second-term-in-exeter")).RootElement;
        var elections = article.GetProperty("elections").EnumerateArray()
            .Select(e => (e.GetProperty("slug").GetString(), e.GetProperty("kind").GetString(), e.GetProperty("area").GetString(), e.GetProperty("year").GetInt32())).ToList();
        Assert.Contains(("exeter-mayor-2024", "Mayoral", "Exeter", 2024), elections);
        Assert.Contains(("uk-general-election-2019", "General", "UK", 2019), elections);
        Assert.True(article.TryGetProperty("paragraphs", out _));
        Assert.True(article.TryGetProperty("people", out _));
    }
}
