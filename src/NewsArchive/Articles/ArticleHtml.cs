using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsArchive.Import;
using NewsArchive.Text;

namespace NewsArchive.Articles;

/// <summary>
/// Renders article paragraphs through Markdig. A plain-text paragraph is escaped first, so it shows exactly
/// the characters received and nothing in it can become markup. A Markdown paragraph keeps its links and
/// emphasis, but nothing in it reaches the page as markup of its own: raw HTML tags are dropped (a line
/// break tag becomes a line break), pictures show their description (the archive stores and loads none), and
/// only safe links stay (<see cref="SafeLinks"/>): any other shows as its words.
/// </summary>
public static class ArticleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>A link to lay over characters of a paragraph: a person's name pointing at their page.</summary>
    public sealed record Link(int Start, int Length, string Href);

    /// <summary>The paragraph's inline HTML, without the surrounding &lt;p&gt;. Links are laid over plain-text
    /// paragraphs only: in Markdown the offsets, which count plain-text characters, could fall inside the
    /// author's own syntax.</summary>
    public static string Inline(string text, string? markdown, IReadOnlyList<Link>? links = null)
    {
        var document = Markdown.Parse(markdown ?? (links is { Count: > 0 } ? EscapeWithLinks(text, links) : MarkdownEscape.Text(text)), Pipeline);
        // Raw HTML that Markdown reads as a block of its own has no safe rendering: show the plain text.
        if (markdown is not null && document.Descendants<HtmlBlock>().Any()) document = Markdown.Parse(MarkdownEscape.Text(text), Pipeline);
        else if (markdown is not null) Sanitise(document);
        SafeLinks.Apply(document);
        var html = Render(document).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            return html[3..^4];
        return html;
    }

    private static void Sanitise(MarkdownDocument document)
    {
        // Decide first, then change: a node replaced during the walk would cut the walk short.
        var changes = new List<Action>();
        var pending = new Stack<Inline>(document.Descendants<LeafBlock>().Select(b => b.Inline).OfType<Inline>());
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case HtmlInline html:
                    Inline replacement = html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? new LineBreakInline { IsHard = true } : new LiteralInline("");
                    changes.Add(() => html.ReplaceBy(replacement, copyChildren: false));
                    break;
                // The archive stores no pictures, so none is loaded, from this site or another: its words stay.
                case LinkInline link when link.IsImage || !SafeLinks.IsAllowedLink(link.Url):
                    // Its words stay, as text; anything inside it (emphasis, tags) goes with it.
                    var text = new LiteralInline(MarkdownText.Plain(link));
                    changes.Add(() => link.ReplaceBy(text, copyChildren: false));
                    break;
                case LinkInline external when external.Url!.Contains("//", StringComparison.Ordinal):
                    // An author's link to another site is not the archive's recommendation.
                    external.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
                    PushChildren(pending, external);
                    break;
                case ContainerInline container:
                    PushChildren(pending, container);
                    break;
            }
        }
        foreach (var change in changes) change();
    }

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push(child);
    }

    private static string Render(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static string EscapeWithLinks(string text, IReadOnlyList<Link> links)
    {
        var builder = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var link in links.OrderBy(l => l.Start))
        {
            if (link.Start < at || link.Start + link.Length > text.Length) continue;
            builder.Append(MarkdownEscape.Text(text[at..link.Start]));
            builder.Append('[').Append(MarkdownEscape.Text(text.Substring(link.Start, link.Length))).Append("](").Append(link.Href).Append(')');
            at = link.Start + link.Length;
        }
        builder.Append(MarkdownEscape.Text(text[at..]));
        return builder.ToString();
    }
}
