using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Seats told as members returned: a party's MPs, MEPs or councillors.</summary>
internal static partial class FigureReader
{
    /// <summary>"That compares with 41 Conservative councillors four years ago", "the party won 30 Labour MPs":
    /// members of a party named between the number and the word for them are that party's seats. Only where a result
    /// is told: after "won", "returned", "compared with", "finished with" ... (not "has", "with" or "against":
    /// "the whips moved against 12 Labour MPs") with nothing after but the clause's end or when it was, or
    /// before "remain" (in the Commons), "were elected", "survived" ("Now only eight Lib Dem MPs remain in the House of
    /// Commons"); "50 Labour MPs signed the letter", "40 Labour MPs remain loyal" and "had 32 Conservative councillors
    /// before the election" are no result.</summary>
    private static void PartysMembers(string sentence, List<RawFigure> found)
    {
        foreach (Match m in PartyMembers().Matches(sentence))
        {
            var end = m.Groups["noun"].Index + m.Groups["noun"].Length;
            if (found.Any(f => f.Position < end && m.Index < f.End)) continue;
            found.Add(new RawFigure(FigureKind.Seats, NewsNumber.FromMatch(m), m.Index, end) { ListParty = Parties.Canonical(m.Groups["party"].Value) });
        }
    }

    [GeneratedRegex(@"(?<=\b(?:" + ResultLead + @"|compared\s+(?:with|to)|compares\s+(?:with|to)|down\s+to|up\s+to)\s+" + LeadQualifier + ")"
        + Q + @"(?=\s+(?<party>" + Parties.Names + @")\s+(?<noun>MPs|MEPs|MSPs|AMs|councillors)\b(?:\s*(?:[,.;:)]|$)|\s+(?:in\s+(?:19|20)\d\d|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:ago|earlier|before|previously)|last\s+time|at\s+the\s+last\s+election)\b))"
        + @"|(?<![\w,.])" + Q + @"(?=\s+(?<party>" + Parties.Names + @")\s+(?<noun>MPs|MEPs|MSPs|AMs|councillors)\s+(?:now\s+)?(?:remain(?=\s*(?:[,.;:–—]|$)|\s+(?:in\s+(?:the\s+)?(?:House\s+of\s+Commons|Commons|Parliament)|at\s+Westminster)\b)|were\s+(?:elected|returned)\b(?!\s+(?:to|as|onto|on|chair)\b)|survived\b))")]
    private static partial Regex PartyMembers();

    /// <summary>Seats told as a change from the last contest's number to this one's: "fell from 57 seats to eight", "their
    /// number of MPs was cut from 57 to just eight". The number it went from is the contest before's (see
    /// <see cref="LeftOutRules"/>); a share or votes ("from 57 seats to 8%") are not seats.</summary>
    [GeneratedRegex(@"(?<=\bfrom\s+" + Q + @"\s+(?:(?:council|Westminster|Commons|parliamentary)\s+)?" + Members + @"\s+to\s+(?:(?:just|only|a\s+mere)\s+)?|\b" + Members + @"\s+(?:\w+\s+){0,2}?from\s+" + Q + @"\s+to\s+(?:(?:just|only|a\s+mere)\s+)?)" + Q + @"(?!\s*(?:per cent|percent|%|-|votes|points|years))(?!\d|,\d|\.\d)")]
    private static partial Regex MembersChangedTo();

    private const string Members = @"(?:seats|MPs|MEPs|MSPs|AMs|TDs|councillors|deputies|senators)";

    /// <summary>Words of a result before a number of members, shared by <see cref="PartyMembers"/> and
    /// <see cref="MembersWon"/>: "won", "elected", "returned", "reduced to", "finished with" ...</summary>
    private const string ResultLead = @"won|winning|elected|returned|returning|reduced\s+to|(?:left|finished|ended(?:\s+up)?)\s+with";

    /// <summary>A hedge between those words and the number: "won only", "returned a total of".</summary>
    private const string LeadQualifier = @"(?:(?:only|just|a\s+mere|a\s+total\s+of)\s+)?";

    /// <summary>Members returned as seats won: "they gained only 23 MPs", "won 56 MPs", "Labour has 356 MPs" (not
    /// "would have 240 MPs", nor "had 32 councillors before the election", the standing before it), "managed to get 66
    /// MPs", "despite only having one MP", "a parliamentary party of eight MPs"; members of other bodies too: "UKIP won
    /// 24 MEPs", "the SNP won 69 MSPs", "returned 40 councillors", "won 52 deputies", "finished with 33 councillors"
    /// (and "to Labour's 27", but not "from" or "to" another number), and after a share: "came second with 25.4% and 20
    /// MEPs"; not members got from other parties or to back something ("got 20 deputies from smaller parties to back
    /// its budget"); and a place held with them ("held Wandsworth with 41 councillors"), where a council's are its
    /// seats won.</summary>
    [GeneratedRegex(@"(?<=\b(?:" + ResultLead + @"|gained|gaining|secured|got|get|getting|took|(?<!\b(?:would|could|might|should|will|may|must|to)\s+)(?:has|have)|parliamentary\s+party\s+of|(?:held|kept|retained|won|took|gained|captured|seized)\s+\p{Lu}[\w’'-]*(?:\s+(?:and\s+|upon\s+|of\s+)?\p{Lu}[\w’'-]*)*\s+with)\s+" + LeadQualifier + @"|\b(?:with|on|won|took|polled|secured)\s+\d+(?:\.\d+)?\s?(?:%|per\s+cent)(?:\s+of\s+the\s+vote)?\s+and\s+)" + Q + @"(?=\s+(?:new\s+)?(?:MPs|MEPs|MSPs|AMs|TDs|councillors|deputies|senators)\b(?!\s+(?:from|to)\b(?!\s+(?:the\s+)?(?:" + Parties.Names + @")['’])))|(?<=\b(?:won|has|have|having|had|with|elected|returned|votes\s+and)\s+(?:(?:only|just)\s+)?)\b(?<n>one|1)(?=\s+(?:solitary\s+|single\s+|elected\s+)?(?:MP|Member of Parliament)\b)")]
    private static partial Regex MembersWon();
}
