using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>A run of quoted words in a paragraph, between its marks (the marks themselves excluded).
/// <paramref name="Closed"/> is false for a quote left open at the paragraph's end: it runs on.</summary>
internal readonly record struct QuoteSpan(int Start, int End, bool Closed = true);

/// <summary>Finds quoted passages: curly double and single quotes, straight double quotes, and straight single
/// quotes that close within a phrase. A quote left open runs to the paragraph's end, as a speech spanning
/// paragraphs does.</summary>
internal static class QuoteSpans
{
    private const int MaxSingleQuote = 200;

    /// <param name="runsOn">The paragraph before has quotes. A writer who leaves out the opening mark of a quote
    /// running on into this paragraph ("I’ve been talking to people … mindsets.”") still closes it: the words up
    /// to a closing mark with no opening mark before it are the quote's.</param>
    public static void Find(string text, List<QuoteSpan> spans, bool runsOn = false)
    {
        spans.Clear();
        var i = 0;
        if (runsOn && text.IndexOf('”') is > 0 and var close && text.AsSpan(0, close).IndexOfAny('“', '"') < 0)
        {
            while (i < close && char.IsWhiteSpace(text[i])) i++;
            if (i < close) spans.Add(new QuoteSpan(i, close));
            i = close + 1;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '“' || c is '"' && OpensStraight(text, i) || c is '‘' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                || c is '\'' && OpensStraight(text, i) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                var end = FindClose(text, i + 1, c);
                // A straight single mark is an apostrophe ("'90s", "rock 'n' roll") unless it closes soon.
                if (c == '\'' && (end >= text.Length || end - i > MaxSingleQuote)) { i++; continue; }
                // A curly single mark left open is a quote running on only where a quote is introduced (after a
                // colon, a comma, a verb of speech or "that", or opening the paragraph); elsewhere it is an
                // apostrophe set the wrong way round ("the horror of ‘Nam", "the ‘90s").
                if (c == '‘' && end >= text.Length && !Introduced(text, i)) { i++; continue; }
                // "A. "B.": a straight mark with a space before and a word after opens the next quote, so the
                // one before it was left open; the mark is read again as an opening.
                var reopens = c == '"' && end < text.Length && end > 0 && char.IsWhiteSpace(text[end - 1])
                    && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]);
                var last = end;
                while (reopens && last > i + 1 && char.IsWhiteSpace(text[last - 1])) last--;
                // A quote left open that runs on into the next paragraph's quote ends as a sentence does
                // ("… will. "We …"). One that would run up to a mark opening mid-sentence ("… agenda. Dr Gibbons
                // said … after "tremendous change"") lost its closing mark: its first sentence is the most it can
                // be taken to hold, since what follows is the writer's own narration.
                if (reopens && !Sentences.EndsSentence(text[..last])) last = Math.Min(last, Sentences.NextEnd(text, i + 1));
                if (last > i + 1) spans.Add(new QuoteSpan(i + 1, last, !reopens && end < text.Length));
                i = reopens ? end : end + 1;
                continue;
            }
            i++;
        }
    }

    /// <summary>"Freedom and Direct Democracy", "Things Can Only Get Better": words in title case with no
    /// sentence punctuation name a party, a book, a song or a slogan; nobody is saying them.</summary>
    public static bool IsTitle(string words)
    {
        if (words.AsSpan().IndexOfAny(".!?;:,") >= 0) return false;
        var count = 0;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            count++;
            if (word.Length > 3 && !char.IsUpper(word[0])) return false;
        }
        return count <= 10 && char.IsUpper(words.TrimStart()[0]);
    }

    public static bool Contains(List<QuoteSpan> spans, int position)
    {
        foreach (var span in spans)
            if (position >= span.Start && position < span.End) return true;
        return false;
    }

    private static bool Introduced(string text, int i)
    {
        var k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        if (k < 0 || text[k] is ':' or ',' or '—' or '–' or '(') return true;
        // "He added ‘We …", "told the assembly that ‘the capital …": after a verb of speech or "that".
        var end = k + 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text.AsSpan(k + 1, end - k - 1);
        return word is "that" || Vocabulary.Classify(word) == WordClass.Speech;
    }

    private static bool OpensStraight(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '–' or ':';

    /// <summary>"governments’ in Westminster": a possessive is followed by what is owned, never by a preposition, a
    /// conjunction or a verb's helper, so a mark before one of those closes the quote.</summary>
    private static bool FunctionWordAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.AsSpan(at, end - at) is "in" or "at" or "on" or "to" or "of" or "for" or "from" or "by" or "with" or "and" or "or"
            or "but" or "as" or "that" or "when" or "while" or "after" or "before" or "is" or "was" or "are" or "were" or "he" or "she"
            or "they" or "it" or "which" or "who" or "the" or "a" or "an";
    }

    private static int FindClose(string text, int from, char open)
    {
        var weak = -1;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (open == '“' && c == '”') return i;
            // A straight mark can close a curly opening when the text mixes them ("…a hearing," Mr Bailey said).
            if (open == '“' && c == '"' && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))) return i;
            // A new opening mark after a possessive-looking mark means that mark closed the quote.
            if (weak >= 0 && c == '‘' && !char.IsLetterOrDigit(text[i - 1])) return weak;
            if (weak >= 0 && open == '\'' && c == '\'' && OpensStraight(text, i) && i + 1 < text.Length && char.IsLetter(text[i + 1])) return weak;
            if (open == '"' && c == '"') return i;
            if (!(open == '‘' && c == '’' || open == '\'' && c == '\'')) continue;
            if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) continue;
            // "Londoners’ lives" is a possessive unless a new quote opens after it.
            var possessive = text[i - 1] == 's' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2])
                && !FunctionWordAt(text, i + 2);
            if (!possessive) return i;
            if (weak < 0) weak = i;
        }
        return open == '\'' && weak >= 0 ? weak : text.Length;
    }
}
