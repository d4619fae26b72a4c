using NewsArchive.People;

namespace NewsArchive.Bench;

internal sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() =>
        $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>One count per person per article. A found name refers to a gold person when its key is the
/// same, when it is the opening words of the gold name, when it is one word equal to the gold given name or surname ("Khan"), or when it holds the whole gold
/// name among extra words ("Tory Zac Goldsmith"). A gold person referred to is a true positive; a found name
/// that refers to nobody is a false positive; a gold person nobody refers to is a false negative.</summary>
internal static class Scoring
{
    public static Score Compare(IEnumerable<string> found, IReadOnlyCollection<string> gold, List<string>? misses = null) =>
        Compare(found, gold.Select(g => (g, (IReadOnlyList<string>)[])).ToList(), misses);

    /// <summary>With the other spellings the annotation gives each person ("Diane Abbot" for Diane Abbott): a
    /// found name refers to the person when it refers to their name or to one of those of two words or more.</summary>
    public static Score Compare(IEnumerable<string> found, IReadOnlyCollection<(string Name, IReadOnlyList<string> Aliases)> gold, List<string>? misses = null)
    {
        var predicted = found.Select(PersonName.Key).Where(k => k.Length > 0).Distinct().ToList();
        var forms = gold.GroupBy(g => PersonName.Key(g.Name))
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Aliases).Select(PersonName.Key).Where(k => k.Contains(' ')).Prepend(g.Key).Distinct().ToList());
        var people = forms.Keys.ToList();
        bool Any(string p, string g) => forms[g].Any(form => Refers(p, form));
        var referred = people.Where(g => predicted.Any(p => Any(p, g))).ToList();
        var strays = predicted.Where(p => !people.Any(g => Any(p, g))).ToList();
        var missed = people.Except(referred).ToList();
        misses?.AddRange(strays.Select(p => "+ " + p).Concat(missed.Select(g => "- " + g)));
        return new Score(referred.Count, strays.Count, missed.Count);
    }

    internal static bool Refers(string found, string gold)
    {
        if (found == gold) return true;
        var words = gold.Split(' ');
        if (!found.Contains(' ')) return words.Length > 1 && (words[0] == found || words[^1] == found);
        // "William Pitt" for "William Pitt the Younger": the opening words of a longer name.
        if ((gold + " ").StartsWith(found + " ", StringComparison.Ordinal)) return true;
        return (" " + found + " ").Contains(" " + gold + " ", StringComparison.Ordinal);
    }
}
