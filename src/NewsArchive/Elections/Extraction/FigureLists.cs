using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Figures news writes several at a time: a pair ("52-48", "52% to 48%", "306 vs. 232 electoral votes"); a list
/// matched to names "respectively" ("who gained 1716 and 1470 votes respectively"); a list that names each party
/// before its number and leaves the unit to the first ("the SNP had 40 seats, Liberal Democrats four and Labour
/// two"); and the same measure for an earlier contest ("30 seats from 10 in 2015").
/// </summary>
internal static partial class FigureLists
{
    private const string Q = NewsNumber.Pattern;

    public static void Find(string sentence, List<RawFigure> found)
    {
        if (sentence.Contains("respectively", StringComparison.Ordinal))
            foreach (Match m in Respectively().Matches(sentence)) AddList(found, m, KindOf(m.Groups["unit"].Value));
        if (PairWord().IsMatch(sentence))
            foreach (Match m in Pair().Matches(sentence))
            {
                var kind = m.Groups["unit"].Success ? KindOf(m.Groups["unit"].Value) : FigureKind.Share;
                var (a, b) = (Number(m.Groups["a"]), Number(m.Groups["b"]));
                // A two-way split of the vote in per cent adds up to about 100; counts need their unit.
                if (!m.Groups["unit"].Success && (a > 100 || b > 100 || a + b > 101 || a < b)) continue;
                AddList(found, m, kind);
            }
    }

