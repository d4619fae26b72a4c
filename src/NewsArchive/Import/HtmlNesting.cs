using System.Text;

namespace NewsArchive.Import;

/// <summary>
/// How deeply a page's elements nest, estimated from its bytes before any parser sees them. Parsing and
/// readability scoring both slow down sharply with depth (30,000 nested elements took minutes), and real
/// news pages nest a few dozen levels. Elements that never or need not close (br, img, p, li, td …) are not
/// counted, so sloppy but ordinary HTML is not mistaken for a nesting attack.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // elements whose end tag may be left out
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup", "caption",
        "html", "head", "body",
    };

    /// <summary>The deepest nesting seen, stopping early once past <paramref name="limit"/>.</summary>
    public static int Depth(ReadOnlySpan<byte> html, int limit = MaxDepth)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < html.Length && deepest <= limit)
        {
            var open = html[i..].IndexOf((byte)'<');
            if (open < 0) break;
            i += open + 1;
            if (i >= html.Length) break;
            if (html[i..].StartsWith("!--"u8))
            {
                var end = html[i..].IndexOf("-->"u8);
                i = end < 0 ? html.Length : i + end + 3;
                continue;
            }
            var closing = html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit((char)html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart) continue;
            var name = Encoding.ASCII.GetString(html[nameStart..nameEnd]);
            var tagEnd = html[nameEnd..].IndexOf((byte)'>');
            var selfClosing = tagEnd > 0 && html[nameEnd + tagEnd - 1] == '/';
            i = tagEnd < 0 ? html.Length : nameEnd + tagEnd + 1;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                i = SkipPast(html, i, name);
                continue;
            }
            if (NotCounted.Contains(name) || selfClosing) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else deepest = Math.Max(deepest, ++depth);
        }
        return deepest;
    }

    /// <summary>Script and style text is not markup: skip to the element's end tag.</summary>
    private static int SkipPast(ReadOnlySpan<byte> html, int from, string name)
    {
        var endTag = Encoding.ASCII.GetBytes($"</{name}");
        for (var i = from; i <= html.Length - endTag.Length; i++)
        {
            var next = html[i..].IndexOf((byte)'<');
            if (next < 0) break;
            i += next;
            if (i <= html.Length - endTag.Length && Ascii.EqualsIgnoreCase(html.Slice(i, endTag.Length), endTag)) return i;
        }
        return html.Length;
    }
}
