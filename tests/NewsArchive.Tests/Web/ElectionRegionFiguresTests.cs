using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A general election told for the whole country and for London, on its page and in the API from a real
/// archive: London's shares and seats are London's, in tables and lines under London's name, never cells beside the
/// whole country's or read as articles disagreeing about them.</summary>
public class ElectionRegionFiguresTests(ElectionRegionFiguresTests.Factory factory) : IClassFixture<ElectionRegionFiguresTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("national.md", """
                ---
                title: "Labour wins the general election"
                date: "2024-07-05 09:00:00 +0000"
                ---

                Labour has won the general election with 412 seats and 33.7% of the vote, while the Conservatives took 23.7%.
                """);
            folder.Write("london.md", """
                ---
                title: "How London voted"
                date: "2024-07-05 15:00:00 +0000"
                ---

                Labour won 59 of London's 75 seats at the general election.

                Across London, Labour took 43.1% of the vote and the Conservatives 20.7%.
                """);
            return folder;
        }
    }

    private const string Election = "/elections/uk-general-election-2024";

    private static string Text(AngleSharp.Dom.IElement e) => Regex.Replace(e.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task Londons_shares_are_a_table_of_their_own_under_its_name()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), Election);

        Assert.Equal(["Figures for London"], page.QuerySelectorAll("h2.post-heading").Select(Text));
        var tables = page.QuerySelectorAll("table.results").Select(Text).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Contains("33.7%", tables[0]);
        Assert.DoesNotContain("43.1%", tables[0]);
        Assert.Contains("43.1%", tables[1]);
        Assert.DoesNotContain("differ", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Londons_seats_are_named_as_londons_beside_the_whole_countrys()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), Election);

        var labour = page.QuerySelectorAll("ul.candidates li").Select(Text).Single(t => t.StartsWith("Labour", StringComparison.Ordinal));
        Assert.Contains("Seats: 412", labour);
        Assert.Contains("Seats, London: 59", labour);
    }

    [Fact]
    public async Task The_api_gives_londons_figures_with_their_part_and_keeps_them_out_of_the_counts()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api" + Election));

        var labour = json.RootElement.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Labour");
        var shares = labour.GetProperty("rounds").EnumerateArray().SelectMany(r => r.GetProperty("shares").EnumerateArray()).Select(f => f.GetProperty("value").GetDecimal());
        Assert.Equal([33.7m], shares);
        Assert.Contains(labour.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDecimal() == 43.1m && f.GetProperty("part").GetString() == "London");
    }

    [Fact]
    public async Task The_sources_page_names_londons_figures_as_londons()
    {
        var page = await HtmlPage.GetAsync(factory.CreateClient(), Election + "/sources");

        Assert.Contains("Seats, London: 59", page.Body!.TextContent);
    }
}
