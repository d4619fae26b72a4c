namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>How far from an article's date the round it calls "the London elections" may lie.</summary>
    private const int RoundMonthsAfter = 8, RoundMonthsAhead = 6;

    /// <summary>
    /// "London elections 2022: Labour takes Wandsworth", "Five things we learned from the London elections": the
    /// capital's May round, which is its mayor's and assembly's in their years (2000, 2004, ..., 2021, 2024) and its
    /// boroughs' in the others (2022, 2018). The year stated or counted ("last year's"), else the round nearest the
    /// article's date, says which.
    /// Without either it is left as the mayoral election, for the rules of years to place or leave.
    /// </summary>
    private static void SettleLondonRounds(List<IReadOnlyList<ElectionAnchor>> anchors, DateOnly? published)
    {
        static bool Round(ElectionAnchor a) => a.Topic == OfficeElections.LondonRound;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (!anchors[i].Any(Round)) continue;
            anchors[i] = [.. anchors[i].Select(a => Round(a) ? Settled(a, published) : a)];
        }
    }

    private static ElectionAnchor Settled(ElectionAnchor anchor, DateOnly? published)
    {
        var year = anchor.StatedYear ?? (published is { } on && anchor.YearOffset is { } offset ? on.Year + offset : (int?)null)
            ?? (published is { } date && ElectionCalendar.Around(ElectionKind.Local, "England", date, RoundMonthsAfter, RoundMonthsAhead) is { } round ? round.Year : (int?)null);
        var borough = year is { } y && !ElectionCalendar.HeldIn(ElectionKind.Mayoral, "London", y) && ElectionCalendar.HeldIn(ElectionKind.Local, "England", y);
        return anchor with { Kind = borough ? ElectionKind.Local : ElectionKind.Mayoral, Topic = null };
    }
}
