using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>A figure beside a general election's seats: the seat's, or the whole general election's.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The election a figure placed under <paramref name="slug"/> is of, once a general election's seats are
    /// weighed; null for a seat's figure the archive holds no contest for (left out as a part of the electorate).</summary>
    private string? SeatOrWhole(ArticleSentence s, List<Placed> placed, RawFigure raw, string slug)
    {
        // "Theresa May's Conservatives won 317 seats", "Across London, Labour took 54.5%", "Turnout was 68.7%", after a seat's
        // result and naming no seat: no seat's figure, so the general election the seat in view was part of.
        if (registry.KindOf(slug) == ElectionKind.Constituency && registry.ParentOf(slug) is { } whole && !placed.Any(p => p.Slug == slug)
            && (raw.Kind is FigureKind.Seats or FigureKind.Turnout || RegionOfNation(s, whole) is not null))
            slug = whole;
        // "Turnout across London was 34 per cent", after a council's result: its round's, told for the region; with no
        // round, no council's.
        if (raw.Kind == FigureKind.Turnout && registry.KindOf(slug) == ElectionKind.Local && !NotACouncil.Contains(registry.AreaOf(slug))
            && !placed.Any(p => p.Slug == slug) && RegionNamed(s) is not null)
            return registry.ParentOf(slug) ?? registry.All.FirstOrDefault(e => e.Kind == ElectionKind.Local && NotACouncil.Contains(e.Area) && registry.YearOf(e.Slug) == registry.YearOf(slug)).Slug;
        // "Turnout in Richmond Park was 78.7%", at a general election: the seat's, when the article holds that seat's
        // contest, and otherwise a part of the electorate the archive does not hold; never the UK's.
        if (raw.Kind != FigureKind.Turnout || registry.KindOf(slug) != ElectionKind.General || RegionOfNation(s, slug) is not null
            || TurnoutIn().Match(s.Tokenised) is not { Success: true } turnoutIn || turnoutIn.Groups["place"].Value is "UK" or "Britain" or "Great Britain")
            return slug;
        var general = slug;
        return registry.All.FirstOrDefault(e => e.Kind == ElectionKind.Constituency && e.Area == turnoutIn.Groups["place"].Value && registry.ParentOf(e.Slug) == general).Slug;
    }

    /// <summary>"Turnout in Richmond Park was 78.7%": the place a turnout is told of.</summary>
    [GeneratedRegex(@"\b[Tt]urnout\s+(?:in|at)\s+(?<place>[A-Z][\w’'-]*(?:\s(?:and\s|upon\s|&\s)?[A-Z][\w’'-]*)*)")]
    private static partial Regex TurnoutIn();
}
