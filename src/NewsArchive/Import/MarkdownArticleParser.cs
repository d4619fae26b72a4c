using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsArchive.Articles;

namespace NewsArchive.Import;

/// <summary>
/// Turns the Markdown body of an article (after its front matter) into paragraphs, by Markdown's own
/// structure as Markdig parses it (CommonMark): paragraphs, headings (subheadings), list items, quotes,
/// and pictures, whose descriptions become captions. Each paragraph keeps its inline Markdown (links,
/// emphasis) for the page, and its plain text for everything that reads words. Hugo and Liquid tags are
/// resolved first (<see cref="Shortcodes"/>). Raw HTML is never kept as markup: an HTML block contributes
/// its text only, and scripts and styles nothing.
/// </summary>
public static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Throws <see cref="ArgumentException"/> when Markdig refuses text nested too deeply to be sensible.</summary>
    public static ParsedArticle Parse(string markdown, string? headlineOverride = null)
    {
        var document = Markdown.Parse(Shortcodes.Resolve(markdown.TrimStart('\uFEFF').Replace("\r\n", "\n")), Pipeline);
        var blocks = new List<ParsedParagraph>();
        var sources = new MarkdownText.SourceWriter();
        var pending = new Stack<(Block Block, ParagraphKind Context)>();
        for (var i = document.Count - 1; i >= 0; i--) pending.Push((document[i], ParagraphKind.Body));
        while (pending.TryPop(out var item))
        {
            switch (item.Block)
            {
                case ListItemBlock or ListBlock when item.Block is ContainerBlock list:
                    PushChildren(pending, list, item.Context == ParagraphKind.Quote ? ParagraphKind.Quote : ParagraphKind.ListItem);
                    break;
                case QuoteBlock quote:
                    PushChildren(pending, quote, ParagraphKind.Quote);
                    break;
                case ContainerBlock container:
                    PushChildren(pending, container, item.Context);
                    break;
                case HeadingBlock heading when heading.Inline is not null:
                    Add(blocks, sources, ParagraphKind.Subheading, heading.Inline);
                    break;
                // A list of results written one line a result ("Jane Doe (Labour) 21,034 (43.8%)"): a paragraph a line,
                // as in plain text.
                case ParagraphBlock paragraph when paragraph.Inline is not null && MarkdownText.PlainLines(paragraph.Inline) is { Count: > 1 } lines
                    && lines.All(ParagraphSplitter.EndsInCount):
                    blocks.AddRange(lines.Select(line => new ParsedParagraph(0, item.Context, line)));
                    break;
                case ParagraphBlock paragraph when paragraph.Inline is not null:
                    Add(blocks, sources, PictureOnly(paragraph.Inline) ? ParagraphKind.Caption : item.Context, paragraph.Inline);
                    break;
                case HtmlBlock html:
                    if (MarkdownText.OfHtml(html) is { Length: > 0 } htmlText) blocks.Add(new ParsedParagraph(0, item.Context, htmlText));
                    break;
                case CodeBlock code:
                    if (MarkdownText.Lines(code) is { Length: > 0 } codeText) blocks.Add(new ParsedParagraph(0, item.Context, codeText));
                    break;
            }
        }
        return ArticleAssembly.Assemble(blocks, headlineOverride);
    }

    private static void PushChildren(Stack<(Block, ParagraphKind)> pending, ContainerBlock container, ParagraphKind context)
    {
        for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], context));
    }

    /// <summary>A paragraph with markup keeps its Markdown; a picture's caption is plain text (the picture itself,
    /// on another site, is never loaded); an empty one is dropped.</summary>
    private static void Add(List<ParsedParagraph> blocks, MarkdownText.SourceWriter sources, ParagraphKind kind, ContainerInline inline)
    {
        var text = MarkdownText.Plain(inline);
        if (text.Length == 0) return;
        // Markdown that says no more than its text is kept as plain text, so the page can link the people in it.
        var markdown = kind == ParagraphKind.Caption ? null : sources.Of(inline);
        blocks.Add(new ParsedParagraph(0, kind, text, markdown == text ? null : markdown));
    }

    private static bool PictureOnly(ContainerInline inline) =>
        inline.Any(i => i is LinkInline { IsImage: true })
        && inline.All(i => i is LinkInline { IsImage: true } or LineBreakInline || i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
}
