using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsArchive.Search;

namespace NewsArchive.Web.Rendering;

public static class SnippetHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes a full-text snippet and turns its match markers into &lt;mark&gt; elements.</summary>
    public static string From(string snippet)
    {
        var builder = new StringBuilder(snippet.Length + 32);
        var parts = snippet.Split([ArticleSearch.MatchStart, ArticleSearch.MatchEnd]);
        for (var i = 0; i < parts.Length; i++)
        {
            // Parts alternate: outside a match, inside one, outside, ...
            if (i > 0) builder.Append(i % 2 == 1 ? "<mark>" : "</mark>");
            builder.Append(Encoder.Encode(parts[i]));
        }
        if (parts.Length % 2 == 0) builder.Append("</mark>");
        return builder.ToString();
    }
}
