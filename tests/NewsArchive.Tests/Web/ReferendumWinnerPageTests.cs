using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Over HTTP from a real import: a referendum whose report says which side won names it as the winner, and
/// its sides are listed as sides that won or lost, not as candidates elected.</summary>
public class ReferendumWinnerPageTests : IClassFixture<ReferendumWinnerPageTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("referendum.txt", """
                The morning after

                Britain has voted to leave the European Union, by 52% to 48%.

                London voted heavily to stay in, while Scotland voted Remain by 62% to 38%.
                """);
            folder.Write("articles.yml", """
                articles:
                  referendum.txt:
                    published: 2016-06-24
                """);
            return folder;
        }
    }

    private readonly HttpClient _client;

    public ReferendumWinnerPageTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_side_the_report_says_won_is_the_winner()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/referendum-in-uk-2016");
        var summary = page.QuerySelector(".result-summary")!.TextContent;
        Assert.Contains("Leave", page.QuerySelector(".result-summary .winner-line")!.TextContent);
        Assert.DoesNotContain("do not say who won", summary);
        Assert.DoesNotContain("Remain", summary);
    }

    [Fact]
    public async Task Sides_are_listed_as_sides_that_won_not_candidates_elected()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/referendum-in-uk-2016");
        Assert.Equal("Sides", page.QuerySelector("#candidates-heading")!.TextContent.Trim());
        Assert.Equal(["won"], page.QuerySelectorAll(".candidates .outcome").Select(o => o.TextContent.Trim()).ToArray());
    }
}
