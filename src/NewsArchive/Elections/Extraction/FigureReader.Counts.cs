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
            AddUnread(found, FigureKind.Seats, new Quantity(0, Bound.Exact, m.Value), m);
    }

    [GeneratedRegex(@"\b(?:(?:fail(?:ed|s|ing)?\s+to|did\s+not|didn['’]t|without)\s+(?:win(?:ning)?|captur(?:e|ing)|tak(?:e|ing)|gain(?:ing)?|secur(?:e|ing)|get(?:ting)?)\s+a\s+single\s+seat|(?:won|winning|took|taking|gained|gaining|secured|securing)\s+no\s+seats)\b")]
    private static partial Regex NoSeats();

    /// <summary>"left Mr Khan on 1,013,721, or 40 per cent": a count in thousands beside its share is votes. Read after
    /// every other pattern, which may read it with more (a runner-up's place, a list's party).</summary>
    private static void CountsBesideShares(string sentence, List<RawFigure> found)
    {
        foreach (Match m in CountBesideShare().Matches(sentence))
            AddUnread(found, FigureKind.Votes, NewsNumber.FromMatch(m), m);
    }

    /// <summary>A count no other pattern has read any part of.</summary>
    private static void AddUnread(List<RawFigure> found, FigureKind kind, Quantity value, Match m)
    {
        if (!FigureLists.Taken(found, m.Index, m.Index + m.Length)) found.Add(new RawFigure(kind, value, m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(@"(?<![\d.,£$€])(?<n>\d{1,3}(?:,\d{3})+)(?=,\s+or\s+\d[\d.]*\s?(?:%|per\s+cent))")]
    private static partial Regex CountBesideShare();
}
