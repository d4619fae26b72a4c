using System.Text.Json;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A union's turnout with the turnouts of parts of its electorate, on its page and in the API from a real
/// archive: the whole's turnout once, each part's on its own line under the part's name, never read as articles
/// disagreeing about the whole's.</summary>
public class ElectionPartTurnoutTests(ElectionPartTurnoutTests.Factory factory) : IClassFixture<ElectionPartTurnoutTests.Factory>
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

                Union President will be Jane Parker, who was elected with 2395 votes.

                Overall turnout was 39% (51% of undergraduates, 17% of postgraduates).
                """);
            return folder;
        }
    }

    private const string Election = "/elections/northfield-union-elections-2019";

    [Fact]
    public async Task The_wholes_turnout_comes_first_and_each_part_has_its_own_line()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), Election);

        var lines = page.QuerySelectorAll("p.turnout-line").Select(p => System.Text.RegularExpressions.Regex.Replace(p.TextContent, @"\s+", " ").Trim()).ToList();
        Assert.Equal(["Turnout: 39%[1]", "Turnout, undergraduates: 51%[1]", "Turnout, postgraduates: 17%[1]"], lines);
        Assert.DoesNotContain("differ", page.QuerySelector("section")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_api_gives_each_turnout_with_its_part()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api" + Election));

        var turnout = json.RootElement.GetProperty("turnout").EnumerateArray()
            .Select(f => (f.GetProperty("value").GetDecimal(), f.GetProperty("part").ValueKind == JsonValueKind.Null ? null : f.GetProperty("part").GetString())).ToList();
        Assert.Equal([(39m, null), (51m, "undergraduates"), (17m, "postgraduates")], turnout);
    }

    [Fact]
    public async Task The_sources_page_names_the_part_of_each_turnout()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), Election + "/sources");

        Assert.Contains("Turnout, undergraduates", page.Body!.TextContent);
    }
}
