using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The party a sentence gives a person: "Tory Shaun Bailey", "the Greens’ Sian Berry",
/// "Leader of the Reclaim Party Laurence Fox", "who polled 16,319 for the SNP", "Jane Doe (Lab)", "Jane Doe (Labour)", "Jane Doe, Labour, 21,034".</summary>
internal static partial class PartyLabels
{
    private const string P = ArticleSentence.Person;

    public static IEnumerable<(string Person, string Party)> Find(ArticleSentence sentence)
    {
        var text = sentence.Tokenised;
        foreach (var regex in sentence.Cues.Party ? [Before(), LeaderOf(), ForParty(), Apposition()] : Array.Empty<Regex>())
        {
            foreach (Match m in regex.Matches(text))
                yield return (PersonIn(sentence, m), Parties.Canonical(m.Groups["party"].Value));
        }
        foreach (Match m in text.Contains('(') ? Bracketed().Matches(text) : Enumerable.Empty<Match>())
            yield return (PersonIn(sentence, m), m.Groups["abbr"].Success ? Parties.FromLabel(m.Groups["abbr"].Value)! : Parties.Canonical(m.Groups["party"].Value));
        foreach (Match m in sentence.Cues.Party ? ListedWithCount().Matches(text) : Enumerable.Empty<Match>())
            yield return (PersonIn(sentence, m), Parties.Canonical(m.Groups["party"].Value));
    }

    private static string PersonIn(ArticleSentence sentence, Match m) =>
        sentence.PersonAt(ArticleSentence.PersonToken().Match(sentence.Tokenised, m.Groups["p"].Index));

    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")(?:'s|’s|s’|’|')?\s+(?:(?:mayoral|parliamentary|Assembly)\s+)?(?:(?:" + Parties.Roles + @")\s+)?(?<p>" + P + ")")]
    private static partial Regex Before();

    [GeneratedRegex(@"\b[Ll]eader\s+of\s+the\s+(?<party>" + Parties.Names + @")\s+(?<p>" + P + ")")]
    private static partial Regex LeaderOf();

    /// <summary>"who polled 16,319 for the SNP"; not the party of a rival the count is set against ("won 13,965 votes to
    /// 13,470 for Labour's John Roe").</summary>
    [GeneratedRegex(@"(?<p>" + P + @"),?\s+(?:who\s+)?(?:polled|won|took|received|got)\s+(?:(?!\b(?:to|against)\s)[^,;⟦]|,(?=\d)){0,30}?\bfor\s+(?:the\s+)?(?<party>" + Parties.Names + @")\b(?!['’])")]
    private static partial Regex ForParty();

    [GeneratedRegex(@"(?<p>" + P + @"),\s+(?:the\s+)?(?<party>" + Parties.Names + @")\s+(?:candidate|MP|MSP|AM|challenger|incumbent)\b")]
    private static partial Regex Apposition();

    /// <summary>"Jane Doe (Lab)", "Jane Doe (Labour)": a label or a party's name in brackets after the name.</summary>
    [GeneratedRegex(@"(?<p>" + P + @")\s*\((?:(?<abbr>Lab|Con|LD|Lib Dem|SNP|PC|Green|Grn|UKIP|Ref|DUP|SF|SDLP|UUP)|(?:the\s+)?(?<party>" + Parties.Names + @"))\)")]
    private static partial Regex Bracketed();

    /// <summary>A line of a results list: "Jane Doe, Labour, 21,034".</summary>
    [GeneratedRegex(@"(?<p>" + P + @")\s*,\s*(?:the\s+)?(?<party>" + Parties.Names + @")\s*,\s*\d")]
    private static partial Regex ListedWithCount();
}
