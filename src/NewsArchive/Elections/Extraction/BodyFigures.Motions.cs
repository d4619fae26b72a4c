using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class BodyFigures
{
    /// <summary>
    /// The count of a body's vote on a motion or in its referendum: "Motion to re-affiliate passed 405 to 389" (405 for
    /// Yes, 389 for No), "Referendum to re-affiliate failed by 922 to 781" (922 against), "(13 for, 9 against, 6
    /// abstentions)". Each is <see cref="RawFigure.BodyOnly"/>: a division of the Commons ("the deal was rejected by
    /// 432 votes to 202") is no election. Abstentions are nobody's votes and no total: left unread.
    /// </summary>
    private static void FindMotionCounts(string sentence, List<RawFigure> found)
    {
        if (SentenceCues.HasAny(sentence, " to ") && MotionWord().IsMatch(sentence))
            foreach (Match m in Decided().Matches(sentence))
            {
                var carried = m.Groups["verb"].Value is "passed" or "carried" or "approved" or "overturned";
                AddSide(found, m.Groups["a"], carried ? "Yes" : "No", m.Index);
                AddSide(found, m.Groups["b"], carried ? "No" : "Yes", m.Index);
            }
        if (SentenceCues.HasAny(sentence, " for,", " for)") && SentenceCues.HasAny(sentence, "against", "abstention"))
            foreach (Match list in ForAgainstList().Matches(sentence))
                foreach (Match item in ForAgainstItem().Matches(list.Value))
                    if (item.Groups["w"].Value is "for" or "against")
                        AddSide(found, item.Groups["n"], item.Groups["w"].Value == "for" ? "Yes" : "No", list.Index, list.Index);
    }

    private static void AddSide(List<RawFigure> found, Group number, string side, int motion, int offset = 0)
    {
        var at = number.Index + offset;
        if (found.Any(f => f.Position < at + number.Length && at < f.End)) return;
        var value = NewsNumber.Parse(number.Value);
        if (value is null) return;
        found.Add(new RawFigure(FigureKind.Votes, value, at, at + number.Length) { Side = side, BodyOnly = true, Motion = motion });
    }

    /// <summary>What a body votes on: a motion, a referendum, a proposal, a paper put to its council.</summary>
    [GeneratedRegex(@"\b(?:[Mm]otions?|[Rr]eferend(?:um|a|ums)|[Pp]roposals?|[Pp]apers?|[Rr]esolutions?)\b")]
    private static partial Regex MotionWord();

    /// <summary>"passed 405 to 389", "overturned in an EGM by 315 to 254", "failed by 922 to 781", "fails by 965 to
    /// 696": the first count is the side the verb says won.</summary>
    [GeneratedRegex(@"\b(?<verb>passed|carried|approved|overturned|failed|fails|defeated|rejected)\s+(?:(?:in|at)\s+(?:an?|the)\s+[A-Z]{2,5}\s+)?(?:by\s+)?(?<a>\d[\d,]*)\s+(?:votes\s+)?to\s+(?<b>\d[\d,]*)\b(?!\s*(?:%|per\s+cent))")]
    private static partial Regex Decided();

    /// <summary>"(26 for, 2 abstentions)", "(13 for, 9 against, 6 abstentions)": a vote's count in brackets.</summary>
    [GeneratedRegex(@"\((?:\s*\d+\s+(?:for|against|abstentions?)\s*,?)+\)")]
    private static partial Regex ForAgainstList();

    [GeneratedRegex(@"(?<n>\d+)\s+(?<w>for|against|abstentions?)\b")]
    private static partial Regex ForAgainstItem();
}
