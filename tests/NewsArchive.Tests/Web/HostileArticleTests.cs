using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>An archive built from articles written to attack the page: markup must come out as text.</summary>
public class HostileArticleTests : IClassFixture<HostileArticleTests.Factory>
{
    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            folder.Write("attack.txt", "Councillor posts <script>alert('x')</script> in a statement\n\n" +
                "The statement read <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and *stars*.");
            folder.Write("attack.md", "Markdown with raw HTML\n\nA paragraph with <script>alert(2)</script> and <b>bold</b>.");
            return folder;
        }
    }

    private readonly HttpClient _client;

    public HostileArticleTests(Factory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Script_tags_in_a_plain_text_article_come_out_escaped()
    {
        var html = await _client.GetStringAsync("/articles/councillor-posts-script-alert-x-script-in-a-statement");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Raw_html_in_a_markdown_article_is_neither_rendered_nor_shown_as_tags()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/markdown-with-raw-html");
        var story = page.QuerySelector(".story")!;
        Assert.Null(story.QuerySelector("script, b"));
        Assert.DoesNotContain("<", story.TextContent);
        Assert.Contains("A paragraph with", story.TextContent);
        Assert.Contains("bold", story.TextContent);
    }

    [Fact]
    public async Task Plain_text_articles_show_markdown_characters_literally()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/councillor-posts-script-alert-x-script-in-a-statement");
        var body = page.QuerySelector(".story")!.TextContent;
        Assert.Contains("[a link](javascript:alert(1))", body);
        Assert.Contains("*stars*", body);
        Assert.Null(page.QuerySelector(".story a"));
    }

    [Fact]
    public async Task An_article_without_metadata_is_shown_as_undated_and_names_no_source()
    {
        var page = await HtmlPage.GetAsync(_client, "/articles/markdown-with-raw-html");
        var meta = page.QuerySelector(".meta")!.TextContent;
        Assert.Contains("Undated", meta);
        Assert.DoesNotContain("Source unknown", meta);
    }
}
