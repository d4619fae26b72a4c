using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>Earlier contests a report names only by their year.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>"the first outright Conservative win since 1992", "more seats than at any election since 1923", "the
    /// highest turnout since 1968", "the 232 seats it won in 2015", in a report of a contest: a year before it in which the calendar holds the same contest (for a seat's
    /// contest or a by-election, the general election) names that contest, held then. A mention only: no figure is
    /// filed under it by this rule. A year a body was founded in, or a person born in, is no contest's.</summary>
    private void YearsMentioned(ArticleSentence s, List<Placed> placed)
    {
        var text = s.Tokenised;
        if (!YearDigits().IsMatch(text)) return;
        // "The next general election is due in 2020; ... the 232 seats it won in 2015": a contest still to come is in
        // view as much as one held.
        var inView = placed.FirstOrDefault(p => p.Slug is not null && !p.Earlier && !p.Before)?.Slug
            ?? (Recent(context, s.Paragraph, ContextParagraphs) ? context!.Value.Slug : null);
        if (inView is null) return;
        var (kind, area) = registry.KindOf(inView) is ElectionKind.ByElection or ElectionKind.Constituency
            ? (ElectionKind.General, "UK") : (registry.KindOf(inView), registry.AreaOf(inView));
        foreach (Match m in YearTold().Matches(text))
        foreach (Capture told in m.Groups["y"].Captures)
        {
            var year = int.Parse(told.Value, System.Globalization.CultureInfo.InvariantCulture);
            if (year >= registry.YearOf(inView) || !HeldThen(kind, area, year) || TextCues.FoundedBefore().IsMatch(text[..told.Index])) continue;
            // "four party leaders since 2006", "agreed with Ms Hutt in 2003 that she would not be health minister": a
            // year told of something else than voting is no contest's.
            var near = text[Math.Max(0, m.Index - VotingReach)..Math.Min(text.Length, m.Index + m.Length + VotingReach)];
            if (!VotingWord().IsMatch(near)) continue;
            // A council's contest is the council's the sentence names; a round's (England's, London's) the round's.
            var place = kind == ElectionKind.Local ? CouncilNamedBefore(text, told.Index) ?? (NotACouncil.Contains(area) ? area : null) : area;
            if (place is not null) registry.Register(kind, place, year, YearSource.Stated, s.Source);
        }
    }

    /// <summary>"had talked up its chances in Wandsworth, run by the Conservatives since 1978", with Kingston's council in
    /// view: the council the article reports that the sentence names last before the year, or none.</summary>
    private string? CouncilNamedBefore(string text, int position) => registry.All
        .Where(e => e.Kind == ElectionKind.Local && !NotACouncil.Contains(e.Area))
        .Select(e => (e.Area, At: text.LastIndexOf(e.Area, position, StringComparison.Ordinal)))
        .Where(c => c.At >= 0).OrderByDescending(c => c.At).Select(c => c.Area).FirstOrDefault();

    /// <summary>True when the calendar holds the contest in that year: a British contest's days, another country's
    /// national polling days.</summary>
    private static bool HeldThen(ElectionKind kind, string area, int year) => kind switch
    {
        ElectionKind.General or ElectionKind.EuropeanParliament or ElectionKind.DevolvedParliament or ElectionKind.Mayoral
            => ElectionCalendar.Knows(kind, area) && ElectionCalendar.HeldIn(kind, area, year),
        // England's councils vote every May, some every year: a council's contest is held in any year of the round.
        ElectionKind.Local => ElectionCalendar.HeldIn(kind, "England", year),
        ElectionKind.Foreign => (ElectionCalendar.Abroad(area) ?? ElectionCalendar.DatesOf(kind, area)).Any(d => d.Year == year),
        _ => false,
    };

    /// <summary>How far from a year a word of voting makes it a contest's: "Turnout, at about 60% of eligible voters,
    /// was the highest since 1968".</summary>
    private const int VotingReach = 50;

    [GeneratedRegex(@"\b(?:won|win|wins|winning|elected|elections?|votes?|voted|voters|seats?|majority|[Tt]urnout|run-?off|victory|landslide|run\s+by|governed|controlled|ruled|in\s+power)\b")]
    private static partial Regex VotingWord();

    /// <summary>"since 1992", "since February 1974", "in 2004", "from 2002", "in 1876 and 1888": a year told as a
    /// time, or a list of them. Not a span ("in 2004 to 2014").</summary>
    [GeneratedRegex(@"\b(?:[Ss]ince|[Ii]n|[Ff]rom)\s+(?:(?:early|late|mid-?)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<y>(?:18|19|20)\d\d)\b(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:in\s+)?(?<y>(?:18|19|20)\d\d)\b)*(?![-–/]\d|\s*(?:per\s+cent|%)|\s+to\s+(?:18|19|20)\d\d)")]
    private static partial Regex YearTold();

    [GeneratedRegex(@"\b(?:18|19|20)\d\d\b")]
    private static partial Regex YearDigits();
}
