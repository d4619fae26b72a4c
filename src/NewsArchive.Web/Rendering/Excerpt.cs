namespace NewsArchive.Web.Rendering;

public static class Excerpt
{
    /// <summary>The start of a text, cut at a word boundary.</summary>
    public static string Of(string text, int maxLength = 220)
    {
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength);
        return (cut > 0 ? text[..cut] : text[..maxLength]).TrimEnd(',', ';', ':', ' ', '–', '-') + "…";
    }
}
