using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A party choosing its leader, deputy leader or candidate: "the Labour leadership contest", "elected leader of
/// the Conservative Party", "won the Tory leadership", "selected as the Green candidate". The party is the
/// contest's area; a contest whose party is not named is not recorded.
/// </summary>
internal static partial class LeadershipContests
{
    private const string Party = @"(?<party>" + Parties.Names + ")";

    /// <summary>The area of a contest whose sentence names no party, until the article settles it.</summary>
    public const string PartyInView = "?party";

    /// <summary>The topic of a candidate selection, which the calendar of leadership contests does not date.</summary>
    public const string Selection = "selection";

    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!SentenceCues.HasAny(sentence, "eader", "selected", "selection")) return;
        foreach (var regex in new[] { Contest(), ContestOf(), ElectedLeader(), WonLeadership(), Selected() })
            foreach (Match m in regex.Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.PartyLeadership, Parties.Canonical(m.Groups["party"].Value), true,
                    topic: regex == Selected() ? Selection : null);
        // "after winning the leadership election, Corbyn reshuffled Labour's front bench": the one party the sentence names.
        // With no party in the sentence, the party the article is on (see ElectionExtractor.PlaceInPartysContest).
        var parties = Parties.NamedIn(sentence);
        if (parties.Count <= 1)
            foreach (Match m in UnnamedContest().Matches(sentence))
            {
                if (found.Covers(m.Index)) continue;
                // A party from the sentences around is lent only to a contest named as one, never to "elected leader"
                // of a council or a group.
                if (parties is [var party]) found.Add(m.Index, m.Index + m.Length, ElectionKind.PartyLeadership, party, true);
                else if (m.Value.StartsWith("leadership", StringComparison.Ordinal) || m.Value.StartsWith("deputy", StringComparison.Ordinal))
                    if (!Council().IsMatch(sentence)) found.Add(m.Index, m.Index + m.Length, ElectionKind.PartyLeadership, PartyInView, true);
            }
    }

    [GeneratedRegex(@"\b" + Party + @"(?:['’]s)?\s+(?:[Pp]arty\s+)?(?:deputy\s+)?leadership\s+(?:election|contest|race|ballot|bid|battle|challenge|candidate|candidacy|hopeful|shortlist)")]
    private static partial Regex Contest();

    [GeneratedRegex(@"\b(?:deputy\s+)?leadership\s+(?:election|contest|race|ballot|battle|challenge)\s+(?:of|in|for)\s+the\s+" + Party)]
    private static partial Regex ContestOf();

    [GeneratedRegex(@"\b(?:elected|chosen|became|become|becoming|to\s+be)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?(?:deputy\s+)?[Ll]eader\s+of\s+the\s+" + Party + @"|\b(?:elected|chosen|became|become|becoming|to\s+be)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?" + Party + @"\s+(?:deputy\s+)?leader\b")]
    private static partial Regex ElectedLeader();

    [GeneratedRegex(@"\bwon\s+the\s+(?:" + Party + @"\s+)?(?:deputy\s+)?leadership(?:\s+of\s+the\s+" + Party + ")?")]
    private static partial Regex WonLeadership();

    [GeneratedRegex(@"\b(?:deputy\s+)?leadership\s+(?:election|contest|race|ballot|battle|challenge|bid|candidate|candidacy|hopeful|shortlist)s?\b|\belected\s+(?:as\s+)?(?:the\s+)?(?:party\s+|new\s+)?(?:deputy\s+)?leader\b(?!\s+of\b)")]
    private static partial Regex UnnamedContest();

    [GeneratedRegex(@"\bselected\s+as\s+(?:the\s+)?" + Party + @"(?:['’]s)?\s+(?:parliamentary\s+|mayoral\s+)?candidate\b|\b" + Party + @"\s+(?:candidate\s+)?selection\b")]
    private static partial Regex Selected();

    [GeneratedRegex(@"\b(?:[Cc]ouncil\w*|Cllr|group|[Uu]nion|[Ss]ociety|[Cc]lub)\b")]
    private static partial Regex Council();
}
