using System.Text.Json;
using NewsArchive.Elections;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A person page does not grow with every election the archive reports them in: an archive where one
/// mayor is elected twelve years running, one article a year.</summary>
public class PersonElectionsBoundTests : IClassFixture<PersonElectionsBoundTests.Factory>
{
    private const int Years = 12, FirstYear = 2000;

    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            var metadata = new System.Text.StringBuilder("articles:\n");
            for (var i = 0; i < Years; i++)
            {
                var year = FirstYear + i;
                folder.Write($"{i:000}.txt", $"""
                    Helen Carter elected Mayor of London again in {year}

                    Labour's Helen Carter has been elected Mayor of London, winning {800_000 + i:N0} first-preference votes in the {year} mayoral election.
                    """);
                // December: after the year's poll, so the result is not read as a prediction.
                metadata.Append($"  {i:000}.txt:\n    published: {year}-12-01\n");
            }
            folder.Write("articles.yml", metadata.ToString());
            return folder;
        }
    }

    private readonly HttpClient _client;

    public PersonElectionsBoundTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_person_page_shows_the_newest_elections_with_their_figures_and_names_the_earlier_ones_with_a_link()
    {
        var slug = JsonDocument.Parse(await _client.GetStringAsync("/api/people")).RootElement.EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "Helen Carter").GetProperty("slug").GetString();
        var page = await HtmlPage.GetAsync(_client, $"/people/{slug}");

        var shown = page.QuerySelectorAll("ul.candidacies > li").ToList();
        Assert.Equal(ElectionQueries.PersonElectionsShown, shown.Count);
        Assert.All(shown, li => Assert.NotNull(li.QuerySelector(".candidacy-figures")));
        var shownYears = shown.Select(li => int.Parse(li.QuerySelector("a")!.TextContent[^4..])).ToList();
        Assert.Equal(shownYears.OrderDescending(), shownYears);

        // The older ones are named after them, newest first, each a link to its own page.
        var earlier = page.QuerySelectorAll("ul.candidacies + p.meta a").ToList();
        Assert.Equal(Years - ElectionQueries.PersonElectionsShown, earlier.Count);
        var earlierYears = earlier.Select(a => int.Parse(a.TextContent[^4..])).ToList();
        Assert.Equal(earlierYears.OrderDescending(), earlierYears);
        Assert.True(earlierYears.Max() < shownYears.Min());
        foreach (var link in earlier)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }
}
