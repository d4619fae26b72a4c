using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Two outlets quote one speech, one with a word changed, and a third quotes a fragment: the person page
/// lists the speech once, under the article that reported it first in the page's order, and not the fragment.</summary>
public class PersonQuotesTests(PersonQuotesTests.Factory factory) : IClassFixture<PersonQuotesTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Seeds.Path)
    {
        private static readonly TempFolder Seeds = TempFolder.With(
            ("a.txt", """
                Carter keeps Exeter

                Helen Carter was re-elected mayor of Exeter tonight after a long count.

                ‘I am proud to serve this city for four more years and I will not let it down,’ said Helen Carter.

                ‘The buses come first,’ Ms Carter added.
                """),
            ("b.txt", """
                Exeter returns its mayor

                Helen Carter has been re-elected mayor of Exeter.

                ‘I am proud to serve this great city for four more years and I will not let it down,’ Helen Carter said.

                Ms Carter called the result ‘historic’.
                """),
            ("articles.yml", """
                articles:
                  a.txt:
                    published: 2024-05-05
                  b.txt:
                    published: 2024-05-04
                """));
    }

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_same_speech_is_listed_once_and_fragments_not_at_all()
    {
        // The archive holds the speech once per article (the API gives both); the page shows it once.
        using var json = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/api/people/helen-carter"));
        var held = json.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!);
        Assert.Equal(2, held.Count(q => q.Contains("four more years")));
        var page = await HtmlPage.GetAsync(_client, "/people/helen-carter");
        var quotes = page.QuerySelectorAll(".quote blockquote").Select(q => q.TextContent.Trim()).ToList();
        Assert.Single(quotes, q => q.Contains("four more years"));
        Assert.Contains(quotes, q => q.Contains("The buses come first"));
        Assert.DoesNotContain(quotes, q => q.Contains("historic"));
        // Still grouped by article: the speech sits under the newer article, which is listed first.
        var group = page.QuerySelectorAll(".quotes-from").Single(g => g.TextContent.Contains("four more years"));
        Assert.Equal("/articles/carter-keeps-exeter", group.QuerySelector("h3 a")!.GetAttribute("href"));
    }
}
