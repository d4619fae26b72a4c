using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Over HTTP from a real import: a result table names what its rows are. An assembly's count told by party
/// is a table of parties, a referendum's a table of sides, a mayoral race's a table of candidates.</summary>
public class ResultTableHeadingTests : IClassFixture<ResultTableHeadingTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("assembly.txt", """
                Labour tops London Assembly poll

                Labour's share of the constituency vote in the London Assembly election was 38.9%, against 31.3% for the Conservatives.
                """);
            folder.Write("referendum.txt", """
                Britain votes to leave

                In the EU referendum on Thursday, Leave won by 51.9% to 48.1%.
                """);
            folder.Write("mayor.txt", """
                Carter keeps Exeter

                Helen Carter won the Exeter mayoral election tonight with 50.9% of the vote, ahead of Peter Walsh on 37.5%.
                """);
            folder.Write("articles.yml", """
                articles:
                  assembly.txt:
                    published: 2024-05-05
                  referendum.txt:
                    published: 2016-06-24
                  mayor.txt:
                    published: 2024-05-03
                """);
            return folder;
        }
    }

    private readonly HttpClient _client;

    public ResultTableHeadingTests(Factory factory) => _client = factory.CreateClient();

    [Theory]
    [InlineData("/elections/london-assembly-2024", "Party")]
    [InlineData("/elections/referendum-in-uk-2016", "Side")]
    [InlineData("/elections/exeter-mayor-2024", "Candidate")]
    public async Task A_result_table_names_what_its_rows_are(string path, string heading)
    {
        var page = await HtmlPage.GetAsync(_client, path);
        var table = page.QuerySelector("table.results:not(.not-result)");
        Assert.NotNull(table);
        Assert.Equal(heading, table.QuerySelector("thead th")!.TextContent.Trim());
    }
}
