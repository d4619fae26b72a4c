namespace NewsArchive.Tests.Web;

public class ReadingExperienceTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Pages => new()
    {
        "/", "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight", "/people", "/people/sadiq-khan", "/search?q=khan", "/admin/signin",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_search_box_that_works_as_a_plain_form(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var form = page.QuerySelector("header form[role='search']")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name='q']")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Equal("/api/people/suggest", input.GetAttribute("data-suggest"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_load_nothing_from_other_sites(string url)
    {
        var page = await HtmlPage.GetAsync(_client, url);
        var loaded = page.QuerySelectorAll("script[src], link[rel='stylesheet'], link[rel='icon'], img, iframe")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "").ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, address => Assert.StartsWith("/", address));
    }

    [Fact]
    public async Task A_person_page_opens_with_who_they_are()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        var who = page.QuerySelector("header .who")!.TextContent;
        Assert.Contains("Labour", who);
        Assert.Contains("Mayor of London", who);
        // "mayor" is the same office written short, not a second role.
        Assert.DoesNotContain("mayor", who.Replace("Mayor of London", ""), StringComparison.OrdinalIgnoreCase);
        var nobody = await HtmlPage.GetAsync(_client, "/people/count-binface");
        Assert.Contains("No article", nobody.QuerySelector(".who")!.TextContent + nobody.QuerySelector(".facts")!.TextContent);
    }
}