    /// <summary>After each figure, the parties a list names with their numbers, and the earlier contest's figure.</summary>
    public static void Continue(string sentence, List<RawFigure> found)
    {
        foreach (var figure in found.Where(f => f.Kind is FigureKind.Seats or FigureKind.Share or FigureKind.Votes or FigureKind.Turnout).ToList())
        {
            var at = figure.End;
            for (var m = ListItem().Match(sentence, at); m.Success && m.Index == at; m = ListItem().Match(sentence, at))
            {
                var number = m.Groups["number"];
                if (found.Any(f => f.Position < number.Index + number.Length && number.Index < f.End)) break;
                found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(m), number.Index, number.Index + number.Length)
                {
                    ListParty = m.Groups["party"].Success ? Parties.Canonical(m.Groups["party"].Value) : null,
                    Side = m.Groups["side"].Success ? m.Groups["side"].Value : null,
                });
                at = m.Index + m.Length;
            }
            var compared = ComparedNumber().Match(sentence, figure.End);
            if (compared.Success && compared.Index == figure.End && figure.Kind is FigureKind.Votes or FigureKind.Share
                && !found.Any(f => f.Position == compared.Groups["n"].Index))
            {
                // "took 1,088,225 votes, or 43.8% of the total, against 812,397 for Hall": a count over 100 set
                // against a share answers the votes told before it.
                var value = NewsNumber.FromMatch(compared);
                var kind = figure.Kind == FigureKind.Share && value.Value > 100
                    && found.Any(f => f.Kind == FigureKind.Votes && f.End <= figure.Position) ? FigureKind.Votes : figure.Kind;
                if (kind == FigureKind.Votes || value.Value <= 100)
                    found.Add(new RawFigure(kind, value, compared.Groups["n"].Index, compared.Index + compared.Length));
            }
            var earlier = FromEarlier().Match(sentence, figure.End);
            if (earlier.Success && earlier.Index == figure.End)
            {
                // "turnout was 66.1%, up from 65.1% in 2010": the earlier per cent is a turnout too, not a party's share.
                var year = int.Parse(earlier.Groups["year"].Value);
                var read = found.FindIndex(f => f.Position == earlier.Groups["n"].Index);
                if (read < 0)
                    found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(earlier), earlier.Groups["n"].Index, earlier.Index + earlier.Length) { EarlierYear = year });
                else if (figure.Kind == FigureKind.Turnout && found[read].Kind == FigureKind.Share)
                    found[read] = found[read] with { Kind = FigureKind.Turnout, EarlierYear = year };
            }
        }
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    private static void AddList(List<RawFigure> found, Match m, FigureKind kind)
    {
        var numbers = m.Groups["n"].Captures;
        var count = numbers.Count;
        for (var i = 0; i < count; i++)
        {
            var n = numbers[i];
            if (found.Any(f => f.Position < n.Index + n.Length && n.Index < f.End)) return;
        }
        // A pair's side is the one named before its result word ("Leave beat Remain by 52-48": Leave's is the first
        // number); its people and parties are read in FigureSubjects.InList.
        var start = m.Index;
        for (var i = 0; i < count; i++)
        {
            var n = numbers[i];
            var value = NewsNumber.Parse(n.Value)!;
            found.Add(new RawFigure(kind, value, n.Index, n.Index + n.Length) { ListIndex = i, ListCount = count, ListStart = start, ListFirst = numbers[0].Index });
        }
    }

    private static decimal Number(Group g) => NewsNumber.Parse(g.Value)?.Value ?? 0;

    private static FigureKind KindOf(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "seats" or "seat" => FigureKind.Seats,
        "per cent" or "percent" or "%" or "per cent of the vote" => FigureKind.Share,
        _ => FigureKind.Votes,
    };

    private const string Num = @"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?";

    /// <summary>"162, 139, and 60 votes respectively", "35% and 32% respectively", "1716 and 1470 votes respectively".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>" + Num + @")\s?(?:%|per cent)?(?:\s*,\s*(?<n>" + Num + @")\s?(?:%|per cent)?)*\s*,?\s+and\s+(?<n>" + Num + @")\s?(?<unit>%|per cent|votes|seats)?\s*(?<unit>votes|seats|per cent|%)?\s*(?:of the vote\s+)?(?:in the first round\s+)?respectively\b")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\d\s*(?:%|per cent)?\s*(?:-|–|to|vs\.?|versus)\s*\d")]
    private static partial Regex PairWord();

    /// <summary>"52-48", "52% to 48%", "by 52 per cent to 48 per cent", "306 vs. 232 electoral votes". A pair needs a
    /// word of a result before it, so that a range or a score is not one; "from 45% to 42%" is a change, not a pair.</summary>
    [GeneratedRegex(@"\b(?:margin|by|won|win|winning|voted|vote|result|split|lost|losing|beat|beating|defeated|rejected|backed|approved|majority)\b[^.;:\d]{0,40}?(?<![\d.,£$])(?<!\bfrom\s+)(?<n>(?<a>\d{1,3}(?:\.\d)?))\s?(?:%|per cent)?\s*(?:-|–|to|vs\.?|versus)\s*(?<n>(?<b>\d{1,3}(?:\.\d)?))(?![\d,])(?:\s?(?:%|per cent))?(?:\s+(?<unit>votes|seats))?(?!\s*(?:years|year-old|months|days|per cent of (?!the vote)))|(?<n>(?<a>\d{1,3}(?:,\d{3})+|\d{3,}))\s*(?:vs\.?|versus|to)\s*(?<n>(?<b>\d{1,3}(?:,\d{3})+|\d{3,}))\s+(?:(?:electoral(?:\s+college)?|Electoral\s+College)\s+)?(?<unit>votes|seats)\b")]
    private static partial Regex Pair();

    /// <summary>The next item of a list after a figure, the body it is of named or not ("11 of the 25 seats on the London
    /// Assembly, the Conservatives eight"): ", Liberal Democrats four", " and Labour two", " compared with
    /// Labour's 232", after "11 of the 25 seats"; and " to the Conservatives' 198" after "won 356 seats", where
    /// "to" needs the possessive (without it, "to" is a change: "fell from 40 seats to Labour...").</summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:out\s+)?of\s+(?:the\s+|a\s+possible\s+)?\d+\s+)?(?:seats|per cent|votes)(?:\s+(?:on|in)\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?|%)?(?:\s*,\s*|\s+and\s+|\s*;\s*|\s*,?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+|\s+to\s+(?=(?:the\s+)?(?:" + Parties.Names + "|" + ElectionWords.Sides + @")['’]))(?:the\s+)?(?:(?<party>" + Parties.Names + @")|(?<side>Leave|Remain)(?=['’]s))(?:['’]s|(?<=s)['’])?\s+(?:on\s+|with\s+)?(?!(?:19|20)\d\d\s+\p{Ll})(?<number>" + Q + @")(?:\s?(?:per cent|%))?(?!\s*(?:seats|votes)?\s*(?:more|fewer|years))")]
    private static partial Regex ListItem();

    /// <summary>The other side of a comparison, in the first figure's unit: "20,645 votes, compared to 14,738 for the
    /// Liberal Democrat candidate", "55% against 40% for Labour", "43.8% of the total, against 812,397 for Hall", "20,645 votes in 2001, compared to 14,738 for ...". Its owner is named after it (<see cref="FigureSubjects.Forward"/>).</summary>
    [GeneratedRegex(@"\G(?:\s+(?:votes|per cent)|%)?(?:\s+of\s+the\s+(?:vote|total))?(?:\s+in\s+the\s+(?:first|second|third|final|last)\s+round)?(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:just\s+|only\s+)?" + Q + @"(?:\s?(?:per cent|%))?(?=\s+(?:votes\s+)?for\b)")]
    private static partial Regex ComparedNumber();

    /// <summary>"30 seats from 10 in 2015", "up from 35% in 2016", "compared with 58% at the 2001 general election":
    /// the same measure in an earlier contest.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:seats|per cent|votes)|%)?\s*,?\s+(?:(?:(?:up|down)\s+)?from|compared\s+(?:with|to))\s+(?:a\s+)?" + Q + @"(?:\s?(?:per cent|%|seats|votes))?(?=\s+(?:in|at)\s+(?:the\s+)?(?<year>(?:19|20)\d\d)\b)")]
    private static partial Regex FromEarlier();
}
