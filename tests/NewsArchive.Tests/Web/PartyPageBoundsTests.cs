using System.Text.Json;
using NewsArchive.PoliticalParties;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A party page shows its most written-about people and its newest elections' standings, however many
/// the party has: an archive where Labour has 55 people in 12 elections (six general elections, six Hackney mayoral
/// elections, two of them in 2010), five people written about far more than the rest, and ten people elected
/// in the newest election.</summary>
public class PartyPageBoundsTests : IClassFixture<PartyPageBoundsTests.Factory>
{
    private const int People = 55;
    private static readonly string[] Given = ["Helen", "Peter", "Amira", "Tomasz", "Grace", "Oliver"];
    private static readonly string[] Family = ["Carter", "Walsh", "Okafor", "Lindqvist", "Brennan", "Hughes", "Patel", "Morgan", "Fletcher", "Dawson"];
    private static readonly int[] GeneralElections = [2001, 2005, 2010, 2015, 2017, 2019];
    private static readonly int[] HackneyElections = [2002, 2006, 2010, 2014, 2018, 2022];

    private static string Name(int i) => $"{Given[i % Given.Length]} {Family[i / Given.Length]}";

    /// <summary>The newest election (Hackney 2022) also elects people 49 to 54, so it has ten standings.</summary>
    private static bool AlsoInNewest(int i) => i >= 49;

    /// <summary>Articles naming each person: people 0 to 4 are in 10, 9, 8, 7 and 6 articles.</summary>
    private static int ArticlesOf(int i) => (i < 5 ? 10 - i : 1) + (AlsoInNewest(i) ? 1 : 0);

    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            var file = 0;
            void Elected(int person, int election)
            {
                var text = election < GeneralElections.Length
                    ? FormattableString.Invariant($"Labour's {Name(person)} won Hackney South in the {GeneralElections[election]} general election with {20_000 + person:N0} votes.")
                    : FormattableString.Invariant($"Labour's {Name(person)} has been elected Mayor of Hackney, winning {30_000 + person:N0} votes in the {HackneyElections[election - GeneralElections.Length]} Hackney mayoral election.");
                folder.Write($"{file:000}.txt", $"Result report {file}\n\n{text}\n");
                file++;
            }
            for (var i = 0; i < People; i++)
            {
                Elected(i, i % 12);
                if (AlsoInNewest(i)) Elected(i, 11);
                for (var more = 1; more < (i < 5 ? 10 - i : 1); more++, file++)
                    folder.Write($"{file:000}.txt", $"Rally report {file}\n\nLabour's {Name(i)} spoke at rally number {file} in Hackney.\n");
            }
            return folder;
        }
    }

    private readonly HttpClient _client;

    public PartyPageBoundsTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task The_party_page_lists_its_50_most_written_about_people_of_all_of_them()
    {
        var page = await HtmlPage.GetAsync(_client, "/parties/labour");
        var listed = page.QuerySelectorAll("#party-people + ul li").Select(li => li.QuerySelector("a")!.TextContent).ToList();
        var expected = Enumerable.Range(0, People).OrderByDescending(ArticlesOf).ThenBy(Name, StringComparer.Ordinal).Select(Name).Take(PartyQueries.PeopleShown);
        Assert.Equal(expected, listed);
        Assert.Contains($"in {ArticlesOf(0)} articles", page.QuerySelector("#party-people + ul li")!.TextContent);
        Assert.Contains($"The {PartyQueries.PeopleShown} most often tied to Labour, of {People}", page.QuerySelector("#party-people ~ p.meta")!.TextContent);
    }

    [Fact]
    public async Task The_party_page_gives_the_standings_of_its_10_newest_elections_and_names_the_earlier_ones()
    {
        var elections = JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Select(e => (Slug: e.GetProperty("slug").GetString()!, Name: e.GetProperty("name").GetString()!, Year: e.GetProperty("year").GetInt32()))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => $"/elections/{e.Slug}").ToList();
        Assert.Equal(GeneralElections.Length + HackneyElections.Length, elections.Count);

        var page = await HtmlPage.GetAsync(_client, "/parties/labour");
        var shown = page.QuerySelectorAll(".party-results > li").Select(li => li.QuerySelector("a")!.GetAttribute("href")).ToList();
        Assert.Equal(elections.Take(PartyQueries.ResultsShown), shown);
        var earlier = page.QuerySelectorAll("#party-results ~ p.meta a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(elections.Skip(PartyQueries.ResultsShown), earlier);

        // The newest election: ten people elected, the first five by name shown, the rest counted.
        var newest = page.QuerySelector(".party-results > li")!;
        var inNewest = Enumerable.Range(0, People).Where(i => i % 12 == 11 || AlsoInNewest(i)).Select(Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, inNewest.Count);
        var standings = newest.QuerySelector("ul")!.Children.ToList();
        Assert.Equal(inNewest.Take(PartyQueries.StandingsShown), standings.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.All(standings, li => Assert.Contains("elected", li.TextContent));
        Assert.Contains("And 5 more standings", newest.QuerySelector("p.meta")!.TextContent);
    }
}
