namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Other countries' national elections that British news reports most, as common knowledge as the UK's own: "the
/// last French election" in an article of 2019 is 2017's; "the Spanish election in April", told in November 2019,
/// is that year's. A country with a president and a parliament lists both (each the day its result was settled:
/// a second round, the last day of counting), so the calendar dates a year, never which office was voted for.
/// Kept apart from <see cref="DatesOf"/>: the rules that read another country's election from its words ("held on
/// Sunday", "results from") come first, and these days are asked only when the words give no time of their own.
/// </summary>
internal static partial class ElectionCalendar
{
    private static readonly Dictionary<string, DateOnly[]> AbroadDays = new(StringComparer.Ordinal)
    {
        ["France"] = Dates("1995-05-07 1997-06-01 2002-05-05 2002-06-16 2007-05-06 2007-06-17 2012-05-06 2012-06-17 2017-05-07 2017-06-18 2022-04-24 2022-06-19 2024-07-07"),
        ["Germany"] = Dates("1994-10-16 1998-09-27 2002-09-22 2005-09-18 2009-09-27 2013-09-22 2017-09-24 2021-09-26 2025-02-23"),
        ["Spain"] = Dates("1996-03-03 2000-03-12 2004-03-14 2008-03-09 2011-11-20 2015-12-20 2016-06-26 2019-04-28 2019-11-10 2023-07-23"),
        ["Italy"] = Dates("1996-04-21 2001-05-13 2006-04-10 2008-04-14 2013-02-25 2018-03-04 2022-09-25"),
        ["Canada"] = Dates("1997-06-02 2000-11-27 2004-06-28 2006-01-23 2008-10-14 2011-05-02 2015-10-19 2019-10-21 2021-09-20 2025-04-28"),
        ["Australia"] = Dates("1998-10-03 2001-11-10 2004-10-09 2007-11-24 2010-08-21 2013-09-07 2016-07-02 2019-05-18 2022-05-21 2025-05-03"),
        ["India"] = Dates("2004-05-13 2009-05-16 2014-05-16 2019-05-23 2024-06-04"),
        ["Ireland"] = Dates("1997-06-06 2002-05-17 2007-05-24 2011-02-25 2016-02-26 2020-02-08 2024-11-29"),
        ["Greece"] = Dates("2000-04-09 2004-03-07 2007-09-16 2009-10-04 2012-05-06 2012-06-17 2015-01-25 2015-09-20 2019-07-07 2023-05-21 2023-06-25"),
        ["Netherlands"] = Dates("1998-05-06 2002-05-15 2003-01-22 2006-11-22 2010-06-09 2012-09-12 2017-03-15 2021-03-17 2023-11-22"),
        ["Poland"] = Dates("2000-10-08 2001-09-23 2005-09-25 2005-10-23 2007-10-21 2010-07-04 2011-10-09 2015-05-24 2015-10-25 2019-10-13 2020-07-12 2023-10-15 2025-06-01"),
        ["Russia"] = Dates("1999-12-19 2000-03-26 2003-12-07 2004-03-14 2007-12-02 2008-03-02 2011-12-04 2012-03-04 2016-09-18 2018-03-18 2021-09-19 2024-03-17"),
        ["Israel"] = Dates("1999-05-17 2001-02-06 2003-01-28 2006-03-28 2009-02-10 2013-01-22 2015-03-17 2019-04-09 2019-09-17 2020-03-02 2021-03-23 2022-11-01"),
        ["Brazil"] = Dates("1998-10-04 2002-10-27 2006-10-29 2010-10-31 2014-10-26 2018-10-28 2022-10-30"),
        ["Japan"] = Dates("2000-06-25 2003-11-09 2005-09-11 2009-08-30 2012-12-16 2014-12-14 2017-10-22 2021-10-31 2024-10-27"),
        ["New Zealand"] = Dates("1999-11-27 2002-07-27 2005-09-17 2008-11-08 2011-11-26 2014-09-20 2017-09-23 2020-10-17 2023-10-14"),
    };

    /// <summary>The national polling days of another country the calendar keeps, or null.</summary>
    public static IReadOnlyList<DateOnly>? Abroad(string country) => AbroadDays.GetValueOrDefault(country);
}
