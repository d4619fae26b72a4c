namespace NewsArchive.Search;

/// <summary>
/// Every word of every name in the index, each with the people whose names hold it, so a typed word is
/// compared with each distinct word once rather than with every person: exact words by lookup, prefixes by
/// binary search in the sorted words, typos only against words of a length within the allowed distance.
/// </summary>
internal sealed class NameWords
{
    private readonly string[] _sorted;
    private readonly int[][] _people;
    private readonly Dictionary<int, int[]> _byLength;

    public NameWords(IReadOnlyList<string[]> wordsOfPeople)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var person = 0; person < wordsOfPeople.Count; person++)
            foreach (var word in wordsOfPeople[person])
            {
                if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
                if (list.Count == 0 || list[^1] != person) list.Add(person);
            }
        _sorted = [.. postings.Keys.Order(StringComparer.Ordinal)];
        _people = [.. _sorted.Select(w => postings[w].ToArray())];
        _byLength = Enumerable.Range(0, _sorted.Length).GroupBy(i => _sorted[i].Length).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The people with a name word the typed word scores against, by <paramref name="scores"/>.</summary>
    public HashSet<int> PeopleMatching(string typed, int maxTypoDistance, Func<string, string, bool> scores)
    {
        var words = new HashSet<int>();
        if (typed.Length >= 2)
        {
            // Ordinal order keeps every word that starts with the typed one in one run.
            var first = LowerBound(typed);
            for (var i = first; i < _sorted.Length && _sorted[i].StartsWith(typed, StringComparison.Ordinal); i++) words.Add(i);
        }
        for (var length = typed.Length - maxTypoDistance; length <= typed.Length + maxTypoDistance; length++)
            foreach (var i in _byLength.GetValueOrDefault(length, []))
                if (!words.Contains(i) && scores(typed, _sorted[i])) words.Add(i);
        var people = new HashSet<int>();
        foreach (var i in words) people.UnionWith(_people[i]);
        return people;
    }

    /// <summary>The people with any name word <paramref name="scores"/> accepts, by looking at every distinct
    /// word: for the word still being typed, whose slips no length window bounds.</summary>
    public HashSet<int> PeopleMatchingAny(string typed, Func<string, string, bool> scores)
    {
        var people = new HashSet<int>();
        for (var i = 0; i < _sorted.Length; i++)
            if (scores(typed, _sorted[i])) people.UnionWith(_people[i]);
        return people;
    }

    private int LowerBound(string typed)
    {
        int low = 0, high = _sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(_sorted[middle], typed) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
