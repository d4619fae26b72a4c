namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Polling days that are common knowledge, which a reader uses without thinking: "the last general election"
/// in an article of 2010-12 is May 2010's; "the EU referendum" is 2016's; an MP "elected in 2001" was elected at
/// that year's general election. Only elections held on fixed, public dates are listed; the calendar never
/// decides who stood or won.
/// </summary>
internal static class ElectionCalendar
{
    /// <summary>UK general elections since 1900 (both 1910 and both 1974 elections).</summary>
    private static readonly DateOnly[] General = Dates(
        "1900-09-26 1906-01-12 1910-01-15 1910-12-03 1918-12-14 1922-11-15 1923-12-06 1924-10-29 1929-05-30 " +
        "1931-10-27 1935-11-14 1945-07-05 1950-02-23 1951-10-25 1955-05-26 1959-10-08 1964-10-15 1966-03-31 " +
        "1970-06-18 1974-02-28 1974-10-10 1979-05-03 1983-06-09 1987-06-11 1992-04-09 1997-05-01 2001-06-07 " +
        "2005-05-05 2010-05-06 2015-05-07 2017-06-08 2019-12-12 2024-07-04");

    /// <summary>The UK's elections to the European Parliament, 1979 to 2019.</summary>
    private static readonly DateOnly[] European = Dates(
        "1979-06-07 1984-06-14 1989-06-15 1994-06-09 1999-06-10 2004-06-10 2009-06-04 2014-05-22 2019-05-23");

    /// <summary>Scottish Parliament and Senedd (Welsh Assembly) elections, held together.</summary>
    private static readonly DateOnly[] Devolved = Dates("1999-05-06 2003-05-01 2007-05-03 2011-05-05 2016-05-05 2021-05-06");

    private static readonly DateOnly[] NorthernIreland = Dates("1998-06-25 2003-11-26 2007-03-07 2011-05-05 2016-05-05 2017-03-02 2022-05-05");

    /// <summary>Mayor of London and London Assembly elections, held together.</summary>
    private static readonly DateOnly[] London = Dates("2000-05-04 2004-06-10 2008-05-01 2012-05-03 2016-05-05 2021-05-06 2024-05-02");

    /// <summary>Council elections somewhere in England every May (the first Thursday), save 2020's, postponed to
    /// 2021 by the pandemic.</summary>
    private static readonly DateOnly[] EnglishLocal = Enumerable.Range(1973, 60).Where(y => y != 2020)
        .Select(y => y == 2021 ? new DateOnly(2021, 5, 6) : FirstThursdayOfMay(y)).ToArray();

    private static DateOnly FirstThursdayOfMay(int year)
    {
        var day = new DateOnly(year, 5, 1);
        while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
        return day;
    }

    /// <summary>A UK referendum: its area, the words that name its question, and its polling day.</summary>
    public sealed record Referendum(string Area, string Topic, DateOnly Date);

    /// <summary>Referendums held across the UK or in one of its nations. Topic: "europe" (membership of the EEC
    /// or EU), "voting" (the voting system), "independence", "devolution", "assembly".</summary>
    public static readonly IReadOnlyList<Referendum> Referendums =
    [
        new("UK", "europe", new(1975, 6, 5)),
        new("Scotland", "devolution", new(1979, 3, 1)),
        new("Wales", "devolution", new(1979, 3, 1)),
        new("Scotland", "devolution", new(1997, 9, 11)),
        new("Wales", "devolution", new(1997, 9, 18)),
        new("Northern Ireland", "agreement", new(1998, 5, 22)),
        new("North East England", "assembly", new(2004, 11, 4)),
        new("Wales", "devolution", new(2011, 3, 3)),
        new("UK", "voting", new(2011, 5, 5)),
        new("Scotland", "independence", new(2014, 9, 18)),
        new("UK", "europe", new(2016, 6, 23)),
    ];

    /// <summary>The polling days of a kind of election in an area, when they are fixed and public.</summary>
    public static IReadOnlyList<DateOnly> DatesOf(ElectionKind kind, string area) => (kind, area) switch
    {
        (ElectionKind.General, _) => General,
        (ElectionKind.EuropeanParliament, "UK") => European,
        (ElectionKind.DevolvedParliament, "Scotland" or "Wales") => Devolved,
        (ElectionKind.DevolvedParliament, "Northern Ireland") => NorthernIreland,
        (ElectionKind.DevolvedParliament or ElectionKind.Mayoral, "London") => London,
        (ElectionKind.Foreign, "United States") => UnitedStates,
        (ElectionKind.Local, "England") => EnglishLocal,
        _ => [],
    };

    public static bool Knows(ElectionKind kind, string area) => DatesOf(kind, area).Count > 0;

    /// <summary>True when an election of this kind was held in that year.</summary>
    public static bool HeldIn(ElectionKind kind, string area, int year) => DatesOf(kind, area).Any(d => d.Year == year);

    /// <summary>The last election of the kind held before a date ("the last general election").</summary>
    public static DateOnly? LastBefore(ElectionKind kind, string area, DateOnly date) =>
        DatesOf(kind, area).Where(d => d < date).Select(d => (DateOnly?)d).LastOrDefault();

    /// <summary>The election of the kind an article written on <paramref name="date"/> means by "the election":
    /// one held up to <paramref name="monthsAfter"/> months before the date, or up to
    /// <paramref name="monthsAhead"/> months after it.</summary>
    public static DateOnly? Around(ElectionKind kind, string area, DateOnly date, int monthsAfter, int monthsAhead) =>
        DatesOf(kind, area).Where(d => d >= date.AddMonths(-monthsAfter) && d <= date.AddMonths(monthsAhead))
            .Select(d => (DateOnly?)d).OrderBy(d => Math.Abs(d!.Value.DayNumber - date.DayNumber)).FirstOrDefault();

    /// <summary>The one referendum on a topic in an area, before a date if given ("the EU referendum" in 2018 is
    /// 2016's, not 1975's); null when there is none or the topic names several and the year does not choose.</summary>
    public static Referendum? ReferendumOn(string area, string topic, DateOnly? before, int? year)
    {
        var matches = Referendums.Where(r => r.Area == area && r.Topic == topic && (year is null || r.Date.Year == year)).ToList();
        if (year is null && before is { } date) matches = matches.Where(r => r.Date <= date).TakeLast(1).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The referendum on a topic an article of that date means: one held up to ten years before it or a
    /// few months ahead ("the EU referendum" in May 2016 and in 2018 is 2016's; in 2014 it is none held yet).</summary>
    public static Referendum? ReferendumNear(string area, string topic, DateOnly date) =>
        Referendums.Where(r => r.Area == area && r.Topic == topic && r.Date >= date.AddYears(-10) && r.Date <= date.AddMonths(6))
            .OrderBy(r => Math.Abs(r.Date.DayNumber - date.DayNumber)).FirstOrDefault();

    /// <summary>The referendum held in a year ("the 2014 referendum"), when only one was.</summary>
    public static Referendum? ReferendumIn(int year, string? area)
    {
        var matches = Referendums.Where(r => r.Date.Year == year && (area is null || r.Area == area)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>US federal elections, presidential and midterm: the Tuesday after the first Monday of November,
    /// every second year.</summary>
    private static readonly DateOnly[] UnitedStates = Enumerable.Range(0, 80).Select(i => 1900 + 2 * i).Select(year =>
    {
        var day = new DateOnly(year, 11, 2);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day;
    }).ToArray();

    private static DateOnly[] Dates(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToArray();
}
