using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// The kinds of contest a sentence names by their words, placed or not ("in a by-election in June", "in the mayoral
/// election"). A figure the sentence's own contests do not take is filed under the one in view only when the sentence
/// names no other kind: "In a by-election in June, Labour's Rosena Allin-Khan won 55.9%", told after a general election,
/// is a by-election's figure whose place nobody wrote, not the general election's.
/// </summary>
internal static partial class KindsNamed
{
    /// <summary>True when the sentence names contests by kind and none of them is of the kind in view. One named in a
    /// clause of its own after the figure's position is that clause's.</summary>
    public static bool OnlyOthers(string sentence, ElectionKind inView, int position)
    {
        var any = false;
        foreach (Match m in Words().Matches(sentence))
        {
            // "Turnout was 29.7%, down from 49.4% at the general election": a contest measured against is not one told of.
            if (TextCues.MeasuredAgainst().IsMatch(sentence[..m.Index]) || TextCues.SetAgainst().IsMatch(sentence[..m.Index])) continue;
            if (m.Index > position && LaterClause().IsMatch(sentence[position..m.Index])) continue;
            any = true;
            if (Fits(m, inView)) return false;
        }
        return any;
    }

    /// <summary>A general election's seat is its part; a borough's mayor is elected with its council.</summary>
    private static bool Fits(Match m, ElectionKind kind) => kind switch
    {
        ElectionKind.General or ElectionKind.Constituency => m.Groups["general"].Success,
        ElectionKind.ByElection => m.Groups["by"].Success,
        ElectionKind.Mayoral => m.Groups["mayoral"].Success,
        ElectionKind.Local => m.Groups["local"].Success || m.Groups["mayoral"].Success,
        ElectionKind.Referendum => m.Groups["referendum"].Success,
        ElectionKind.PartyLeadership => m.Groups["leadership"].Success,
        ElectionKind.EuropeanParliament => m.Groups["european"].Success,
        ElectionKind.DevolvedParliament => m.Groups["assembly"].Success,
        _ => true,
    };

    /// <summary>", and Miliband resigned", ", triggering": a clause with its own subject and verb, or one that tells what
    /// followed, after a figure.</summary>
    [GeneratedRegex(@",\s+(?:and\s+)?(?:⟦[^⟧]*⟧|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+(?:\w+\s+)?\w+ed\b|,\s+(?:triggering|prompting|sparking|forcing|leading\s+to|paving\s+the\s+way\s+for)\b")]
    public static partial Regex LaterClause();

    /// <summary>Class: the words that name a contest's kind.</summary>
    [GeneratedRegex(@"\b(?:(?<general>general\s+elections?)|(?<by>by-elections?)|(?<mayoral>mayoral\s+(?:elections?|race|contest|poll|vote))"
        + @"|(?<local>(?:local|council|borough)\s+elections?)|(?<referendum>referendum)|(?<leadership>leadership\s+(?:elections?|contest|race|ballot))"
        + @"|(?<european>European\s+(?:Parliament(?:ary)?\s+)?elections?)|(?<assembly>(?:Assembly|Holyrood|Senedd|Scottish\s+Parliament)\s+elections?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
