using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Over HTTP from a real import: a union's referendum is listed by its sides, Yes and No, which won or lost,
/// as a country's referendum is; never as candidates elected.</summary>
public class BodyVotePageTests : IClassFixture<BodyVotePageTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("union.txt", """
                Students vote to leave the NUS

                Northfield University’s Students Union narrowly voted to disaffiliate from the National Union of Students in a referendum that closed on Wednesday.

                The results were announced at 7pm, with the “No” campaign winning with a majority of 128 on a turnout of 15%.
                """);
            folder.Write("articles.yml", """
                articles:
                  union.txt:
                    published: 2014-05-23
                """);
            return folder;
        }
    }

    private readonly HttpClient _client;

    public BodyVotePageTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_unions_referendum_lists_its_sides_that_won_not_candidates_elected()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/northfield-universitys-students-union-elections-2014");
        Assert.Contains("No", page.QuerySelector(".result-summary .winner-line")!.TextContent);
        Assert.Equal("Sides", page.QuerySelector("#candidates-heading")!.TextContent.Trim());
        Assert.Equal(["won"], page.QuerySelectorAll(".candidates .outcome").Select(o => o.TextContent.Trim()).ToArray());
    }
}
