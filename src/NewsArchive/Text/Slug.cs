using System.Globalization;
using System.Text;

namespace NewsArchive.Text;

/// <summary>The one way the archive turns a name or headline into a URL segment.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in FoldToAscii(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c is not '\'' and not '’' and not '‘')
            {
                pendingDash = true;
            }
        }
        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }
        return slug.Length == 0 ? "untitled" : slug;
    }

    /// <summary>Removes accents ("Siân" -> "Sian") so slugs and name search agree.</summary>
    public static string FoldToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
