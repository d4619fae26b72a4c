using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsArchive.Articles;

namespace NewsArchive.Import;

/// <summary>
/// Reads a saved news page (.html): its metadata from the page's own tags (<see cref="WebPageMetadata"/>),
/// and its story through SmartReader (Mozilla's Readability), after the clutter is taken out
/// (<see cref="PageClutter"/>). The story's paragraphs, subheadings, quotes, list items and captions become
/// the article's, as plain text. Nothing is fetched: the page is read as saved.
/// </summary>
public static class WebPageReader
{
    /// <summary>Readability scores every element, several times over; a news page has a few thousand.</summary>
    public const int MaxElements = 50_000;
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

    public static (ParsedArticle? Article, ArticleMetadata Metadata, string? Refusal) Read(byte[] bytes, string file, List<ImportWarning> warnings)
    {
        var depth = HtmlNesting.Depth(bytes);
        if (depth > HtmlNesting.MaxDepth)
            return (null, ArticleMetadata.None, $"a page whose elements nest more than {HtmlNesting.MaxDepth} deep; not a readable page");
        // The parser finds the page's encoding itself (byte-order mark, <meta charset>), as a browser does.
        using var page = new HtmlParser().ParseDocument(new MemoryStream(bytes));
        if (page.All.Length > MaxElements)
            return (null, ArticleMetadata.None, $"a page of {page.All.Length:N0} elements (the limit is {MaxElements:N0})");
        var metadata = WebPageMetadata.Read(page, file, warnings);
        PageClutter.Remove(page);

        // Readability's "probably readable" test wants long paragraphs; a short news story is still a story.
        var story = new SmartReader.Reader("https://archive.invalid/", page) { MaxElemsToParse = MaxElements, ContinueIfNotReadable = true }.GetArticle();
        var paragraphs = Paragraphs(story.Content);
        if (paragraphs.Count == 0) return (null, metadata, "no article text found in the page");

        var fallback = new ArticleMetadata(
            story.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null, Clean(story.SiteName), Clean(story.Title))
        {
            Authors = Clean(story.Author) is { } author ? WebPageMetadata.SplitNames(author) : null,
        };
        metadata = metadata.Over(fallback);
        return (ArticleAssembly.Assemble(paragraphs, metadata.Headline), metadata, null);
    }

    private static List<ParsedParagraph> Paragraphs(string? contentHtml)
    {
        if (string.IsNullOrWhiteSpace(contentHtml)) return [];
        using var content = new HtmlParser().ParseDocument(contentHtml);
        var blocks = content.QuerySelectorAll(Blocks).ToList();
        var selected = blocks.ToHashSet();
        var paragraphs = new List<ParsedParagraph>();
        foreach (var block in blocks)
        {
            // A quote, list item or caption made of paragraphs is read through its paragraphs.
            if (block.LocalName is "blockquote" or "li" or "figcaption" && block.Descendants<IElement>().Any(selected.Contains)) continue;
            if (Clean(block.TextContent) is not { } text) continue;
            paragraphs.Add(new ParsedParagraph(0, KindOf(block), text));
        }
        return paragraphs;
    }

    private static ParagraphKind KindOf(IElement block) => block switch
    {
        _ when block.LocalName.Length == 2 && block.LocalName[0] == 'h' => ParagraphKind.Subheading,
        _ when block.Closest("figcaption") is not null => ParagraphKind.Caption,
        _ when block.Closest("blockquote") is not null => ParagraphKind.Quote,
        _ when block.Closest("li") is not null => ParagraphKind.ListItem,
        _ => ParagraphKind.Body,
    };

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
