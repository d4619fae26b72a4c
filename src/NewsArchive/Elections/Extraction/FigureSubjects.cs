using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Whose a figure is when the nearest name before it is not the answer: the one named after it ("compared to
/// 14,738 for the Liberal Democrat candidate"), the one in the same place of a list named before a pair or a
/// "respectively" list, and, in a referendum, the side ("the Yes vote had won with 62.1%").
/// </summary>
internal static partial class FigureSubjects
{
    /// <summary>The person or party named by "for ..." right after the number, or after its count and share ("193,229
    /// votes, or 38.2%, for Mr Smith"), or by a verb whose object or agent it is ("317 seats went to the Conservatives",
    /// "262 seats were won by Labour", "nearly 13 million people voted for Labour", "12.9 million votes (40%) were cast for
    /// Labour"). A verb's is the owner whatever is
    /// named before the number (<paramref name="linked"/>); a bare "for" is only where nothing else is.</summary>
    public static (string? Person, string? Party)? Forward(ArticleSentence sentence, RawFigure figure, out bool linked)
    {
        linked = false;
        // "down from the 64.5 per cent Mr Brokenshire took in 2019", "the 18,952 that the late James Brokenshire won": a
        // figure named with "the" and then who took it.
        if (sentence.Tokenised[..figure.Position].EndsWith("the ", StringComparison.Ordinal)
            && TakenBy().Match(sentence.Tokenised, figure.End) is { Success: true } taken && taken.Index == figure.End)
        {
            linked = true;
            return (sentence.PersonAt(ArticleSentence.PersonToken().Match(sentence.Tokenised, taken.Groups["p"].Index)), null);
        }
        var m = ForAfter().Match(sentence.Tokenised, figure.End);
        if (!m.Success || m.Index != figure.End) return null;
        linked = m.Groups["verb"].Success;
        return m.Groups["p"].Success
            ? (sentence.PersonAt(ArticleSentence.PersonToken().Match(sentence.Tokenised, m.Groups["p"].Index)), null)
            : (null, ElectionWords.RonOr(Parties.Canonical(m.Groups["party"].Value)));
    }

    /// <summary>"3.8 million votes (12.6%) being cast for the party": a number (or the share beside it) given to a party
    /// named before.</summary>
    public static bool ForTheParty(string text, RawFigure figure) =>
        ForParty().Match(text, figure.End) is { Success: true } m && m.Index == figure.End;

    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?\)?(?:\s+(?:votes|seats))?(?:\s*\(\d[\d.]*\s?(?:%|per cent)\))?(?:\s+(?:were|was|being|had\s+been|have\s+been))?\s+(?:cast\s+)?for\s+the\s+party\b")]
    private static partial Regex ForParty();

    /// <summary>The referendum side named by "for ..." right after the number: "16.1 million for Remain".</summary>
    public static string? SideAfter(string text, RawFigure figure) =>
        SideForAfter().Match(text, figure.End) is { Success: true } m && m.Index == figure.End ? m.Groups["side"].Value : null;

    /// <summary>True when the number is the other side of a comparison ("compared to 14,738", "against 977,601"),
    /// so the name before it is the first side's, not its own.</summary>
    public static bool Compared(string text, RawFigure figure) => ComparedAt(text, figure.Position);

    public static bool ComparedAt(string text, int position) =>
        ComparedBefore().IsMatch(text[Math.Max(0, position - 25)..position]) || ComparedShare().IsMatch(text[Math.Max(0, position - 45)..position]);

    /// <summary>For a number in a pair or a "respectively" list: the person or party in the same place among
    /// the names before the list, when there are as many names as numbers.</summary>
    /// <param name="pronounSubject">Whom a sentence opening on a pronoun is about ("He beat Bailey by 55.2% to 44.8%").</param>
    public static (string? Person, string? Party)? InList(ArticleSentence sentence, RawFigure figure, int clauseStart, string? pronounSubject)
    {
        var text = sentence.Tokenised;
        var before = NamesIn(sentence, clauseStart, figure.ListStart);
        // "Khan beat Goldsmith by 57% to 43%", "Goldsmith lost to Khan by 57% to 43%": the one before the verb and the
        // one after it, the winner's number first.
        var verb = WinOrLose().Match(text, figure.ListStart);
        // The subject, not a name in an aside before the verb ("Khan, backed by Corbyn, beat Goldsmith").
        var aside = Aside().Match(text[..figure.ListStart], clauseStart);
        var subjects = aside.Success ? before.Where(n => n.Position < aside.Index).ToList() : before;
        if (figure.ListCount == 2 && verb.Success && verb.Index == figure.ListStart
            && NamesIn(sentence, verb.Index + verb.Length, figure.Position) is [var after, ..])
        {
            // With no name before the verb, the one the pronoun stands for, or nobody: never the one after the verb twice.
            (int Position, string? Person, string? Party)? subject = subjects.Count > 0 ? subjects[^1]
                : pronounSubject is not null && pronounSubject != after.Person ? (clauseStart, pronounSubject, null) : null;
            var winnerFirst = !verb.Groups["lost"].Success;
            var pick = (figure.ListIndex == 0) == winnerFirst ? subject : after;
            return pick is { } p ? (p.Person, p.Party) : null;
        }
        // Otherwise the names before the first number, those after the result word too ("Labour won Battersea from
        // the Conservatives by 52% to 48%").
        var named = figure.ListFirst > figure.ListStart ? NamesIn(sentence, clauseStart, figure.ListFirst) : before;
        // "he and Smith took 61.8% and 38.2% respectively": the pronoun is the one it stands for, first.
        if (pronounSubject is not null && named.Count == figure.ListCount - 1 && PronounAndName().Match(text, clauseStart) is { Success: true } pair
            && pair.Index < figure.ListStart && named.All(n => n.Position > pair.Index && n.Person != pronounSubject))
            named = [(pair.Index, pronounSubject, null), .. named];
        // "Clinton leads the popular vote, 59,942,917 to 59,704,842": one name before a pair owns its first number.
        if (named.Count < figure.ListCount) return named is [var one] && figure.ListIndex == 0 ? (one.Person, one.Party) : null;
        var chosen = named[^figure.ListCount..][figure.ListIndex];
        return (chosen.Person, chosen.Party);
    }

    /// <summary>The last person named in the clause before the number: in a party's leadership contest, the contender
    /// whose figure it is ("Corbyn won the Labour leadership race in 2015 with 59.5% of the vote").</summary>
    public static string? Contender(ArticleSentence sentence, int clauseStart, RawFigure figure)
    {
        string? last = null;
        foreach (Match token in ArticleSentence.PersonToken().Matches(sentence.Tokenised[..figure.Position], clauseStart)) last = sentence.PersonAt(token);
        return last;
    }

    /// <summary>The distinct people and parties named between two positions, in order.</summary>
    private static List<(int Position, string? Person, string? Party)> NamesIn(ArticleSentence sentence, int from, int to)
    {
        var text = sentence.Tokenised;
        var names = new List<(int Position, string? Person, string? Party)>();
        foreach (Match token in ArticleSentence.PersonToken().Matches(text[..to], from))
            // "Hunt and Gove, Boris’ nearest rivals, won 43 and 37": a name in the possessive owns a noun, it is no side.
            if (!Possessive(text, token.Index + token.Length))
                names.Add((token.Index, sentence.PersonAt(token), null));
        foreach (Match party in Parties.Mention().Matches(text[..to], from))
            if (!names.Any(n => n.Position > party.Index && n.Position - party.Index < party.Length + 25))
                names.Add((party.Index, null, Parties.Canonical(party.Groups["party"].Value)));
        // "Re-open Nominations (RON)" is one name.
        foreach (Match ron in Ron().Matches(text[..to], from))
            if (!names.Any(n => n.Party == "RON" && ron.Index - n.Position < 30))
                names.Add((ron.Index, null, "RON"));
        names.Sort((a, b) => a.Position.CompareTo(b.Position));
        return names.DistinctBy(n => n.Person ?? n.Party).ToList();
    }

    [GeneratedRegex(@",[^,]*,\s*$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\G(?:" + Owners.Beat + @"|(?<lost>lost|losing|loses)\s+to)\s+")]
    private static partial Regex WinOrLose();

    /// <summary>The referendum side named before a position in its clause: "the Yes vote", "Leave", "voted to remain", "was
    /// won by No".</summary>
    public static string? Side(string text, int clauseStart, int position)
    {
        string? side = null;
        foreach (Match m in SideWord().Matches(text[..position], clauseStart))
        {
            var word = m.Groups["side"].Value;
            side = char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        }
        return side;
    }

    /// <summary>A side's figure in a pair or list: the side named first gets the first number, the other side the second.</summary>
    public static string? SideInPair(string text, int clauseStart, RawFigure figure)
    {
        var first = Side(text, clauseStart, figure.ListStart) ?? Side(text, clauseStart, figure.Position);
        if (first is null || figure.ListCount != 2) return figure.ListIndex <= 0 ? first : null;
        return figure.ListIndex == 0 ? first : ElectionWords.OtherSide(first);
    }

    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?(?:,(?=\s+for\b))?(?:\s+(?:votes|seats))?(?:,\s+or\s+\d[\d.]*\s?(?:%|per cent),)?(?:\s+of\s+the\s+vote)?(?:\s*\(\d[\d.]*\s?(?:%|per cent)\))?(?:\s+for|(?<verb>\s+(?:went|go|goes|fell)\s+to|(?:\s+(?:were|was|being|had\s+been|have\s+been))?\s+cast\s+for|\s+(?:were|was)\s+(?:won|taken|captured|gained|secured)\s+by|(?:\s+of(?=\s+(?:the\s+)?(?:voters|electorate)))?(?:\s+(?:the\s+)?(?:people|voters|electors|electorate|Britons))?\s+(?:had\s+)?(?:voted\s+for|backed)))\s+(?:the\s+|his\s+|her\s+)?(?:(?<party>" + Parties.Names + @")(?:['’]s)?(?:\s+(?:candidate|challenger|incumbent|nominee|rival|opponent))?\b(?:,?\s+(?<p>" + ArticleSentence.Person + @"))?|(?<party>" + ElectionWords.Ron + @")|(?<p>" + ArticleSentence.Person + "))")]
    private static partial Regex ForAfter();

    /// <summary>Who took the figure, named after it: "(the 64.5 per cent) Mr Brokenshire took", "(the 18,952) that the late
    /// James Brokenshire won".</summary>
    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?(?:\s+(?:votes|seats))?(?:\s+of\s+the\s+vote)?(?:\s+(?:that|which))?\s+(?:the\s+late\s+)?(?<p>" + ArticleSentence.Person + @")\s+(?:had\s+)?(?:took|won|polled|secured|got|received|gained|managed|racked\s+up)\b")]
    private static partial Regex TakenBy();

    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?(?:\s+(?:votes|ballots))?(?:\s+of\s+the\s+vote)?\s+for\s+(?:the\s+)?(?<side>Leave|Remain|Yes|No)\b(?!\s+(?:party|campaign\s+group)\b)")]
    private static partial Regex SideForAfter();

    /// <summary>"RON", "Re-open Nominations": a ballot option counted like a candidate (<see cref="ElectionWords.Ron"/>).</summary>
    [GeneratedRegex(ElectionWords.Ron)]
    public static partial Regex Ron();

    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|against|versus|vs\.?|to|while|whereas|and)\s+(?:just\s+|only\s+|a\s+mere\s+)?$")]
    private static partial Regex ComparedBefore();

    /// <summary>The share given beside the far side's count: "against 193,229 votes, or 38.2%, for Mr Smith", "compared with
    /// 909,755, or 35 per cent, for".</summary>
    [GeneratedRegex(@"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+\d[\d,]*(?:\s+votes)?,\s+or\s+$")]
    private static partial Regex ComparedShare();

    /// <summary>A side as news writes it: capitalised or quoted ("the ‘no’ vote"), or in "voted to leave".</summary>
    [GeneratedRegex(@"(?:\b(?:the\s+)?[""“‘']?(?<side>Yes|No)[""”’']?\s+(?:vote|votes|side|campaign|camp|voters)\b|[""“‘'](?<side>yes|no)[""”’']\s+(?:vote|votes|side|campaign|camp|voters)\b|\b(?<side>Leave|Remain)\b(?!\s+(?:the|it|office|power))|\bvoted\s+(?:to\s+)?(?<side>leave|remain)\b|\b(?:won|carried)\s+by\s+(?:the\s+)?[""“‘']?(?<side>Yes|No)\b|\b(?<side>Yes|No)[""”’']?\s+(?=(?:won|took|got|secured|polled|received|carried)\b))")]
    private static partial Regex SideWord();

    private static bool Possessive(string text, int end) =>
        end < text.Length && text[end] is '’' or '\'' && (end + 1 == text.Length || text[end + 1] is 's' or ' ');

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\s+and\s+(?=⟦)")]
    private static partial Regex PronounAndName();
}
