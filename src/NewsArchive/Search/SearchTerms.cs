using System.Text;
using NewsArchive.Text;

namespace NewsArchive.Search;

/// <summary>
/// What a user typed, reduced to plain words. Nothing the user types reaches a query as syntax: words are
/// letters and digits only, folded to lower-case ASCII, at least two characters long, and there are at
/// most <see cref="MaxWords"/>.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Words)
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 40;
    public const int MaxInputLength = 200;

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return new SearchTerms([]);
        var text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Slug.FoldToAscii(text.Normalize(NormalizationForm.FormKC)))
        {
            if (char.IsLetterOrDigit(c) && c < 128) word.Append(char.ToLowerInvariant(c));
            else Flush(word, words);
            if (words.Count == MaxWords) break;
        }
        Flush(word, words);
        return new SearchTerms(words.Take(MaxWords).ToList());
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        // Single letters ("s" of "Khan's", initials) carry nothing a search can use.
        if (word.Length < 2)
        {
            word.Clear();
            return;
        }
        words.Add(word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString());
        word.Clear();
    }

    /// <summary>An FTS5 MATCH expression: every word quoted, the last one also as a prefix.</summary>
    public string ToFtsQuery()
    {
        var parts = Words.Select((w, i) => i == Words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\"");
        return string.Join(' ', parts);
    }

    /// <summary>The same query for PostgreSQL: every word required, the last one also as a prefix.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select((w, i) => i == Words.Count - 1 ? $"{w}:*" : w));
}
