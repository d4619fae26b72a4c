using System.Text;
using NewsArchive.Text;

namespace NewsArchive.Import;

/// <summary>
/// Site-generator instructions inside Markdown: Hugo shortcodes (<c>{{&lt; figure src="…" caption="…" &gt;}}</c>,
/// <c>{{% notice %}}</c>) and Liquid or Go template tags (<c>{{ site.baseurl }}</c>, <c>{% include … %}</c>). They
/// are not text and must never reach a reader as written. A figure, image or picture becomes a Markdown image
/// whose description is the caption and the picture's credit (the parser then makes it a caption); every other tag is dropped, and
/// the text between a paired tag's opening and closing is kept; a shortcode never closed is dropped to the end
/// of its line. One pass, no backtracking.
/// </summary>
public static class Shortcodes
{
    private static readonly string[] FigureNames = ["figure", "img", "image", "picture"];
    private static readonly string[] CaptionAttributes = ["caption", "title", "alt"];

    public static string Resolve(string markdown)
    {
        if (!markdown.Contains("{{", StringComparison.Ordinal) && !markdown.Contains("{%", StringComparison.Ordinal)) return markdown;
        var output = new StringBuilder(markdown.Length);
        var at = 0;
        while (NextTag(markdown, at) is var (open, inner, next) && open >= 0)
        {
            // An unclosed "{{" or "{%" (no replacement) may be prose: kept as written.
            output.Append(markdown, at, open - at).Append(inner is null ? markdown[open..next] : Replacement(inner));
            at = next;
        }
        return output.Append(markdown, at, markdown.Length - at).ToString();
    }

    /// <summary>The next tag from <paramref name="from"/>: where it opens, the text inside its delimiters (null
    /// when it is not a tag after all) and where the text after it starts; Open is -1 when there is none.</summary>
    private static (int Open, string? Inner, int Next) NextTag(string text, int from)
    {
        var curly = text.IndexOf("{{", from, StringComparison.Ordinal);
        var percent = text.IndexOf("{%", from, StringComparison.Ordinal);
        var open = curly < 0 ? percent : percent < 0 ? curly : Math.Min(curly, percent);
        if (open < 0) return (-1, "", 0);
        var (opener, closer) = text[open + 1] == '%' ? ("{%", "%}")
            : text.AsSpan(open).StartsWith("{{<") ? ("{{<", ">}}")
            : text.AsSpan(open).StartsWith("{{%") ? ("{{%", "%}}")
            : ("{{", "}}");
        var end = text.IndexOf(closer, open + opener.Length, StringComparison.Ordinal);
        if (end >= 0) return (open, text[(open + opener.Length)..end], end + closer.Length);
        // A Hugo shortcode left open is still an instruction, not prose: it is dropped to the end of its line.
        // An unclosed "{{" or "{%" may be prose, and stays.
        if (opener.Length < 3) return (open, null, open + opener.Length);
        var lineEnd = text.IndexOf('\n', open);
        return (open, "", lineEnd < 0 ? text.Length : lineEnd);
    }

    private static string Replacement(string inner)
    {
        var words = inner.Trim().Trim('<', '>', '%', '-').Trim();
        var name = words.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!FigureNames.Contains(name, StringComparer.OrdinalIgnoreCase)) return "";
        var attributes = Attributes(words[name.Length..]);
        var caption = CaptionAttributes.Select(a => attributes.GetValueOrDefault(a)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        // The picture's credit is shown with its caption, as a paper prints it: a photographer is named on the page.
        if (Credit(attributes) is { } credit) caption = caption is null ? $"Photograph by {credit}" : $"{caption} Photograph by {credit}";
        return caption is null ? "" : $"![{MarkdownEscape.Text(caption)}]()";
    }

    private static readonly string[] CreditAttributes = ["attr", "credit", "photographer"];

    /// <summary>Whose picture it is ("Gage Skidmore"), without a "Credit:" label; a web address is no credit to show.</summary>
    private static string? Credit(Dictionary<string, string> attributes)
    {
        var credit = CreditAttributes.Select(a => attributes.GetValueOrDefault(a)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (credit is null || credit.Contains("://", StringComparison.Ordinal) || credit.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var label in new[] { "Credit:", "Photo:", "Image:", "Picture:" })
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase)) credit = credit[label.Length..].Trim();
        return credit.Length == 0 ? null : credit;
    }

    /// <summary>name="value", name='value' and name=value pairs.</summary>
    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var nameStart = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            var name = text[nameStart..i];
            if (i >= text.Length || text[i] != '=') continue;
            i++;
            string value;
            if (i < text.Length && text[i] is '"' or '\'')
            {
                var quote = text[i];
                var end = text.IndexOf(quote, i + 1);
                if (end < 0) end = text.Length;
                value = text[(i + 1)..end];
                i = Math.Min(end + 1, text.Length);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                value = text[start..i];
            }
            if (name.Length > 0) attributes.TryAdd(name, value);
        }
        return attributes;
    }
}
