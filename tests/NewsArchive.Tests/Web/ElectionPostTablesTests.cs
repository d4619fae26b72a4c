using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A union's election of many posts, on its page from a real archive: each post's candidates in a table of
/// their own under the post's name, never one count of every post's candidates as if they had stood against each other.</summary>
public class ElectionPostTablesTests(ElectionPostTablesTests.Factory factory) : IClassFixture<ElectionPostTablesTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("results.md", """
                ---
                title: "Leadership Election results announced"
                date: "2019-03-15 13:00:00 +0000"
                ---

                The results of Northfield Union's Leadership Elections 2019 were announced on Friday.

                Union President will be Jane Parker, who was elected with 2395 votes. Her closest rival, Dan Cole, finished with 2100 votes.

                The closest race by far was for Felix Editor. In the first round of voting, Lee Chan received 1793 votes and Sam Fox received 1780 votes.
                """);
            return folder;
        }
    }

    [Fact]
    public async Task Two_posts_are_two_tables_each_under_its_post_in_the_order_the_article_gives_them()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/elections/northfield-union-elections-2019");

        Assert.Equal(["Union President", "Felix Editor"], page.QuerySelectorAll("h2.post-heading").Select(h => h.TextContent.Trim()).ToList());
        var tables = page.QuerySelectorAll("section.count-result").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Jane Parker", "Dan Cole"], tables[0].QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList());
        Assert.Equal(["Lee Chan", "Sam Fox"], tables[1].QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList());
        Assert.Equal(2, page.QuerySelectorAll("svg.chart").Length);
        Assert.Contains("Union President", page.QuerySelector(".winner-line")!.TextContent);
    }

    [Fact]
    public async Task A_race_with_no_party_has_no_party_column()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), "/elections/northfield-union-elections-2019");

        Assert.All(page.QuerySelectorAll("section.count-result table"), table =>
        {
            Assert.Equal(["Candidate", "Votes"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList());
            Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(1, row.QuerySelectorAll("td").Length));
        });
    }
}
