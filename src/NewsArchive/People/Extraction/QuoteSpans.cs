using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>A run of quoted words in a paragraph, between its marks (the marks themselves excluded).</summary>
internal readonly record struct QuoteSpan(int Start, int End);

/// <summary>Finds quoted passages: curly double and single quotes and straight double quotes. A quote
/// left open runs to the paragraph's end, as a speech spanning paragraphs does.</summary>
internal static class QuoteSpans
{
    public static void Find(string text, List<QuoteSpan> spans)
    {
        spans.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '“' || c is '"' && OpensStraight(text, i) || c is '‘' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var end = FindClose(text, i + 1, c);
                if (end > i + 1) spans.Add(new QuoteSpan(i + 1, end));
                i = end + 1;
                continue;
            }
            i++;
        }
    }

    public static bool Contains(List<QuoteSpan> spans, int position)
    {
        foreach (var span in spans)
            if (position >= span.Start && position < span.End) return true;
        return false;
    }

    private static bool OpensStraight(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '–' or ':';

    private static int FindClose(string text, int from, char open)
    {
        var weak = -1;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (open == '“' && c == '”') return i;
            // A new opening mark after a possessive-looking mark means that mark closed the quote.
            if (weak >= 0 && c == '‘' && !char.IsLetterOrDigit(text[i - 1])) return weak;
            if (open == '"' && c == '"') return i;
            if (open != '‘' || c != '’') continue;
            if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) continue;
            // "Londoners’ lives" is a possessive unless a new quote opens after it.
            var possessive = text[i - 1] == 's' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);
            if (!possessive) return i;
            if (weak < 0) weak = i;
        }
        return text.Length;
    }
}
