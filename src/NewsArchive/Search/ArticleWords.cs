namespace NewsArchive.Search;

/// <summary>
/// Every word the articles hold, with how many articles hold it: what "did you mean" corrects a typed word to.
/// Sorted, so the last word typed can be known as the start of a word ("starm").
/// </summary>
public sealed class ArticleWords
{
    private readonly string[] _sorted;
    private readonly Dictionary<string, int> _articles;
    private readonly Dictionary<int, string[]> _byLength;

    public ArticleWords(IEnumerable<(string Word, int Articles)> words)
    {
        _articles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in words)
            if (word.Length >= 2 && word.All(char.IsAsciiLetterOrDigit)) _articles[word] = count;
        _sorted = [.. _articles.Keys.Order(StringComparer.Ordinal)];
        _byLength = _sorted.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int Count => _sorted.Length;

    /// <summary>True when some article holds the word, or (for the word still being typed) a word it starts.</summary>
    public bool Knows(string word, bool asPrefix)
    {
        if (_articles.ContainsKey(word)) return true;
        if (!asPrefix) return false;
        var i = Array.BinarySearch(_sorted, word, StringComparer.Ordinal);
        var next = i >= 0 ? i : ~i;
        return next < _sorted.Length && _sorted[next].StartsWith(word, StringComparison.Ordinal);
    }

    /// <summary>The words some article holds that start with <paramref name="prefix"/> (itself included), in
    /// order; null when there are more than <paramref name="max"/>.</summary>
    public IReadOnlyList<string>? Completions(string prefix, int max)
    {
        var i = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        var from = i >= 0 ? i : ~i;
        var to = from;
        while (to < _sorted.Length && _sorted[to].StartsWith(prefix, StringComparison.Ordinal))
            if (++to - from > max) return null;
        return _sorted[from..to];
    }

    /// <summary>The word most likely meant: the nearest by edit distance, and of those the one in most articles;
    /// null when the word is known or nothing is near enough.</summary>
    public string? Correct(string typed)
    {
        if (_articles.ContainsKey(typed) || typed.Any(char.IsAsciiDigit)) return null;
        var allowed = Typos.Allowed(typed);
        if (allowed == 0) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        for (var length = typed.Length - allowed; length <= typed.Length + allowed; length++)
            foreach (var word in _byLength.GetValueOrDefault(length, []))
            {
                var distance = Language.EditDistance.Between(typed, word, allowed);
                if (distance > allowed) continue;
                var count = _articles[word];
                if (distance < bestDistance || (distance == bestDistance && count > bestCount))
                    (best, bestDistance, bestCount) = (word, distance, count);
            }
        return best;
    }
}
