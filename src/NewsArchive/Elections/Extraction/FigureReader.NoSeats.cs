using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Seats won told as none.</summary>
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
}
