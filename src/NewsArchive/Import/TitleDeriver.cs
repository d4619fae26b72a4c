using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// A short, readable title for an article that arrived without a headline: the opening sentence, cut at a
/// clause boundary or else a word boundary, never mid-word and never the whole opening paragraph.
/// </summary>
public static class TitleDeriver
{
    public const int MaxLength = 90;
    private const int MinClauseCut = 35;

    private static readonly string[] ClauseBreaks = [" – ", " — ", " - ", ", ", "; ", ": ", " but ", " and ", " while ", " after ", " as ", " amid "];

    private static readonly HashSet<string> WeakEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as",
        "his", "her", "its", "their", "our", "my", "your", "that", "which", "who", "was", "is", "be", "has", "had",
        "have", "will", "would", "could", "should", "into", "over", "after", "than", "more", "most", "very",
    };

    public const string Untitled = "Untitled";

    /// <summary>The title for an article whose text opens with <paramref name="paragraph"/>, or
    /// <see cref="Untitled"/> when there is none (no opening, or one with no letter or digit).</summary>
    public static string ForOpening(string? paragraph) =>
        paragraph is not null && FromOpening(paragraph) is var title && title.Any(char.IsLetterOrDigit) ? title : Untitled;

    public static string FromOpening(string paragraph)
    {
        var sentence = Sentences.First(paragraph).TrimEnd();
        var title = sentence.TrimEnd('.');
        var isWholeParagraph = sentence.Length >= paragraph.TrimEnd().Length;
        if (title.Length <= MaxLength && !isWholeParagraph) return title;

        var limit = Math.Min(MaxLength, (int)(title.Length * (isWholeParagraph && title.Length <= MaxLength ? 0.7 : 1.0)));
        var clause = CutAtClause(title, limit);
        if (clause is not null) return clause;
        return CutAtWord(title, limit) + "…";
    }

    private static string? CutAtClause(string text, int limit)
    {
        var best = -1;
        foreach (var mark in ClauseBreaks)
        {
            var at = text.LastIndexOf(mark, Math.Min(limit, text.Length - 1), StringComparison.Ordinal);
            if (at >= MinClauseCut && at > best) best = at;
        }
        if (best < 0) return null;
        var cut = TrimWeakEnding(text[..best]);
        return cut.Length >= MinClauseCut ? cut : null;
    }

    private static string CutAtWord(string text, int limit)
    {
        var cut = text.LastIndexOf(' ', Math.Min(limit, text.Length - 1));
        return TrimWeakEnding(cut > 0 ? text[..cut] : text[..limit]);
    }

    private static string TrimWeakEnding(string text)
    {
        var result = text.TrimEnd(' ', ',', ';', ':', '–', '—', '-');
        while (true)
        {
            var space = result.LastIndexOf(' ');
            if (space <= 0 || !WeakEndings.Contains(result[(space + 1)..])) return result;
            result = result[..space].TrimEnd(' ', ',', ';', ':', '–', '—', '-');
        }
    }
}
