using NewsArchive.Articles;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>Markdown read by its own structure: each paragraph keeps its Markdown for the page and its plain
/// text for extraction; shortcodes and raw HTML never survive as written.</summary>
public class MarkdownArticleParserTests
{
    private static ParsedArticle HugoArticle()
    {
        var (metadata, body) = MetadataReader.SplitFrontMatter(Fixtures.Text(Fixtures.HugoArticle), "a.md");
        return MarkdownArticleParser.Parse(body, metadata.Headline);
    }

    [Fact]
    public void Paragraphs_keep_their_markdown_and_give_plain_text_for_reading()
    {
        var first = HugoArticle().Paragraphs[0];
        Assert.Equal(ParagraphKind.Body, first.Kind);
        Assert.StartsWith("Members of the London Assembly clashed on Thursday over plans to cut eleven night bus routes", first.Text);
        Assert.Contains("ran more than two hours past", first.Text);
        Assert.Contains("_London Assembly_", first.Markdown);
        Assert.Contains("[more than two hours](https://www.london.gov.uk/about-us/london-assembly)", first.Markdown);
    }

    [Fact]
    public void Headings_lists_quotes_and_figures_become_their_kinds()
    {
        var kinds = HugoArticle().Paragraphs.Select(p => (p.Kind, p.Text)).ToList();
        Assert.Contains((ParagraphKind.Caption, "The Assembly chamber at City Hall"), kinds);
        Assert.Contains((ParagraphKind.Subheading, "What was proposed"), kinds);
        Assert.Contains((ParagraphKind.ListItem, "£4.2 million a year from the routes themselves"), kinds);
        Assert.Contains(kinds, k => k.Kind == ParagraphKind.Quote && k.Text.StartsWith("“These routes are a lifeline"));
        Assert.Contains((ParagraphKind.Caption, "A chart of night bus passenger numbers // Ledger"), kinds);
    }

    [Fact]
    public void No_shortcode_or_template_tag_survives_as_written()
    {
        var article = HugoArticle();
        Assert.All(article.Paragraphs, p =>
        {
            Assert.DoesNotContain("{{", p.Text);
            Assert.DoesNotContain("{{", p.Markdown ?? "");
        });
        Assert.Equal("Assembly members clash over night bus cuts", article.Headline);
        Assert.False(article.HeadlineDerived);
    }

    [Theory]
    [InlineData("Text {{< ref \"other.md\" >}} more", "Text  more")]
    [InlineData("A {{% notice %}}kept{{% /notice %}} B", "A kept B")]
    [InlineData("{{< figure src=\"x.jpg\" >}}", "")]
    [InlineData("{{< figure src='x.jpg' caption='Said: \"hi\"' >}}", "![Said\\: \\\"hi\\\"]()")]
    [InlineData("{{< figure src=\"x.jpg\" caption=\"\" attr=\"Jo Bloggs\" >}}", "![Photograph by Jo Bloggs]()")]
    [InlineData("{{< figure src=\"x.jpg\" caption=\"The count.\" attr=\"Credit: Jo Bloggs\" >}}", "![The count\\. Photograph by Jo Bloggs]()")]
    [InlineData("{{< figure src=\"x.jpg\" attr=\"Credit: http://example.org/\" >}}", "")]
    [InlineData("Unclosed {{< figure src=x\nNext line", "Unclosed \nNext line")]
    [InlineData("Prose {{ with braces", "Prose {{ with braces")]
    [InlineData("{% include foot.html %}Liquid {{ page.title }}", "Liquid ")]
    public void Shortcodes_become_captions_or_are_dropped(string markdown, string expected) =>
        Assert.Equal(expected, Shortcodes.Resolve(markdown));

    [Fact]
    public void Raw_html_gives_its_text_and_never_a_script()
    {
        var article = MarkdownArticleParser.Parse("Title line\n\n<p style=\"text-align: center;\">\nCentred words\n</p>\n\n<script>alert(1)</script>\n\nLine one<br>line two");
        Assert.Equal(["Centred words", "Line one line two"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Without_a_title_a_leading_heading_or_headline_line_is_the_headline()
    {
        Assert.Equal("From a heading", MarkdownArticleParser.Parse("# From a heading\n\nBody text.").Headline);
        Assert.Equal("A first line", MarkdownArticleParser.Parse("A first line\n\nBody text.").Headline);
        var derived = MarkdownArticleParser.Parse("Only one paragraph that ends as a sentence does.");
        Assert.True(derived.HeadlineDerived);
        Assert.Single(derived.Paragraphs);
    }

    [Fact]
    public void A_title_that_opens_the_body_again_is_not_shown_twice()
    {
        var article = MarkdownArticleParser.Parse("# Same title\n\nBody.", "Same title");
        Assert.Equal(["Body."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Reference_links_are_written_out_so_a_paragraph_renders_on_its_own()
    {
        var article = MarkdownArticleParser.Parse("T\n\nSee [the report][1].\n\n[1]: https://example.org/report", "T");
        Assert.Equal("See [the report](https://example.org/report).", Assert.Single(article.Paragraphs).Markdown);
    }

    [Fact]
    public void Markdown_nested_past_markdigs_limit_is_refused_with_an_exception_the_reader_catches()
    {
        Assert.ThrowsAny<ArgumentException>(() => MarkdownArticleParser.Parse(new string('>', 60_000) + " deep"));
    }

    [Fact]
    public void Lines_each_ending_in_a_count_are_a_list_of_results_one_line_a_paragraph()
    {
        var article = MarkdownArticleParser.Parse("T\n\nJane Doe (Labour) 21,034 (43.8%)\nJohn Roe (Conservative) 17,601 (32.7%)\nAnn Poe (Green) 1,209\n", "T");
        Assert.Equal(["Jane Doe (Labour) 21,034 (43.8%)", "John Roe (Conservative) 17,601 (32.7%)", "Ann Poe (Green) 1,209"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Prose_broken_across_lines_is_one_paragraph_even_where_a_line_ends_on_a_number() =>
        Assert.Equal(["The council said it would publish the count of 2,345 votes once every ballot was checked."],
            MarkdownArticleParser.Parse("T\n\nThe council said it would publish the count of 2,345\nvotes once every ballot was checked.\n", "T").Paragraphs.Select(p => p.Text));
}
