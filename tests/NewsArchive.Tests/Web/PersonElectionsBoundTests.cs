using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Elections;
using NewsArchive.Tests.Support;
using NewsArchive.Web.Pages.Shared;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Tests.Web;

/// <summary>A person or party page does not grow with every election the archive reports them in, nor with every
/// figure the articles give for one election: an archive where one Labour mayor of Hackney is elected 24 years
/// running, one article a year, and a later mayor of London's one article gives her first-preference votes and
/// share, a vote without its count, her place and her majority.</summary>
public class PersonElectionsBoundTests : IClassFixture<PersonElectionsBoundTests.Factory>
{
    private const int Years = 24, FirstYear = 2000;

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
                    Helen Carter elected Mayor of Hackney again in {year}

                    Labour's Helen Carter has been elected Mayor of Hackney, winning {30_000 + i:N0} votes in the {year} Hackney mayoral election.
                    """);
                // December: after the year's poll, so the result is not read as a prediction.
                metadata.Append($"  {i:000}.txt:\n    published: {year}-12-01\n");
            }
            folder.Write("later.txt", """
                Okafor wins City Hall

                Labour's Grace Okafor has been elected Mayor of London, winning 1,294,773 first-preference votes in the 2016 mayoral election.

                Ms Okafor took 45.8 per cent of the vote, ahead of Peter Walsh, the Conservative candidate, on 32.3 per cent with 1,107,813 votes.

                Grace Okafor came first with just over 1,300,000 votes, while the Green share fell to 6 per cent.

