using System.Text.Json;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A general election night's reports of seats, over HTTP: the general election's page names the seats
/// reported, each linked to its own page with its winner, and does not give a seat's winner as the election's; a
/// seat's page says which general election it was part of. Texts written here, with invented seats and people.</summary>
public class ElectionPartsPageTests(ElectionPartsPageTests.Factory factory) : IClassFixture<ElectionPartsPageTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var articles = new DatedArticles(new DateOnly(2017, 6, 9));
            articles.Write("Carter holds Westfield", "In the general election, Helen Carter held Westfield with a majority of 7,210.\n\nTurnout was 68.7%.");
            articles.Write("Walsh takes Eastbury", "Labour's Peter Walsh took Eastbury from the Conservatives by just 20 votes, the last result of the general election.");
            return articles.Folder();
        }
    }

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_general_elections_page_names_the_seats_reported_with_their_winners()
    {
        var html = await _client.GetStringAsync("/elections/uk-general-election-2017");
        Assert.Contains("Seats reported", html);
        Assert.Contains("<a href=\"/elections/westfield-2017\">Westfield</a>", html);
        Assert.Contains("<a href=\"/elections/eastbury-2017\">Eastbury</a>", html);
        Assert.Contains("won by Helen Carter", html);
        Assert.Contains("won by Peter Walsh", html);
        // A seat's winner is not the general election's.
        Assert.DoesNotContain("winner-line", html);
    }

    [Fact]
    public async Task A_seats_page_gives_its_winner_and_majority_and_the_general_election_it_was_part_of()
    {
        var html = await _client.GetStringAsync("/elections/westfield-2017");
        Assert.Contains("Part of the <a href=\"/elections/uk-general-election-2017\">UK general election 2017</a>", html);
        Assert.Contains("Helen Carter", html);
        Assert.Contains("7,210", html);
        Assert.DoesNotContain("68.7", html);
    }

    [Fact]
    public async Task The_api_gives_the_general_elections_parts()
    {
        var election = JsonDocument.Parse(await _client.GetStringAsync("/api/elections/uk-general-election-2017")).RootElement;
        var parts = election.GetProperty("parts").EnumerateArray()
            .Select(p => (p.GetProperty("slug").GetString(), p.GetProperty("winners").EnumerateArray().Select(w => w.GetString()).Single())).ToList();
        Assert.Equal([("eastbury-2017", "Peter Walsh"), ("westfield-2017", "Helen Carter")], parts);
        Assert.Contains("68.7", election.GetProperty("turnout").ToString());
    }
}
