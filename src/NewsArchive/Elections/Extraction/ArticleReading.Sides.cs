using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A referendum's figures: whose side a pair's numbers are, and which numbers are a part of its area's.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>A place other than the referendum's area voting before the figure ("London voted 60-40 to remain",
    /// "Lambeth recorded the highest Remain vote, 78.6%"); "The UK voted" is the whole, its article no part of the name,
    /// and a side is no place ("Remain recorded 48.1%").</summary>
    private static bool PartOfArea(string text, int position, string area) =>
        PlaceVoted().Matches(text[..position]).Any(m => m.Groups["place"].Value != area && !Electorate().IsMatch(m.Groups["place"].Value));

    [GeneratedRegex(@"\b(?:The\s+)?(?<place>(?!The\b|(?:Leave|Remain|Yes|No)\b)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:voted|backed|chose|recorded|returned|gave)\b")]
    private static partial Regex PlaceVoted();

    /// <summary>Words for a whole referendum's electorate, not a part of it.</summary>
    [GeneratedRegex(@"^(?:Britain|Great Britain|UK|United Kingdom|Britons|Brits|Voters|Electors|People|Scots|They|We|It|Country|Nation|Public|The public|Turnout)$")]
    private static partial Regex Electorate();

    /// <summary>"decided by a slim margin of 52-48", no side named: a result pair puts the winner first, and the
    /// calendar knows which side won the referendums it holds.</summary>
    private string? WinnerFirst(string slug, RawFigure raw)
    {
        if (raw.Kind != FigureKind.Share || raw.ListCount != 2 || raw.ListIndex < 0 || ElectionCalendar.ReferendumOf(registry.AreaOf(slug), registry.YearOf(slug)) is not { } held) return null;
        return raw.ListIndex == 0 ? held.Winner : ElectionWords.OtherSide(held.Winner);
    }

    /// <summary>True for the UK's referendum of 2016, the one whose sides were Leave and Remain.</summary>
    private bool EuropeIn2016(string slug) => registry.AreaOf(slug) == "UK" && registry.YearOf(slug) == 2016;
}
