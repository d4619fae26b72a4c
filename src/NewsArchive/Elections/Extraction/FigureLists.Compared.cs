using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The other side of a comparison told after a figure.</summary>
internal static partial class FigureLists
{
    private static void ComparedAfter(string sentence, RawFigure figure, List<RawFigure> found)
    {
        var compared = ComparedNumber().Match(sentence, figure.End);
        if (compared.Success && compared.Index == figure.End && figure.Kind is FigureKind.Votes or FigureKind.Share or FigureKind.Seats
            && !found.Any(f => f.Position == compared.Groups["n"].Index))
        {
            // "took 1,088,225 votes, or 43.8% of the total, against 812,397 for Hall": a count over 100 set
            // against a share answers the votes told before it.
            var value = NewsNumber.FromMatch(compared);
            var kind = figure.Kind == FigureKind.Share && value.Value > 100
                && found.Any(f => f.Kind == FigureKind.Votes && f.End <= figure.Position) ? FigureKind.Votes : figure.Kind;
            // "with 1,206,034 votes against 977,601.": with no one named after it, a count against a count is a pair,
            // whose owners are named before it (see ArticleReading.EarlierOwners, FigureSubjects.InList).
            if (compared.Groups["bare"].Success)
            {
                if (figure is { Kind: FigureKind.Votes, ListIndex: < 0 } && kind == FigureKind.Votes && value.Value > 100 && found.IndexOf(figure) is var first and >= 0)
                {
                    found[first] = figure with { ListIndex = 0, ListCount = 2, ListStart = figure.Position, ListFirst = figure.Position };
                    found.Add(new RawFigure(kind, value, compared.Groups["n"].Index, compared.Index + compared.Length)
                        { ListIndex = 1, ListCount = 2, ListStart = figure.Position, ListFirst = figure.Position });
                }
            }
            else if (kind is FigureKind.Votes or FigureKind.Seats || value.Value <= 100)
                found.Add(new RawFigure(kind, value, compared.Groups["n"].Index, compared.Index + compared.Length));
        }
    }

    /// <summary>The other side of a comparison, in the first figure's unit: "20,645 votes, compared to 14,738 for the
    /// Liberal Democrat candidate", "55% against 40% for Labour", "43.8% of the total, against 812,397 for Hall",
    /// "20,645 votes in 2001, compared to 14,738 for ...", "1,310,143 votes after second preferences were counted,
    /// against 994,614 for Goldsmith", "once second preferences were added in, against 994,614 for his Conservative
    /// rival", "after second preferences against 992,273". Its owner is named after it (<see
    /// cref="FigureSubjects.Forward"/>), or, with nobody named after it ("1,206,034 votes against 977,601."), it is a
    /// pair's second.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:votes|per cent|seats)|%)?(?:\s+of\s+the\s+(?:vote|total))?(?:\s+in\s+the\s+(?:first|second|third|final|last)\s+round|\s+(?:after|once|when)\s+(?:the\s+)?(?:second|first)[-\s]preferences?\s+(?:votes\s+)?(?:were|had\s+been)\s+(?:counted|added(?:\s+in)?|allocated|transferred|redistributed)|\s+(?:after|on)\s+(?:the\s+)?(?:second|first)[-\s]preferences?(?:\s+votes)?)?(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:just\s+|only\s+)?" + Q + @"(?:\s?(?:per cent|%))?(?:(?=\s+(?:votes\s+|seats\s+)?for\b)|(?<bare>(?=\s*(?:[.;]|,\s|$))))")]
    private static partial Regex ComparedNumber();
}