                Ms Okafor won by a majority of 187,000.
                """);
            metadata.Append("  later.txt:\n    published: 2016-05-07\n");
            folder.Write("articles.yml", metadata.ToString());
            return folder;
        }
    }

    private readonly HttpClient _client;
    private readonly Factory _factory;

    public PersonElectionsBoundTests(Factory factory) => (_client, _factory) = (factory.CreateClient(), factory);

    [Fact]
    public async Task A_person_page_shows_the_newest_elections_with_their_figures_and_names_the_earlier_ones_with_a_link()
    {
        var slug = await ArchiveApi.PersonSlugAsync(_client, "Helen Carter");
        var page = await HtmlPage.GetAsync(_client, $"/people/{slug}");

        var shown = page.QuerySelectorAll("ul.candidacies > li").ToList();
        Assert.Equal(ElectionQueries.PersonElectionsShown, shown.Count);
        Assert.All(shown, li => Assert.NotNull(li.QuerySelector(".candidacy-figures")));
        var shownYears = shown.Select(li => int.Parse(li.QuerySelector("a")!.TextContent[^4..])).ToList();
        Assert.Equal(shownYears.OrderDescending(), shownYears);

        // The older ones are named after them, newest first, each a link to its own page, up to a bound; the rest
        // are counted, with a link to the page of every election.
        var earlier = page.QuerySelectorAll("ul.candidacies + p.meta a:not(.more-elections)").ToList();
        Assert.Equal(ElectionLinks.Shown, earlier.Count);
        var earlierYears = earlier.Select(a => int.Parse(a.TextContent[^4..])).ToList();
        Assert.Equal(earlierYears.OrderDescending(), earlierYears);
        Assert.True(earlierYears.Max() < shownYears.Min());
        foreach (var link in earlier)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _client.GetAsync(link.GetAttribute("href"))).StatusCode);
        await AssertTheRestAreOneClickAwayAsync(page, $"/people/{slug}", shownYears.Concat(earlierYears).ToList(), Years);
    }

    [Fact]
    public async Task A_party_page_names_a_bounded_number_of_earlier_elections_and_links_to_every_one()
    {
        var page = await HtmlPage.GetAsync(_client, "/parties/labour");
        var shown = page.QuerySelectorAll(".party-results > li > a").Select(a => int.Parse(a.TextContent[^4..])).ToList();
        var earlier = page.QuerySelectorAll("#party-results ~ p.meta a:not(.more-elections)").Select(a => int.Parse(a.TextContent[^4..])).ToList();
        Assert.Equal(ElectionLinks.Shown, earlier.Count);
        // Every Hackney election, and London 2016.
        await AssertTheRestAreOneClickAwayAsync(page, "/parties/labour", shown.Concat(earlier).ToList(), Years + 1);
    }

    [Fact]
    public async Task What_a_person_page_reads_names_a_bounded_number_of_earlier_elections_and_counts_the_rest()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsArchive.Data.ArchiveDbContext>();
        var person = await db.People.Where(p => p.Name == "Helen Carter").Select(p => p.Id).SingleAsync();
        var json = await db.StoredSections.Where(s => s.Owner == NewsArchive.Data.SectionJson.PersonOwner(person)).Select(s => s.Json).SingleAsync();
        var stored = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(ElectionLinks.Shown, stored.GetProperty("EarlierNamed").GetArrayLength());
        Assert.Equal(Years - ElectionQueries.PersonElectionsShown, stored.GetProperty("EarlierCount").GetInt32());
    }

    [Fact]
    public async Task What_a_party_page_reads_names_a_bounded_number_of_earlier_elections_and_holds_its_counts()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsArchive.Data.ArchiveDbContext>();
        var json = await db.StoredSections.Where(s => s.Owner == NewsArchive.Data.SectionJson.PartyOwner("Labour")).Select(s => s.Json).SingleAsync();
        var stored = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(ElectionLinks.Shown, stored.GetProperty("EarlierNamed").GetArrayLength());
        Assert.Equal(Years + 1 - NewsArchive.PoliticalParties.PartyQueries.ResultsShown, stored.GetProperty("EarlierCount").GetInt32());
        // Its people and articles counted when the archive was built, not on every visit: Helen Carter and Grace
        // Okafor, and every article.
        Assert.Equal(2, stored.GetProperty("PeopleCount").GetInt32());
        Assert.Equal(Years + 1, stored.GetProperty("ArticleCount").GetInt32());
    }

    /// <summary>"and N more elections" leads to a page of every one, newest first, starting with those already shown.</summary>
    private async Task AssertTheRestAreOneClickAwayAsync(AngleSharp.Dom.IDocument page, string owner, IReadOnlyList<int> shownYears, int all)
    {
        var more = page.QuerySelector("a.more-elections")!;
        Assert.Equal($"{all - shownYears.Count} more elections", more.TextContent);
        Assert.Equal($"{owner}/elections", more.GetAttribute("href"));
        var list = await HtmlPage.GetAsync(_client, more.GetAttribute("href")!);
        var years = list.QuerySelectorAll(".all-elections li a").Select(a => int.Parse(a.TextContent[^4..])).ToList();
        Assert.Equal(shownYears, years.Take(shownYears.Count));
        Assert.Equal(years.OrderDescending(), years);
        Assert.Equal(all, years.Count);
    }

    [Fact]
    public async Task A_candidacy_shows_its_votes_and_share_and_links_the_other_figures_to_the_sources_page()
    {
        var slug = await ArchiveApi.PersonSlugAsync(_client, "Grace Okafor");
        var page = await HtmlPage.GetAsync(_client, $"/people/{slug}");
        var candidacy = Assert.Single(page.QuerySelectorAll("ul.candidacies > li"));
        var election = candidacy.QuerySelector("a")!.GetAttribute("href")!;

        // Votes and share first; place, majority and the vote without its count are counted and linked.
        var lines = candidacy.QuerySelectorAll(".candidacy-figures > li").Select(li => li.TextContent).ToList();
        Assert.Equal(FigureLineView.PersonLinesShown, lines.Count);
        Assert.StartsWith("Votes", lines[0]);
        Assert.Contains("1,294,773", lines[0]);
        Assert.StartsWith("Share", lines[1]);
        var more = candidacy.QuerySelector(".more-figures a")!;
        Assert.Equal($"{election}/sources", more.GetAttribute("href"));
        Assert.Matches(@"^\d+ more figures$", more.TextContent);

        // Every figure left off is on the page the link opens, with its sentence.
        var sources = await HtmlPage.GetAsync(_client, more.GetAttribute("href")!);
        var hers = sources.QuerySelectorAll(".source-lines > li").Where(li => li.QuerySelector("p")!.TextContent.StartsWith("Grace Okafor"))
            .Select(li => li.QuerySelector("p")!.TextContent).ToList();
        foreach (var value in new[] { "1,294,773", "45.8%", "just over 1,300,000", "first", "187,000" })
            Assert.Contains(hers, line => line.Contains(value));
    }
}
