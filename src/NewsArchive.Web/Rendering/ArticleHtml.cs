using System.Text;
using Markdig;

namespace NewsArchive.Web.Rendering;

/// <summary>
/// Renders article paragraphs through Markdig with raw HTML disabled, so nothing in an article's text can
/// become markup, and with only safe links and this site's images (<see cref="SafeLinks"/>). Plain-text
/// paragraphs are escaped first, so they show exactly the characters received.
/// </summary>
public static class ArticleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>A link to lay over characters of a paragraph: a person's name pointing at their page.</summary>
    public sealed record Link(int Start, int Length, string Href);

    /// <summary>The paragraph's inline HTML, without the surrounding &lt;p&gt;. Links are laid over plain-text
    /// paragraphs only: in Markdown the offsets could fall inside the author's own syntax.</summary>
    public static string Inline(string text, bool isMarkdown, IReadOnlyList<Link>? links = null)
    {
        var markdown = isMarkdown ? text : links is { Count: > 0 } ? EscapeWithLinks(text, links) : EscapePlainText(text);
        var document = Markdown.Parse(markdown, Pipeline);
        SafeLinks.Apply(document);
        var html = document.ToHtml(Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            return html[3..^4];
        return html;
    }

    private static string EscapeWithLinks(string text, IReadOnlyList<Link> links)
    {
        var builder = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var link in links.OrderBy(l => l.Start))
        {
            if (link.Start < at || link.Start + link.Length > text.Length) continue;
            builder.Append(EscapePlainText(text[at..link.Start]));
            builder.Append('[').Append(EscapePlainText(text.Substring(link.Start, link.Length))).Append("](").Append(link.Href).Append(')');
            at = link.Start + link.Length;
        }
        builder.Append(EscapePlainText(text[at..]));
        return builder.ToString();
    }

    /// <summary>CommonMark lets any ASCII punctuation be backslash-escaped, which makes it literal text.</summary>
    public static string EscapePlainText(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c)) builder.Append(c);
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) builder.Append('\\').Append(c);
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
