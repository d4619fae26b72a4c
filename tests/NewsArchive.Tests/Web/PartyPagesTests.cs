using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace NewsArchive.Tests.Web;

/// <summary>The party pages and feeds over HTTP, checked against what the people and elections API say.</summary>
public class PartyPagesTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url) =>
        JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    /// <summary>Every party any person is tied to, by the people API, with those people.</summary>
    private async Task<ILookup<string, string>> PeopleByPartyAsync() =>
        (await GetJsonAsync("/api/people")).EnumerateArray()
            .SelectMany(p => p.GetProperty("parties").EnumerateArray().Select(party => (Party: party.GetString()!, Slug: p.GetProperty("slug").GetString()!)))
            .ToLookup(x => x.Party, x => x.Slug);

    [Fact]
    public async Task The_index_lists_every_party_a_person_is_tied_to_and_each_page_lists_those_people()
    {
        var byParty = await PeopleByPartyAsync();
        Assert.NotEmpty(byParty);
        var index = await HtmlPage.GetAsync(_client, "/parties");
        var links = index.QuerySelectorAll("main li a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        foreach (var party in byParty)
        {
            Assert.True(links.ContainsKey(party.Key), $"{party.Key} is not on /parties");
            var page = await HtmlPage.GetAsync(_client, links[party.Key]);
            Assert.Equal(party.Key, page.QuerySelector("h1")!.TextContent);
            var people = page.QuerySelectorAll("#party-people + ul a").Select(a => a.GetAttribute("href")).ToList();
            Assert.All(party, slug => Assert.Contains($"/people/{slug}", people));
        }
    }

    [Fact]
    public async Task The_index_counts_the_people_elections_and_articles_each_party_page_lists()
    {
        var index = await HtmlPage.GetAsync(_client, "/parties");
        var rows = index.QuerySelectorAll("main li").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var counts = System.Text.RegularExpressions.Regex.Matches(row.QuerySelector(".count")!.TextContent, @"\d+").Select(m => int.Parse(m.Value)).ToList();
            var page = await HtmlPage.GetAsync(_client, row.QuerySelector("a")!.GetAttribute("href")!);
            var people = page.QuerySelectorAll("#party-people + ul a").Length;
            var elections = page.QuerySelectorAll(".party-results > li > a").Length
                + page.QuerySelectorAll("section[aria-labelledby=party-results] > p.meta a").Length;
            var articles = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector("#party-articles + p.lede")!.TextContent, @"^\d+").Value);
            Assert.Equal(counts, [people, elections, articles]);
        }
    }

    [Fact]
    public async Task A_persons_count_on_a_party_page_is_of_articles_that_tie_them_to_the_party_so_never_more_than_the_partys()
    {
        var index = await HtmlPage.GetAsync(_client, "/parties");
        var over = new List<string>();
        foreach (var href in index.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/parties/")))
        {
            var page = await HtmlPage.GetAsync(_client, href);
            // "2 articles tie a person or a result to Labour": each person listed is tied to it in some of those.
            var articles = int.Parse(page.QuerySelector("#party-articles + p")!.TextContent.Split(' ')[0]);
            foreach (var person in page.QuerySelectorAll("#party-people + ul li"))
            {
                var count = System.Text.RegularExpressions.Regex.Match(person.QuerySelector(".count")!.TextContent, @"\d+") is { Success: true } m ? int.Parse(m.Value) : 0;
                if (count > articles) over.Add($"{href}: {person.QuerySelector("a")!.TextContent} in {count} of the party's {articles}");
            }
        }
        Assert.True(over.Count == 0, string.Join("; ", over));
    }

    [Fact]
    public async Task A_party_page_lists_its_results_in_every_election_where_its_candidates_stood()
    {
        // Every election where a winner's party is stated must appear on that party's page (the newest with their
        // standings, earlier ones as links).
        var elections = (await GetJsonAsync("/api/elections")).EnumerateArray().Where(e => e.GetProperty("hasResults").GetBoolean()).ToList();
        var checkedAny = false;
        foreach (var election in elections)
        {
            var detail = await GetJsonAsync($"/api/elections/{election.GetProperty("slug").GetString()}");
            foreach (var candidate in detail.GetProperty("candidates").EnumerateArray())
                foreach (var party in candidate.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!))
                {
                    var slug = NewsArchive.PoliticalParties.PartyQueries.SlugOf(party);
                    var page = await HtmlPage.GetAsync(_client, $"/parties/{slug}");
                    Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=party-results] a[href^='/elections/']"), a => a.GetAttribute("href") == $"/elections/{detail.GetProperty("slug").GetString()}");
                    checkedAny = true;
                }
        }
        Assert.True(checkedAny);
    }

    [Fact]
    public async Task A_party_page_words_a_figures_count_as_the_person_page_does()
    {
        // "Share, final count" on Labour's page and on its mayor's, not "Share (final count)" on one of them.
        var party = await HtmlPage.GetAsync(_client, "/parties/labour");
        var person = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        Assert.Contains("Share, final count", party.Body!.TextContent);
        Assert.Contains("Share, final count", person.Body!.TextContent);
        Assert.DoesNotContain("(final count)", party.Body!.TextContent);
    }

    [Fact]
    public async Task Every_figure_on_a_party_page_links_to_the_article_it_came_from_with_its_sentence()
    {
        var figures = 0;
        foreach (var slug in (await HtmlPage.GetAsync(_client, "/parties")).QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/parties/")))
            foreach (var figure in (await HtmlPage.GetAsync(_client, slug)).QuerySelectorAll(".party-results .count"))
            {
                var source = figure.QuerySelector("a");
                Assert.NotNull(source);
                Assert.StartsWith("/articles/", source.GetAttribute("href"));
                Assert.False(string.IsNullOrWhiteSpace(source.GetAttribute("title")), $"{slug}: '{figure.TextContent}' has no sentence");
                figures++;
            }
        Assert.True(figures > 0);
    }

    [Fact]
    public async Task A_party_name_is_one_vocabulary_across_people_elections_and_parties()
    {
        var partyNames = NewsArchive.Language.Parties.All.Select(p => p.Name).ToHashSet();
        var people = await GetJsonAsync("/api/people");
        Assert.All(people.EnumerateArray().SelectMany(p => p.GetProperty("parties").EnumerateArray()), p => Assert.Contains(p.GetString()!, partyNames));
        var index = await HtmlPage.GetAsync(_client, "/parties");
        Assert.All(index.QuerySelectorAll("main li a"), a => Assert.Contains(a.TextContent, partyNames));
    }

    [Fact]
    public async Task Articles_are_paged_and_a_page_past_the_end_or_an_unknown_party_is_not_found()
    {
        var index = await HtmlPage.GetAsync(_client, "/parties");
        var first = index.QuerySelector("main li a")!.GetAttribute("href")!;
        var page = await HtmlPage.GetAsync(_client, first);
        Assert.InRange(page.QuerySelectorAll("#party-articles ~ ul li").Length, 1, NewsArchive.PoliticalParties.PartyQueries.ArticlesPerPage);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(first + "?page=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/parties/no-such-party")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/parties/no-such-party/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task Each_party_has_an_atom_feed_of_its_articles_linked_from_its_page()
    {
        var index = await HtmlPage.GetAsync(_client, "/parties");
        foreach (var link in index.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")!))
        {
            var page = await HtmlPage.GetAsync(_client, link);
            var feedPath = page.QuerySelector("link[rel=alternate][href$='/feed.atom'][title*='articles on']")!.GetAttribute("href")!;
            Assert.Equal(link + "/feed.atom", feedPath);
            var feed = XDocument.Parse(await _client.GetStringAsync(feedPath));
            var entries = feed.Root!.Elements(Atom + "entry").Select(e => new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value).AbsolutePath).ToList();
            var listed = page.QuerySelectorAll("#party-articles ~ ul a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(listed, entries);
            Assert.DoesNotContain("Source unknown", feed.ToString());
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_party_election_and_the_elections_index()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml")).Root!.Elements(ns + "url")
            .Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
        Assert.Contains("/elections", urls);
        Assert.Contains("/parties", urls);
        foreach (var election in (await GetJsonAsync("/api/elections")).EnumerateArray())
            Assert.Contains($"/elections/{election.GetProperty("slug").GetString()}", urls);
        var index = await HtmlPage.GetAsync(_client, "/parties");
        Assert.All(index.QuerySelectorAll("main li a"), a => Assert.Contains(a.GetAttribute("href"), urls));
    }
}
