using CsCheck;
using NewsArchive.Import;
using NewsArchive.Tests.Support;
using NewsArchive.Articles;

namespace NewsArchive.Tests.Import;

/// <summary>
/// Properties over generated input (CsCheck, which shrinks a failure to a small example): random bytes,
/// random YAML and random Markdown through the reader, the parser and the page renderer. No exception
/// escapes, and every file comes out as an article or as a reason.
/// </summary>
public class ImportPropertyTests
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".yml"];

    // Pieces chosen to meet the parsers' edges: YAML and Markdown syntax, shortcodes, tags, byte-order
    // marks, line endings, and text in other scripts.
    private static readonly Gen<string> YamlPiece = Gen.OneOf(
        "title", "date", "published", "headline", "authors", "author", "draft", "tags", "categories", "source", "articles", "a.txt",
        ": ", ":", "\n", "\n  ", "\n- ", "- ", "[", "]", "{", "}", ",", "\"", "'", "#", "&a ", "*a", "!!str ", "|", ">", "%", "@", "`",
        "true", "false", "null", "~", "2016-04-20 14:54:52 +0100", "2021-05-08", "8 May 2021", "x", "Siân", "北京", "\t", "? ", "---", "...", "\uFEFF");

    private static readonly Gen<string> MarkdownPiece = Gen.OneOf(
        "# ", "## ", "> ", "- ", "* ", "1. ", "_", "*", "**", "`", "```", "[", "]", "(", ")", "![", "](", "http://x.org", "javascript:alert(1)",
        "<br>", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<p style=\"x\">", "&amp;", "&#0;", "{{< figure caption=\"c\" >}}",
        "{{< /x >}}", "{{<", ">}}", "{%", "%}", "{{ site.baseurl }}", "\n", "\n\n", "    ", "\\", "|", "---", "word", "Sadiq Khan", "said", ".", "“", "\r\n", "\uFEFF");

    private static readonly Gen<string> HtmlPiece = Gen.OneOf(
        "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<h1>", "</h1>", "<h2>", "<li>", "<blockquote>", "<figcaption>",
        "<nav>", "<aside class=\"ad\">", "<script>", "</script>", "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",",
        "\"headline\":\"H\"", "\"author\":[{\"name\":\"A\"}]", "}", "<meta property=\"og:title\" content=\"T\">",
        "<meta property=\"article:published_time\" content=\"2024-03-14T09:30:00Z\">", "<meta charset=\"windows-1252\">",
        "The council said the budget would be balanced next year. ", "Sadiq Khan", "&amp;", "&#0;", "<!--", "-->", "<", ">", "\n");

    private static Gen<string> Text(Gen<string> pieces, int most) => pieces.Array[0, most].Select(p => string.Concat(p));

    [Fact]
    public void Random_yaml_front_matter_never_costs_more_than_metadata()
    {
        Text(YamlPiece, 60).Sample(yaml =>
        {
            var warnings = new List<ImportWarning>();
            var (_, body) = MetadataReader.SplitFrontMatter($"---\n{yaml}\n---\nThe body.", "a.md", warnings);
            Assert.EndsWith("The body.", body);
        }, iter: 1500);
    }

    [Fact]
    public void Random_yaml_in_the_folders_files_is_read_or_refused_with_a_reason()
    {
        Text(YamlPiece, 60).Sample(yaml =>
        {
            try
            {
                MetadataReader.ReadFolderFile(yaml, []);
            }
            catch (FormatException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
            try
            {
                CurationReader.Parse(yaml);
            }
            catch (FormatException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
            }
        }, iter: 1500);
    }

    [Fact]
    public void Random_markdown_is_parsed_and_rendered_without_markup_of_its_own()
    {
        Text(MarkdownPiece, 80).Sample(markdown =>
        {
            var article = MarkdownArticleParser.Parse(markdown);
            Assert.Contains(article.Headline, char.IsLetterOrDigit);
            foreach (var paragraph in article.Paragraphs)
            {
                var html = ArticleHtml.Inline(paragraph.Text, paragraph.Markdown);
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("{{<", paragraph.Markdown ?? "");
            }
        }, iter: 1500);
    }

    [Fact]
    public void Random_html_is_read_as_a_page_or_refused_with_a_reason()
    {
        Text(HtmlPiece, 120).Sample(html =>
        {
            var (article, _, refusal) = WebPageReader.Read(System.Text.Encoding.UTF8.GetBytes(html), "p.html", []);
            Assert.True(article is not null ^ refusal is not null);
            if (article is not null) Assert.Contains(article.Headline, char.IsLetterOrDigit);
        }, iter: 400);
    }

    [Fact]
    public void Random_bytes_in_any_kind_of_file_become_an_article_or_a_reason()
    {
        var files = Gen.Select(Gen.Byte.Array[0, 3000], Gen.Int[0, Extensions.Length - 1]).Array[1, 4];
        files.Sample(contents =>
        {
            using var folder = new TempFolder();
            var names = contents.Select((c, i) => $"f{i}{Extensions[c.Item2]}").ToList();
            for (var i = 0; i < contents.Length; i++) folder.WriteBytes(names[i], contents[i].Item1);
            var (articles, warnings) = SeedFolderReader.Read(folder.Path);
            var accounted = articles.Select(a => a.FileName).Concat(warnings.Where(w => w.Skipped).Select(w => w.File)).ToList();
            Assert.Equal(names.Where(SeedFolderReader.IsArticleFile).Order(), accounted.Order());
            Assert.All(articles, a => Assert.Contains(a.Parsed.Headline, char.IsLetterOrDigit));
        }, iter: 150);
    }

    [Fact]
    public void Random_markdown_and_yaml_as_files_become_an_article_or_a_reason()
    {
        var files = Gen.Select(Text(YamlPiece, 30), Text(MarkdownPiece, 40)).Array[1, 3];
        files.Sample(pairs =>
        {
            using var folder = new TempFolder();
            for (var i = 0; i < pairs.Length; i++) folder.Write($"a{i}.md", $"---\n{pairs[i].Item1}\n---\n{pairs[i].Item2}");
            var (articles, warnings) = SeedFolderReader.Read(folder.Path);
            Assert.Equal(pairs.Length, articles.Count + warnings.Count(w => w.Skipped));
        }, iter: 150);
    }
}
