using NewsArchive.Search;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Tests.Web;

public class SnippetHtmlTests
{
    private static readonly string S = ArticleSearch.MatchStart.ToString();
    private static readonly string E = ArticleSearch.MatchEnd.ToString();

    [Fact]
    public void Matches_become_marks_and_everything_else_is_escaped() =>
        Assert.Equal("a <mark>landslide</mark> &lt;b&gt; and <mark>win</mark>…", SnippetHtml.From($"a {S}landslide{E} <b> and {S}win{E}…"));

    [Fact]
    public void A_snippet_without_matches_is_plain_text() => Assert.Equal("Khan’s &amp; more", SnippetHtml.From("Khan’s & more"));
}
