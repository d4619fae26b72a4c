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

    /// <summary>The side a sentence says won a referendum: "Britain has voted to leave the European Union", "Scotland
    /// voted No", "Leave won", "the Yes campaign has won". The whole electorate's vote only: "London voted to remain",
    /// "In Wales, Leave won" and "Remain won in London" are a part's, and "the 48% who voted Remain" a side's voters,
    /// not its win. Leave and Remain are the sides of 2016's referendum alone.</summary>
    private void SideWinners(ArticleSentence s, List<Placed> placed)
    {
        var text = s.Tokenised;
        foreach (Match m in SideWon().Matches(text))
        {
            if (ElectionFor(s, placed, m.Index, null) is not { } slug || registry.KindOf(slug) != ElectionKind.Referendum) continue;
            var area = registry.AreaOf(slug);
            var place = m.Groups["place"].Success ? m.Groups["place"].Value : OpensInPart().Match(text[..m.Index]) is { Success: true } opening ? opening.Groups["place"].Value : null;
            if (place is not null && place != area && !Electorate().IsMatch(place)) continue;
            var side = m.Groups["against"].Success ? "No" : ElectionWords.SideName(m.Groups["side"].Value);
            var leaveOrRemain = side is "Leave" or "Remain";
            if (leaveOrRemain != EuropeIn2016(slug)) continue;
            candidacies.Add(slug, null, side, Outcome.Elected, s.Source);
        }
    }

    [GeneratedRegex(@"(?:\b(?:[Tt]he\s+)?(?<place>(?!The\b|(?:Leave|Remain|Yes|No)\b)[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)|\b(?:[Tt]he\s+(?:country|public|nation|electorate)|[Vv]oters))\s+(?:has\s+|have\s+)?voted\s+(?:(?:to|for)\s+|in\s+favour\s+of\s+)?[""“‘']?(?:(?<side>leave|remain|leaving|remaining|Leave|Remain|Yes|No)\b|(?<against>against)\b)|(?<!\d\s?%?\s)\b(?<side>Leave|Remain)\s+(?:has\s+|had\s+)?won\b(?!\s+\d|\s+(?:in|across)\s+(?:the\s+)?\p{Lu})|\b[Tt]he\s+[""“‘']?(?<side>Yes|No)[""”’']?\s+(?:side|campaign|camp|vote)\s+(?:has\s+|had\s+)?(?:won|prevailed|triumphed|carried\s+the\s+day)\b")]
    private static partial Regex SideWon();

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
