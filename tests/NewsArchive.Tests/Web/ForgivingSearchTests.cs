using System.Net;
using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>Search over HTTP, with every expectation read from the archive's own API rather than known in advance.</summary>
public class ForgivingSearchTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string> Slugs(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("slug").GetString()!);

    /// <summary>The person the archive names most, and their surname with two letters swapped ("Khan" → "Kahn").</summary>
    private async Task<(string Slug, string Name, string Mistyped)> BusiestPersonAsync()
    {
        var person = (await GetJsonAsync("/api/people")).EnumerateArray().Where(p => p.GetProperty("name").GetString()!.Contains(' '))
            .MaxBy(p => p.GetProperty("articleCount").GetInt32());
        var name = person.GetProperty("name").GetString()!;
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        var swapped = surname[0] + surname[2].ToString() + surname[1] + surname[3..];
        return (person.GetProperty("slug").GetString()!, name, name[..(name.LastIndexOf(' ') + 1)] + swapped);
    }

    [Fact]
    public async Task A_mistyped_name_shows_that_persons_articles_and_says_so()
    {
        var (slug, name, mistyped) = await BusiestPersonAsync();
        var result = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(mistyped)}");
        Assert.Equal(slug, result.GetProperty("showingResultsFor").GetProperty("slug").GetString());
        var theirs = Slugs((await GetJsonAsync($"/api/people/{slug}")).GetProperty("articles")).Order();
        Assert.Equal(theirs, Slugs(result.GetProperty("articles")).Order());

        var page = await HtmlPage.GetAsync(_client, $"/search?q={Uri.EscapeDataString(mistyped)}");
        Assert.Contains($"Showing results for {name}", page.QuerySelector(".search-note")!.TextContent);
        Assert.Equal(theirs.Count(), page.QuerySelectorAll(".article-list li").Length);
    }

    [Fact]
    public async Task A_word_in_no_article_offers_the_nearest_word_that_finds_articles()
    {
        // A long word from a headline, with one letter left out.
        var article = (await GetJsonAsync("/api/search?q=the")).GetProperty("articles")[0];
        var word = article.GetProperty("headline").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsAsciiLetter)).MaxBy(w => w.Length)!.ToLowerInvariant();
        Assert.True(word.Length >= 6, word);
        var mistyped = word.Remove(word.Length / 2, 1) + " zqxj";
        var result = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(mistyped)}");
        var suggestion = result.GetProperty("didYouMean").GetString()!;
        Assert.StartsWith(word + " ", suggestion);

        var page = await HtmlPage.GetAsync(_client, $"/search?q={Uri.EscapeDataString(word.Remove(word.Length / 2, 1))}");
        var link = page.QuerySelector(".search-note a")!;
        Assert.Equal(word, link.TextContent);
        var corrected = await HtmlPage.GetAsync(_client, link.GetAttribute("href")!);
        Assert.NotEmpty(corrected.QuerySelectorAll(".article-list li"));
    }

    [Fact]
    public async Task Every_election_is_found_by_its_name_in_lower_case()
    {
        var elections = (await GetJsonAsync("/api/elections")).EnumerateArray().ToList();
        Assert.NotEmpty(elections);
        foreach (var election in elections)
        {
            var name = election.GetProperty("name").GetString()!.ToLowerInvariant();
            var result = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(name)}");
            Assert.Contains(election.GetProperty("slug").GetString(), Slugs(result.GetProperty("elections")));
        }
    }

    [Theory]
    [InlineData("labour", "labour")]
    [InlineData("tories", "conservative")]
    [InlineData("lib dems", "liberal-democrats")]
    [InlineData("Green", "green-party")]
    public async Task A_party_is_found_by_any_name_news_gives_it_and_its_page_exists(string query, string slug)
    {
        var result = await GetJsonAsync($"/api/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(slug, Slugs(result.GetProperty("parties")).First());
        var page = await HtmlPage.GetAsync(_client, $"/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal($"/parties/{slug}", page.QuerySelector("#party-results + ul a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_results_page_comes_in_sections_people_parties_elections_articles()
    {
        var (_, name, _) = await BusiestPersonAsync();
        var election = (await GetJsonAsync("/api/elections"))[0].GetProperty("name").GetString()!;
        string[] order = ["People", "Parties", "Elections", "Articles"];
        foreach (var (query, section) in new[] { (name, "People"), ("labour", "Parties"), (election, "Elections") })
        {
            var page = await HtmlPage.GetAsync(_client, $"/search?q={Uri.EscapeDataString(query)}");
            var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
            Assert.Contains(section, headings);
            Assert.Equal("Articles", headings[^1]);
            Assert.Equal(headings.OrderBy(h => Array.IndexOf(order, h)), headings);
        }
    }

    [Fact]
    public async Task Suggestions_forgive_a_slip_in_a_name_still_being_typed()
    {
        var (slug, name, mistyped) = await BusiestPersonAsync();
        var surnameStart = mistyped[(mistyped.LastIndexOf(' ') + 1)..][..3];
        foreach (var typed in new[] { surnameStart, name[..(name.LastIndexOf(' ') + 1)] + surnameStart })
        {
            var found = await GetJsonAsync($"/api/people/suggest?q={Uri.EscapeDataString(typed)}");
            Assert.Contains(slug, Slugs(found));
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(khan")]
    [InlineData("khan OR -labour")]
    [InlineData("')); DROP TABLE Articles; --")]
    [InlineData("%00%ff")]
    [InlineData("\u0000\u0002\u0003")]
    [InlineData("ǅ ﬁ ẞ 𝔎𝔥𝔞𝔫")]
    [InlineData("a")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task A_malformed_query_is_answered_never_a_server_error(string query)
    {
        foreach (var url in new[] { "/search?q=", "/api/search?q=", "/api/people/suggest?q=" })
        {
            var response = await _client.GetAsync(url + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var long_ = await _client.GetAsync("/search?q=" + string.Concat(Enumerable.Repeat("khan%20", 500)));
        Assert.Equal(HttpStatusCode.OK, long_.StatusCode);
    }
}
