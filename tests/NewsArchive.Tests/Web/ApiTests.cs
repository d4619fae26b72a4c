using System.Net;
using System.Text.Json;

namespace NewsArchive.Tests.Web;

public class ApiTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task People_lists_slug_name_aliases_party_and_article_count()
    {
        var people = await GetJsonAsync("/api/people");
        Assert.Equal(34, people.GetArrayLength());
        var khan = people.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "sadiq-khan");
        Assert.Equal("Sadiq Khan", khan.GetProperty("name").GetString());
        Assert.Equal("Labour", khan.GetProperty("party").GetString());
        Assert.Equal(3, khan.GetProperty("articleCount").GetInt32());
        Assert.Contains(khan.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "Mr Khan");
    }

    [Fact]
    public async Task A_person_has_roles_articles_and_quotes_with_their_sources()
    {
        var person = await GetJsonAsync("/api/people/sadiq-khan");
        Assert.NotEmpty(person.GetProperty("roles").EnumerateArray());
        Assert.Equal(3, person.GetProperty("articles").GetArrayLength());
        var quote = person.GetProperty("quotes")[0];
        Assert.False(string.IsNullOrEmpty(quote.GetProperty("text").GetString()));
        Assert.False(string.IsNullOrEmpty(quote.GetProperty("articleSlug").GetString()));
    }

    [Fact]
    public async Task An_article_includes_its_people_with_mention_counts()
    {
        var article = await GetJsonAsync("/api/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over");
        Assert.Equal("2021-05-08", article.GetProperty("publishedOn").GetString());
        var people = article.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(["sadiq-khan", "shaun-bailey"], people.Select(p => p.GetProperty("slug").GetString()).Order());
        Assert.All(people, p => Assert.True(p.GetProperty("mentions").GetInt32() >= 1));
    }

    [Fact]
    public async Task An_article_lists_its_quotes_with_speaker_paragraph_and_sentence()
    {
        var article = await GetJsonAsync("/api/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over");
        var quotes = article.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains(quotes, q => q.GetProperty("personSlug").GetString() == "sadiq-khan" && q.GetProperty("text").GetString()!.Contains("deeply humbled"));
        Assert.Contains(quotes, q => q.GetProperty("personSlug").GetString() == "shaun-bailey");
        Assert.All(quotes, q => Assert.Contains(q.GetProperty("text").GetString()!.TrimEnd(',', '.'), q.GetProperty("context").GetString()!.Length > 0 ? q.GetProperty("context").GetString()! : q.GetProperty("text").GetString()!));
    }

    [Theory]
    [InlineData("/api/people/nobody")]
    [InlineData("/api/articles/nothing")]
    public async Task Unknown_slugs_are_404_problems(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
