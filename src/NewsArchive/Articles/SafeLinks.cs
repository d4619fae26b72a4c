using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsArchive.Articles;

/// <summary>
/// What an article's Markdown may link to. Links keep only http, https, mailto and relative addresses; any
/// other scheme (javascript:, vbscript:, data: …) leaves the link's words as plain text. The archive keeps
/// no pictures, so no image loads, from this site or another: its description stays as text.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage) link.ReplaceBy(new LiteralInline(TextOf(link)));
            else if (!IsAllowedLink(link.Url)) Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || IsAllowedLink(autolink.Url)) continue;
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    public static bool IsAllowedLink(string? url) => SchemeOf(url) is not { } scheme || LinkSchemes.Contains(scheme);

    /// <summary>The scheme in lower case, or null for a relative address. Read as a browser reads it: tabs,
    /// line breaks and control characters inside ("java\tscript:") and spaces around do not count.</summary>
    private static string? SchemeOf(string? url)
    {
        var cleaned = Cleaned(url);
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = cleaned[..colon];
        // A colon after the path, query or fragment has begun is not a scheme's ("/a:b", "?x=y:z").
        return scheme.IndexOfAny(['/', '?', '#']) >= 0 ? null : scheme.ToLowerInvariant();
    }

    private static string Cleaned(string? url) => new((url ?? "").Where(c => c > ' ' && c != '\u007F').ToArray());

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
