using System.Text.RegularExpressions;

namespace NewsArchive.Language;

public static partial class Parties
{
    /// <summary>Class: parties news calls by a common word once it has named them in full ("Reform UK won its first seat
    /// ... Reform polled just under 6%"). The word alone is too common to be the party anywhere else ("welfare reform",
    /// "the Reform Act", "the Alliance"), so it is the party's only in an article that names the party in full.</summary>
    private static readonly IReadOnlyList<(string Word, string Party)> ShortNames =
    [
        ("Reform", "Reform UK"),
        ("Alliance", "Alliance Party"),
        ("Reclaim", "Reclaim Party"),
    ];

    /// <summary>The short words the texts may use for a party, each with the party's name: those of parties the texts
    /// name in full.</summary>
    public static IReadOnlyList<(string Word, string Party)> ShortNamesIn(IEnumerable<string> texts)
    {
        var named = texts.SelectMany(t => NamedIn(t)).ToHashSet(StringComparer.Ordinal);
        return ShortNames.Where(s => named.Contains(s.Party)).ToList();
    }

    /// <summary>The text with each short word for a party written as the party's name, where the word stands alone as a
    /// name: not inside a longer name ("Electoral Reform Society", "the Reform Act", "Lords Reform"), not before "of"
    /// ("Reform of the Lords").</summary>
    public static string SpelledOut(string text, IReadOnlyList<(string Word, string Party)> shortNames)
    {
        foreach (var (word, party) in shortNames)
            if (text.Contains(word, StringComparison.Ordinal))
                text = ShortWord().Replace(text, m => m.Groups["w"].Value == word ? party : m.Value);
        return text;
    }

    /// <summary>A capitalised word standing alone: no capitalised word before it (save a sentence's opening "But",
    /// "The", a nation's name) and none, nor "of", after it.</summary>
    [GeneratedRegex(@"(?<!\b(?!(?:" + BeforeAPartysName + @")\s)\p{Lu}[\w’'-]*\s)\b(?<w>\p{Lu}\p{Ll}+)\b(?![-])(?!\s+(?:\p{Lu}|of\b))")]
    private static partial Regex ShortWord();
}
