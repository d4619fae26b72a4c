using AngleSharp.Dom;

namespace NewsArchive.Import;

/// <summary>
/// Takes out of a saved page what is never the article: scripts, forms, embedded frames, the site's
/// navigation, header and footer, sidebars, and blocks whose class or id names them as adverts, share bars,
/// newsletter sign-ups, related-story lists or cookie notices. Readability scoring then finds the article in
/// what is left; removing these first means none of them can be mistaken for a paragraph of the story.
/// </summary>
internal static class PageClutter
{
    private const string NeverContent =
        "script, style, noscript, template, iframe, object, embed, video, audio, canvas, svg, form, button, input, select, textarea, " +
        "dialog, nav, aside, footer, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], " +
        "[role='complementary'], [role='search'], [role='dialog'], [role='alertdialog']";

    // Compared with each word of a class or id ("inline-ad" has the words "inline" and "ad").
    private static readonly HashSet<string> ClutterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor", "sponsored", "promo",
        "promotion", "share", "sharing", "sharebar", "addthis", "sharethis", "social", "newsletter", "subscribe", "subscription",
        "signup", "related", "recommended", "recommendations", "outbrain", "taboola", "cookie", "cookies", "consent", "gdpr",
        "popup", "modal", "paywall", "comments", "mostread", "trending", "breadcrumb", "breadcrumbs", "pagination", "skiplink",
    };

    public static void Remove(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll(NeverContent).ToList()) element.Remove();
        // The site's own header; a header inside the article holds its headline and byline.
        foreach (var header in page.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null).ToList()) header.Remove();
        foreach (var element in page.QuerySelectorAll("[class], [id]").Where(IsClutter).ToList()) element.Remove();
    }

    private static bool IsClutter(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article") return false;
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(ClutterWords.Contains)
            || names.Contains("most-read", StringComparison.OrdinalIgnoreCase);
    }
}
