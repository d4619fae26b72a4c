using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Counts told without a unit: seats won told as none, votes told beside their share.</summary>
internal static partial class FigureReader
{
    /// <summary>"UKIP failed to capture a single seat", "did not win a single seat", "won no seats": none won is a count of
    /// seats, 0. Not "a seat", which may be one seat of many ("failed to win a seat in Wales").</summary>
    private static void NoSeatsWon(string sentence, List<RawFigure> found)
    {
        foreach (Match m in NoSeats().Matches(sentence))
            if (!found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End))
                found.Add(new RawFigure(FigureKind.Seats, new Quantity(0, Bound.Exact, m.Value), m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(@"\b(?:(?:fail(?:ed|s|ing)?\s+to|did\s+not|didn['’]t|without)\s+(?:win(?:ning)?|captur(?:e|ing)|tak(?:e|ing)|gain(?:ing)?|secur(?:e|ing)|get(?:ting)?)\s+a\s+single\s+seat|(?:won|winning|took|taking|gained|gaining|secured|securing)\s+no\s+seats)\b")]
    private static partial Regex NoSeats();

    /// <summary>"left Mr Khan on 1,013,721, or 40 per cent": a count in thousands beside its share is votes. Read after
    /// every other pattern, which may read it with more (a runner-up's place, a list's party).</summary>
    private static void CountsBesideShares(string sentence, List<RawFigure> found)
    {
        foreach (Match m in CountBesideShare().Matches(sentence))
            if (!found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End))
                found.Add(new RawFigure(FigureKind.Votes, NewsNumber.FromMatch(m), m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(@"(?<![\d.,£$€])(?<n>\d{1,3}(?:,\d{3})+)(?=,\s+or\s+\d[\d.]*\s?(?:%|per\s+cent))")]
    private static partial Regex CountBesideShare();
}
