using System.Text;
using System.Xml;

namespace NewsArchive.Web.Feeds;

/// <summary>
/// Text made fit for XML 1.0, which forbids most control characters (a form feed in a headline made the
/// feed writer throw). Forbidden characters are dropped; a lone surrogate becomes U+FFFD.
/// </summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c))
                builder.Append('\uFFFD');
            else if (XmlConvert.IsXmlChar(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return false;
        }
        return true;
    }
}
