using NewsArchive.Language;

namespace NewsArchive.Search;

/// <summary>
/// Whether the words typed name a thing with a short name of its own (a party, an election): every word typed
/// must be a word of the name, the start of one ("mayor" of "mayoral"), or one with a slip in it. The score
/// counts exact words highest, so "labour" puts Labour before a party that merely starts so.
/// </summary>
public static class NameMatch
{
    public static double Score(IReadOnlyList<string> typed, IReadOnlyCollection<string> nameWords)
    {
        if (typed.Count == 0 || nameWords.Count == 0) return 0;
        var total = 0.0;
        foreach (var word in typed)
        {
            var best = 0.0;
            foreach (var candidate in nameWords)
            {
                best = Math.Max(best, WordScore(word, candidate));
                if (best >= 3) break;
            }
            if (best == 0) return 0;
            total += best;
        }
        return total;
    }

    /// <summary>The words of a name as search sees them ("Sinn Féin" → sinn, fein).</summary>
    public static IEnumerable<string> Words(string name) => SearchTerms.Parse(name).Words;

    private static double WordScore(string typed, string word)
    {
        if (typed == word) return 3;
        if (typed.Length >= 3 && word.StartsWith(typed, StringComparison.Ordinal)) return 2;
        var allowed = Typos.Allowed(typed);
        return allowed > 0 && EditDistance.Between(typed, word, allowed) <= allowed ? 1 : 0;
    }
}
