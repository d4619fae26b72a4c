using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>A figure told of one part of a city-wide or region-wide contest's area.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>"In the outer London borough of Bexley, ... the Conservatives took 46%", "in the City and East constituency,
    /// where they won just 15%", "In Havering, Hall led with 41%": in a mayor's or an assembly's election, a borough's or a
    /// constituency's figure is that part's, which the archive does not hold; not the whole contest's; nor is another
    /// place's turnout ("Turnout in London was 34%", told after a borough mayor's result).
    /// "The decisive state of Ohio went to the Republicans by about 136,000 votes": so is a state's or a province's in
    /// another country's national election.</summary>
    private bool OfAreaPart(ArticleSentence s, RawFigure raw, string slug)
    {
        if (registry.KindOf(slug) == ElectionKind.Foreign) return StateNamed().IsMatch(s.Tokenised[..raw.Position]);
        if (registry.KindOf(slug) is not (ElectionKind.Mayoral or ElectionKind.DevolvedParliament)) return false;
        var before = s.Tokenised[..raw.Position];
        if (PartNamed().IsMatch(before)) return true;
        // "Labour's Unmesh Desai was re-elected in City and East with 44.9%": a member elected in a place of the area.
        if (ElectedIn().Match(before) is { Success: true } elected && elected.Groups["place"].Value != registry.AreaOf(slug)
            && ElectionRecogniser.CleanArea(elected.Groups["place"].Value) == elected.Groups["place"].Value) return true;
        // "Turnout in London was around 34%", in a report of Tower Hamlets' mayor: another place's turnout, not the race's.
        // (A turnout's match opens on the word "turnout".)
        if (raw.Kind == FigureKind.Turnout && TurnoutIn().Match(s.Tokenised[..raw.End]) is { Success: true } turnout && !SamePlace(turnout.Groups["place"].Value, registry.AreaOf(slug))) return true;
        return OpensInPart().Match(before) is { Success: true } m && m.Groups["place"].Value != registry.AreaOf(slug)
            && ElectionRecogniser.CleanArea(m.Groups["place"].Value) is { } place && place == m.Groups["place"].Value;
    }

    /// <summary>"Labour had won more than 1,100 seats across the capital", with a council's election in view: London's
    /// boroughs all elect on one day, so in a year they did, a figure told across London is that round's, not the
    /// council's.</summary>
    private string? LondonsRound(ArticleSentence s, string slug)
    {
        if (registry.KindOf(slug) != ElectionKind.Local || NotACouncil.Contains(registry.AreaOf(slug))) return null;
        var year = registry.YearOf(slug);
        if (!ElectionCalendar.LondonBoroughsVoted(year) || RegionNamed(s) != "London") return null;
        return registry.Register(ElectionKind.Local, "London", year, registry.YearSourceOf(slug), s.Source, registry.ParentOf(slug));
    }

    /// <summary>"Greater London" is London's area, as "London" is.</summary>
    private static bool SamePlace(string named, string area) =>
        named.Contains(area, StringComparison.Ordinal) || area.Contains(named, StringComparison.Ordinal);

    /// <summary>"in the outer London borough of Bexley", "in the City and East constituency", "In the constituency contests".</summary>
    [GeneratedRegex(@"\b[Ii]n\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:borough|constituency|ward|district)\s+of\s+[A-Z]|[A-Z][\w’'-]*(?:\s(?:and\s|&\s)?[A-Z][\w’'-]*)*\s+(?:constituency|ward)\b|(?:constituency|ward|borough)\s+(?:contests|races|seats|results)\b|constituencies\b)")]
    private static partial Regex PartNamed();

    /// <summary>"the state of Ohio", "the province of Quebec".</summary>
    [GeneratedRegex(@"\b(?:state|province)\s+of\s+\p{Lu}")]
    private static partial Regex StateNamed();

    /// <summary>A sentence that opens on a place: "In Havering, ...", "But in Barnet, ...".</summary>
    [GeneratedRegex(@"^\W*(?:(?:But|And|Meanwhile|Elsewhere)\s*,?\s+)?[Ii]n\s+(?<place>[A-Z][\w’'-]*(?:\s(?:upon\s|&\s|and\s)?[A-Z][\w’'-]*)*)\s*,")]
    private static partial Regex OpensInPart();

    [GeneratedRegex(@"\b(?:re-?)?elected\s+in\s+(?<place>[A-Z][\w’'-]*(?:\s(?:upon\s|&\s|and\s)?[A-Z][\w’'-]*)*)")]
    private static partial Regex ElectedIn();
}
