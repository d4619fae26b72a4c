using System.Net;
using System.Text.Json;

namespace NewsArchive.Tests.Web;

public class SearchTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> ApiSearchAsync(string query)
    {
        var response = await _client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("Sadiq Khan", "sadiq-khan")]
    [InlineData("khan", "sadiq-khan")]
    [InlineData("SADIQ", "sadiq-khan")]
    [InlineData("Sir Keir", "keir-starmer")]
    [InlineData("Keir Starmer", "keir-starmer")]
    [InlineData("starm", "keir-starmer")]
    [InlineData("Siân", "sian-berry")]
    [InlineData("Thomas-Symonds", "nick-thomas-symonds")]
    [InlineData("Sadiq Kahn", "sadiq-khan")]
    [InlineData("Keir Starmar", "keir-starmer")]
    [InlineData("Andy Burnam", "andy-burnham")]
    [InlineData("Mr Burnham", "andy-burnham")]
    [InlineData("piers corbyn", "piers-corbyn")]
    public async Task A_name_as_a_researcher_types_it_finds_the_right_person_first(string query, string slug)
    {
        var result = await ApiSearchAsync(query);
        Assert.Equal(slug, result.GetProperty("people")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Full_text_search_finds_articles_and_highlights_the_words()
    {
        var page = await HtmlPage.GetAsync(_client, "/search?q=landslide");
        var hits = page.QuerySelectorAll(".article-list li").ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal("landslide", h.QuerySelector(".snippet mark")!.TextContent.ToLowerInvariant()));
    }

    [Fact]
    public async Task The_search_page_shows_people_and_articles()
    {
        var page = await HtmlPage.GetAsync(_client, "/search?q=Burnham");
        Assert.Equal("/people/andy-burnham", page.QuerySelector(".people-index a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".article-list li"));
    }

    [Fact]
    public async Task Autocomplete_suggests_people_as_the_user_types()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/people/suggest?q=nic")).RootElement;
        Assert.Contains(json.EnumerateArray(), p => p.GetProperty("slug").GetString() == "nicola-sturgeon");
        Assert.Contains(json.EnumerateArray(), p => p.GetProperty("slug").GetString() == "nick-thomas-symonds");
    }

    public static TheoryData<string> HostileQueries() => new()
    {
        "\"", "\"unclosed", "(", ")", "AND(", "OR", "NOT", "NEAR", "NEAR(a b)", "*", "khan*", "-khan", "^khan", "a:b", "Headline:khan",
        "'; DROP TABLE Articles; --", "{}", "[]", "%", "_", "\\", "\u0000", "\u200B", "🗳️🇬🇧", "مرحبا", "Ｓａｄｉｑ", "e\u0301", new string('k', 10_000),
        string.Join(' ', Enumerable.Repeat("khan", 500)), "   ",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_input_gets_an_answer_never_an_error(string query)
    {
        var escaped = Uri.EscapeDataString(query);
        foreach (var url in new[] { $"/search?q={escaped}", $"/api/search?q={escaped}", $"/api/people/suggest?q={escaped}" })
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Fullwidth_letters_are_read_as_plain_letters()
    {
        var result = await ApiSearchAsync("Ｓａｄｉｑ");
        Assert.Equal("sadiq-khan", result.GetProperty("people")[0].GetProperty("slug").GetString());
    }
}
