using System.Net;
using System.Xml.Linq;

namespace NewsArchive.Tests.Web.Security;

/// <summary>Control characters in the newest article (headline, opening paragraph, source), and in the
/// address itself, never make a page, a feed or the API fail; feeds stay well-formed XML.</summary>
public class ControlCharacterTests(HostileArchiveFactory factory) : IClassFixture<HostileArchiveFactory>
{
    private readonly HttpClient _client = factory.NewClient();

    public static readonly TheoryData<string> Pages = new(
        "/", HostileArchiveFactory.ControlArticle, "/people", "/people/sadiq-khan", "/people/shaun-bailey", "/elections", "/search?q=budget",
        "/search?q=sadiq", "/api/people", "/api/people/sadiq-khan", "/api" + HostileArchiveFactory.ControlArticle, "/api/search?q=budget",
        "/api/people/suggest?q=sad", "/robots.txt");

    public static readonly TheoryData<string> XmlDocuments = new("/feed.atom", "/people/sadiq-khan/feed.atom", "/people/shaun-bailey/feed.atom", "/sitemap.xml");

    /// <summary>Addresses with control characters in the path or the query.</summary>
    public static readonly TheoryData<string> HostileAddresses = new(
        "/articles/%0C", "/articles/a%00b", "/people/%01", "/people/%1B/feed.atom", "/elections/%07", "/search?q=%00%0C%1B",
        "/search?q=%F0%9F%92%A9%00", "/?page=%00", "/api/people/%00", "/api/articles/%0C", "/api/elections/%08", "/api/search?q=%07%00",
        "/api/people/suggest?q=%00", "/status/%00");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_with_control_characters_answer(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(XmlDocuments))]
    public async Task Feeds_and_the_sitemap_stay_well_formed_xml(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.Root);
    }

    [Fact]
    public async Task The_feed_keeps_the_text_without_the_forbidden_characters()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed.atom"));
        var newest = feed.Root!.Elements(atom + "entry").First();
        Assert.Equal("Sadiq Khan answers questions at City Hall", newest.Element(atom + "title")!.Value);
        // The metadata reader may fold a control character into a space; the feed drops what XML forbids.
        var author = newest.Element(atom + "author")!.Element(atom + "name")!.Value;
        Assert.Matches("^Mail ?Online \\[31mRed$", author);
        Assert.DoesNotContain(author, c => char.IsControl(c));
        Assert.StartsWith("Mayor Sadiq Khan said the budget was fair and balanced today.", newest.Element(atom + "summary")!.Value);
    }

    [Theory]
    [MemberData(nameof(HostileAddresses))]
    public async Task Addresses_with_control_characters_are_answered_without_a_server_error(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }
}
