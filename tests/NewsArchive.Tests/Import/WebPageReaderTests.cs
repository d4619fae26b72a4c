using System.Text;
using NewsArchive.Articles;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>Saved news pages: the story and its metadata in, the site around it out.</summary>
public class WebPageReaderTests
{
    private static (ParsedArticle? Article, ArticleMetadata Metadata, string? Refusal, List<ImportWarning> Warnings) Read(byte[] page)
    {
        var warnings = new List<ImportWarning>();
        var (article, metadata, refusal) = WebPageReader.Read(page, "page.html", warnings);
        return (article, metadata, refusal, warnings);
    }

    private static (ParsedArticle? Article, ArticleMetadata Metadata, string? Refusal, List<ImportWarning> Warnings) Read(string page) =>
        Read(Encoding.UTF8.GetBytes(page));

    [Fact]
    public void A_news_page_gives_its_headline_date_authors_and_publication()
    {
        var (article, metadata, refusal, warnings) = Read(Fixtures.Bytes(Fixtures.NewsPage));
        Assert.Null(refusal);
        Assert.Empty(warnings);
        Assert.Equal("Mayor backs new Thames crossing for east London", article!.Headline);
        Assert.Equal(new DateOnly(2024, 3, 14), metadata.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.Zero), metadata.PublishedAt);
        Assert.Equal(["Priya Natarajan", "Tom Ellery"], metadata.Authors);
        Assert.Equal("The London Ledger", metadata.Source);
        Assert.Equal("City Hall says the crossing will open in 2031.", metadata.Standfirst);
    }

    [Fact]
    public void The_body_is_the_story_alone()
    {
        var article = Read(Fixtures.Bytes(Fixtures.NewsPage)).Article!;
        var text = string.Join("\n", article.Paragraphs.Select(p => p.Text));
        Assert.StartsWith("The Mayor of London has backed plans for a new road and rail crossing", article.Paragraphs[0].Text);
        Assert.Contains("Transport for London will publish a consultation", text);
        Assert.Contains((ParagraphKind.Subheading, "Years of delay"), article.Paragraphs.Select(p => (p.Kind, p.Text)));
        Assert.Contains((ParagraphKind.Caption, "An artist's impression of the proposed crossing at Beckton"), article.Paragraphs.Select(p => (p.Kind, p.Text)));
        foreach (var clutter in new[] { "cookies", "Politics", "ADVERTISEMENT", "Advertisement", "Share on", "Related stories", "Silvertown",
                     "Sign up", "Most read", "All rights reserved", "tracking", "dataLayer", "Privacy" })
            Assert.DoesNotContain(clutter, text);
        Assert.Equal(6, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
    }

    [Fact]
    public void Without_json_ld_the_meta_tags_are_read()
    {
        var (article, metadata, _, _) = Read("""
            <html><head><meta property="og:title" content="Council tax frozen in Camden">
            <meta property="article:published_time" content="2023-02-01T07:00:00+00:00"><meta name="author" content="Sam Okoro and Jo Bell">
            <meta property="og:site_name" content="Camden Chronicle"></head>
            <body><div class="nav">Home</div><article><h1>Council tax frozen in Camden</h1>
            <p>Camden council voted last night to freeze council tax for a second year, the only London borough to do so this spring.</p>
            <p>The leader of the council said the freeze was paid for by savings in back-office costs and would not touch front-line services.</p>
            <p>Opposition councillors said reserves were being run down to fund a pre-election giveaway that the borough could not afford.</p>
            </article></body></html>
            """);
        Assert.Equal("Council tax frozen in Camden", article!.Headline);
        Assert.Equal(new DateOnly(2023, 2, 1), metadata.Published);
        Assert.Equal(["Sam Okoro", "Jo Bell"], metadata.Authors);
        Assert.Equal("Camden Chronicle", metadata.Source);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void A_page_in_a_legacy_encoding_is_read_by_its_declared_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 owners protest</title></head><body><article>" +
            string.Concat(Enumerable.Repeat("<p>Caf\u00e9 owners in Soho protested on Monday against the new licensing rules, which they say will close businesses early.</p>", 4)
                .Select((p, i) => p.Replace("Monday", $"day {i}"))) + "</article></body></html>";
        var article = Read(Encoding.Latin1.GetBytes(html)).Article!;
        Assert.Contains("Caf\u00e9 owners in Soho", article.Paragraphs[0].Text);
    }

    [Fact]
    public void A_page_nested_thousands_deep_is_refused_quickly()
    {
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 30_000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 30_000)) + "</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (article, _, refusal, _) = Read(deep);
        Assert.Null(article);
        Assert.Contains("nest more than", refusal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_page_with_no_story_is_refused_with_a_reason()
    {
        var (article, _, refusal, _) = Read("<html><body><nav>Home News Sport</nav><form><input></form></body></html>");
        Assert.Null(article);
        Assert.Equal("no article text found in the page", refusal);
    }

    [Fact]
    public void Broken_json_ld_is_a_warning_and_the_tags_are_used()
    {
        var (_, metadata, _, warnings) = Read("""
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Tags still work"></head><body><article>
            <p>A paragraph long enough to be read as the story of the page, with more than a few words in it for the reader.</p>
            <p>A second paragraph long enough to be read as the story of the page, with more than a few words in it too.</p>
            </article></body></html>
            """);
        Assert.Equal("Tags still work", metadata.Headline);
        Assert.Contains("JSON-LD could not be read", Assert.Single(warnings).Reason);
    }
}
