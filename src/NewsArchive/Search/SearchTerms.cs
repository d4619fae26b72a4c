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

    /// <summary>Most words a last word may stand for before it is searched as a prefix instead.</summary>
    public const int MaxCompletions = 32;

    /// <summary>An FTS5 MATCH expression: every word quoted, the last one also as a prefix.</summary>
    /// <param name="words">The archive's words. When given, the last word is written as the words it starts
    /// (<c>("tax" OR "taxes")</c>, up to <see cref="MaxCompletions"/>): the same articles match (save through
    /// words with letters outside ASCII, which the list leaves out), but FTS5 reads a word's list lazily, newest
    /// first, and stops, where a prefix makes it merge every match's entry before the first row.</param>
    public string ToFtsQuery(ArticleWords? words = null)
    {
        var parts = Words.Select((w, i) => i == Words.Count - 1 ? LastWord(w, words) : $"\"{w}\"").ToList();
        return string.Join(words is null ? " " : " AND ", parts);
    }

    private static string LastWord(string word, ArticleWords? words) =>
        words?.Completions(word, MaxCompletions) is { Count: > 0 } completions
            ? completions.Count == 1 ? $"\"{completions[0]}\"" : $"({string.Join(" OR ", completions.Select(c => $"\"{c}\""))})"
            : $"\"{word}\"*";

    /// <summary>The same query for PostgreSQL: every word required, the last one also as a prefix.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select((w, i) => i == Words.Count - 1 ? $"{w}:*" : w));
}
