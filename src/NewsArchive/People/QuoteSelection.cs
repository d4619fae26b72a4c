using System.Text.RegularExpressions;
using NewsArchive.Language;

namespace NewsArchive.People;

/// <summary>
/// The quotes a reader is shown on a person's page. Outlets report the same speech, often word for word or
/// cut a little differently, so the archive holds it once per article; a reader wants it once. A fragment of
/// a word or three ("historic", "a new chapter") says nothing on its own and stays in its article.
/// </summary>
public static partial class QuoteSelection
{
    /// <summary>Share of the shorter quote's words that must appear in the longer for the two to be one speech:
    /// high enough that two different remarks on one subject stay apart, low enough that a changed word or two
    /// between outlets does not.</summary>
    private const double SameSpeechOverlap = 0.85;

    /// <summary>The quotes in their order, without fragments and without any that repeat an earlier one.</summary>
    public static IReadOnlyList<PersonQueries.QuoteView> ForReaders(IEnumerable<PersonQueries.QuoteView> quotes) => ForReaders(quotes, q => q.Text);

    /// <summary>The same for any quote row with its words in <paramref name="text"/>: the archive's build picks a
    /// page's quotes with it, so the page need not on every visit.</summary>
    public static List<T> ForReaders<T>(IEnumerable<T> quotes, Func<T, string> text)
    {
        var kept = new List<(T Quote, HashSet<string> Words)>();
        foreach (var quote in quotes)
        {
            if (Sentences.CountWords(text(quote)) < Extraction.PersonExtractor.MinQuoteWords) continue;
            var words = Words(text(quote));
            if (kept.Any(k => SameSpeech(k.Words, words))) continue;
            kept.Add((quote, words));
        }
        return kept.Select(k => k.Quote).ToList();
    }

    /// <summary>True when two quotes are one speech: the same words, one cut from the other, or all but a few
    /// words shared.</summary>
    public static bool SameSpeech(string a, string b) => SameSpeech(Words(a), Words(b));

    private static bool SameSpeech(HashSet<string> a, HashSet<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0) return false;
        return (double)shorter.Count(longer.Contains) / shorter.Count >= SameSpeechOverlap;
    }

    /// <summary>Words without case, punctuation or the curly and straight quote marks outlets differ in.</summary>
    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value.Trim('\'')).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();
}
