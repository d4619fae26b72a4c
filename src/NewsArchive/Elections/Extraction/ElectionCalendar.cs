namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Polling days that are common knowledge, which a reader uses without thinking: "the last general election"
/// in an article of 2010-12 is May 2010's; "the EU referendum" is 2016's; an MP "elected in 2001" was elected at
/// that year's general election. Only elections held on fixed, public dates are listed; the calendar never
/// decides who stood or won.
/// </summary>
internal static partial class ElectionCalendar
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

    /// <summary>The European Parliament's elections across the Union, for a member state's (see
    /// ElectionYears.CalendarOf): the last day of each round's voting, when every member has voted.</summary>
    public const string EuropeanUnion = "EU";

    private static readonly DateOnly[] EuropeanUnionDays = Dates(
        "1979-06-10 1984-06-17 1989-06-18 1994-06-12 1999-06-13 2004-06-13 2009-06-07 2014-05-25 2019-05-26 2024-06-09");

    /// <summary>Scottish Parliament and Senedd (Welsh Assembly) elections, held together.</summary>
    private static readonly DateOnly[] Devolved = Dates("1999-05-06 2003-05-01 2007-05-03 2011-05-05 2016-05-05 2021-05-06");

    private static readonly DateOnly[] NorthernIreland = Dates("1998-06-25 2003-11-26 2007-03-07 2011-05-05 2016-05-05 2017-03-02 2022-05-05");

    /// <summary>Mayor of London and London Assembly elections, held together.</summary>
    private static readonly DateOnly[] London = Dates("2000-05-04 2004-06-10 2008-05-01 2012-05-03 2016-05-05 2021-05-06 2024-05-02");

    /// <summary>Rounds held on another day: moved to a general election's day (2001, after foot and mouth), to the
    /// European elections' (2004, 2009, 2014), or by a year (2021, after the pandemic); 1986's was the second Thursday.</summary>
    private static readonly Dictionary<int, DateOnly> MovedLocal = new()
    {
        [1986] = new(1986, 5, 8), [2001] = new(2001, 6, 7), [2004] = new(2004, 6, 10), [2009] = new(2009, 6, 4),
        [2014] = new(2014, 5, 22), [2021] = new(2021, 5, 6),
    };

    /// <summary>Council elections somewhere in England every May (the first Thursday unless moved), save 2020's,
    /// postponed to 2021 by the pandemic.</summary>
    private static readonly DateOnly[] EnglishLocal = Enumerable.Range(1973, 60).Where(y => y != 2020)
        .Select(y => MovedLocal.GetValueOrDefault(y, FirstThursdayOfMay(y))).ToArray();

    private static DateOnly FirstThursdayOfMay(int year)
    {
        var day = new DateOnly(year, 5, 1);
        while (day.DayOfWeek != DayOfWeek.Thursday) day = day.AddDays(1);
        return day;
    }

    /// <summary>A UK referendum: its area, the words that name its question, its polling day, and the side that won.</summary>
    public sealed record Referendum(string Area, string Topic, DateOnly Date, string Winner);

    /// <summary>Referendums held across the UK or in one of its nations. Topic: "europe" (membership of the EEC
    /// or EU), "voting" (the voting system), "independence", "devolution", "assembly". The winner is the side with
    /// more votes (Scotland's Yes of 1979 fell short of the turnout rule, but had more votes).</summary>
    public static readonly IReadOnlyList<Referendum> Referendums =
    [
        new("UK", "europe", new(1975, 6, 5), "Yes"),
        new("Scotland", "devolution", new(1979, 3, 1), "Yes"),
        new("Wales", "devolution", new(1979, 3, 1), "No"),
        new("Scotland", "devolution", new(1997, 9, 11), "Yes"),
        new("Wales", "devolution", new(1997, 9, 18), "Yes"),
        new("Northern Ireland", "agreement", new(1998, 5, 22), "Yes"),
        new("North East England", "assembly", new(2004, 11, 4), "No"),
        new("Wales", "devolution", new(2011, 3, 3), "Yes"),
        new("UK", "voting", new(2011, 5, 5), "No"),
        new("Scotland", "independence", new(2014, 9, 18), "No"),
        new("UK", "europe", new(2016, 6, 23), "Leave"),
    ];

    /// <summary>The polling days of a kind of election in an area, when they are fixed and public.</summary>
    public static IReadOnlyList<DateOnly> DatesOf(ElectionKind kind, string area) => (kind, area) switch
    {
        (ElectionKind.General, _) => General,
        (ElectionKind.EuropeanParliament, "UK") => European,
        (ElectionKind.EuropeanParliament, EuropeanUnion) => EuropeanUnionDays,
        (ElectionKind.DevolvedParliament, "Scotland" or "Wales") => Devolved,
        (ElectionKind.DevolvedParliament, "Northern Ireland") => NorthernIreland,
        (ElectionKind.DevolvedParliament or ElectionKind.Mayoral, "London") => London,
        (ElectionKind.Foreign, "United States") => UnitedStates,
        (ElectionKind.Foreign, "United States presidential") => UnitedStates.Where(d => d.Year % 4 == 0).ToArray(),
        (ElectionKind.Foreign, "United States midterm") => UnitedStates.Where(d => d.Year % 4 == 2).ToArray(),
        (ElectionKind.Local, "England") => EnglishLocal,
        (ElectionKind.PartyLeadership, _) => Leaderships.GetValueOrDefault(area) ?? [],
        _ => [],
    };

    /// <summary>While the next polling day was set, "the next general election" was that day: from the coalition
    /// agreement of 12 May 2010, which fixed it and which the Fixed-term Parliaments Act (September 2011) made law, to the
    /// 2015 election, 7 May 2015; then 7 May 2020, until the early election of 2017 was called (18 April 2017). Later
    /// the set day was overtaken by an early election, so a reader of those years could not say which the writer meant.</summary>
    private static readonly (DateOnly From, DateOnly To, DateOnly Day)[] FixedTerm =
    [
        (new(2010, 5, 12), new(2015, 5, 7), new(2015, 5, 7)),
        (new(2015, 5, 8), new(2017, 4, 18), new(2020, 5, 7)),
    ];

    /// <summary>Years the law set a general election for that an early one overtook: 7 May 2020 under the Fixed-term
    /// Parliaments Act, and 5 May 2022 after the early election of 2017. Writers before then named them ("the 2020
    /// election"); no result was ever declared in them.</summary>
    private static readonly int[] PlannedGeneralYears = [2020, 2022];

    /// <summary>True for a year the law once set a general election for, though none was held in it.</summary>
    public static bool PlannedGeneral(int year) => PlannedGeneralYears.Contains(year);

    /// <summary>The general election the law had set for the next one at a date, if it had set one.</summary>
    public static DateOnly? ScheduledGeneral(DateOnly date) =>
        FixedTerm.Where(f => f.From <= date && date < f.To).Select(f => (DateOnly?)f.Day).FirstOrDefault();

    /// <summary>The calendar of one round of a country's elections ("presidential", "midterm"), where it keeps one.</summary>
    public static string Round(string area, string round) => area == "United States" ? $"{area} {round}" : area;

    public static bool Knows(ElectionKind kind, string area) => DatesOf(kind, area).Count > 0;

    /// <summary>True in a year London's boroughs elected all their councillors on one day: 1964, 1968, 1971, 1974,
    /// then every fourth year from 1978. (They vote in England's May round, so their day is the round's.)</summary>
    public static bool LondonBoroughsVoted(int year) => year is 1964 or 1968 or 1971 or 1974 || year >= 1978 && (year - 1978) % 4 == 0;

    /// <summary>True when an election of this kind was held in that year.</summary>
    public static bool HeldIn(ElectionKind kind, string area, int year) => DatesOf(kind, area).Any(d => d.Year == year);

    /// <summary>The last election of the kind held before a date ("the last general election").</summary>
    public static DateOnly? LastBefore(ElectionKind kind, string area, DateOnly date) =>
        DatesOf(kind, area).Where(d => d < date).Select(d => (DateOnly?)d).LastOrDefault();

    /// <summary>The election of the kind an article written on <paramref name="date"/> means by "the election":
    /// one held up to <paramref name="monthsAfter"/> months before the date, or up to
    /// <paramref name="monthsAhead"/> months after it.</summary>
    public static DateOnly? Around(ElectionKind kind, string area, DateOnly date, int monthsAfter, int monthsAhead) =>
        Nearest(DatesOf(kind, area), date, monthsAfter, monthsAhead);

    /// <summary>Of some polling days, the one nearest the date, held up to <paramref name="monthsAfter"/> months before it
    /// or up to <paramref name="monthsAhead"/> months after it.</summary>
    public static DateOnly? Nearest(IEnumerable<DateOnly> days, DateOnly date, int monthsAfter, int monthsAhead) =>
        days.Where(d => d >= date.AddMonths(-monthsAfter) && d <= date.AddMonths(monthsAhead))
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

    /// <summary>The referendum of an area held in a year, if the calendar has it.</summary>
    public static Referendum? ReferendumOf(string area, int year) =>
        Referendums.Where(r => r.Area == area && r.Date.Year == year).ToList() is [var only] ? only : null;

    /// <summary>The referendum held in a year ("the 2014 referendum"), when only one was.</summary>
    public static Referendum? ReferendumIn(int year, string? area)
    {
        var matches = Referendums.Where(r => r.Date.Year == year && (area is null || r.Area == area)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>US federal elections, presidential and midterm: the Tuesday after the first Monday of November,
    /// every second year, the day the law has set since 1845.</summary>
    private static readonly DateOnly[] UnitedStates = Enumerable.Range(0, 106).Select(i => 1848 + 2 * i).Select(year =>
    {
        var day = new DateOnly(year, 11, 2);
        while (day.DayOfWeek != DayOfWeek.Tuesday) day = day.AddDays(1);
        return day;
    }).ToArray();

    /// <summary>The days the larger parties declared a leader elected, unopposed ones included,
    /// so that "the Labour leadership contest" in an article of October 2016 is that year's. Candidate selections are
    /// not here: a party selects candidates all the time.</summary>
    private static readonly Dictionary<string, DateOnly[]> Leaderships = new(StringComparer.Ordinal)
    {
        ["Labour"] = Dates("1955-12-14 1960-11-03 1961-11-02 1963-02-14 1976-04-05 1980-11-10 1983-10-02 1988-10-02 1992-07-18 1994-07-21 2007-06-24 2010-09-25 2015-09-12 2016-09-24 2020-04-04"),
        ["Conservative"] = Dates("1965-07-27 1975-02-11 1989-12-05 1990-11-27 1995-07-04 1997-06-19 2001-09-13 2003-11-06 2005-12-06 2016-07-11 2019-07-23 2022-09-05 2022-10-24 2024-11-02"),
        ["Liberal Democrats"] = Dates("1988-07-28 1999-08-09 2006-03-02 2007-12-18 2015-07-16 2017-07-20 2019-07-22 2020-08-27"),
        ["SNP"] = Dates("1990-09-22 2000-09-23 2004-09-03 2014-11-14 2023-03-27 2024-05-06"),
        ["Green Party"] = Dates("2008-09-05 2012-09-03 2016-09-02 2018-09-04 2021-10-01 2025-09-02"),
        ["UKIP"] = Dates("2006-09-12 2009-11-27 2010-11-05 2016-09-16 2016-11-28 2017-09-29 2018-04-14 2019-08-10"),
    };

    private static DateOnly[] Dates(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd")).ToArray();
}
