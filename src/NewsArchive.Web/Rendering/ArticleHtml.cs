using System.Text;
using Markdig;

namespace NewsArchive.Web.Rendering;

/// <summary>
/// Renders article paragraphs through Markdig with raw HTML disabled, so nothing in an article's text can
/// become markup. Plain-text paragraphs are escaped first, so they show exactly the characters received.
/// </summary>
public static class ArticleHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The paragraph's inline HTML, without the surrounding &lt;p&gt;.</summary>
    public static string Inline(string text, bool isMarkdown)
    {
        var html = Markdown.ToHtml(isMarkdown ? text : EscapePlainText(text), Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            return html[3..^4];
        return html;
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
