namespace NewsArchive.Elections.Extraction;

internal static partial class ElectionCalendar
{
    /// <summary>The year the calendars of <see cref="NationalDays"/> start: an older year a text gives is taken as
    /// written, as for a country the calendar does not know.</summary>
    private const int NationalDaysFrom = 2000;

    /// <summary>
    /// Other countries' national elections since 2000, for the countries British political news reports on most:
    /// the day their parliament (or, where the head of state governs, their president) was elected, so that "the
    /// German election" in an article of October 2017 is that September's, and "the last Canadian election" told in
    /// 2018 is 2015's. A country holding two polls in one year (Spain and Israel in 2019) has both. For an election
    /// in rounds, the deciding round; for India's, spread over weeks, the day of the count.
    /// </summary>
    /// <summary>The countries of <see cref="NationalDays"/> whose days are their presidents' elections.</summary>
    private static readonly HashSet<string> PresidentialDays = new(StringComparer.Ordinal) { "Brazil", "France" };

    private static readonly Dictionary<string, DateOnly[]> NationalDays = new(StringComparer.Ordinal)
    {
        ["Australia"] = Dates("2001-11-10 2004-10-09 2007-11-24 2010-08-21 2013-09-07 2016-07-02 2019-05-18 2022-05-21 2025-05-03"),
        ["Brazil"] = Dates("2002-10-27 2006-10-29 2010-10-31 2014-10-26 2018-10-28 2022-10-30"),
        ["Canada"] = Dates("2000-11-27 2004-06-28 2006-01-23 2008-10-14 2011-05-02 2015-10-19 2019-10-21 2021-09-20 2025-04-28"),
        ["France"] = Dates("2002-05-05 2007-05-06 2012-05-06 2017-05-07 2022-04-24"),
        ["Germany"] = Dates("2002-09-22 2005-09-18 2009-09-27 2013-09-22 2017-09-24 2021-09-26 2025-02-23"),
        ["Greece"] = Dates("2004-03-07 2007-09-16 2009-10-04 2012-05-06 2012-06-17 2015-01-25 2015-09-20 2019-07-07 2023-05-21 2023-06-25"),
        ["India"] = Dates("2004-05-13 2009-05-16 2014-05-16 2019-05-23 2024-06-04"),
        ["Ireland"] = Dates("2002-05-17 2007-05-24 2011-02-25 2016-02-26 2020-02-08 2024-11-29"),
        ["Israel"] = Dates("2003-01-28 2006-03-28 2009-02-10 2013-01-22 2015-03-17 2019-04-09 2019-09-17 2020-03-02 2021-03-23 2022-11-01"),
        ["Italy"] = Dates("2001-05-13 2006-04-10 2008-04-14 2013-02-25 2018-03-04 2022-09-25"),
        ["Japan"] = Dates("2000-06-25 2003-11-09 2005-09-11 2009-08-30 2012-12-16 2014-12-14 2017-10-22 2021-10-31 2024-10-27"),
        ["Netherlands"] = Dates("2002-05-15 2003-01-22 2006-11-22 2010-06-09 2012-09-12 2017-03-15 2021-03-17 2023-11-22"),
        ["New Zealand"] = Dates("2002-07-27 2005-09-17 2008-11-08 2011-11-26 2014-09-20 2017-09-23 2020-10-17 2023-10-14"),
        ["Spain"] = Dates("2000-03-12 2004-03-14 2008-03-09 2011-11-20 2015-12-20 2016-06-26 2019-04-28 2019-11-10 2023-07-23"),
    };
}
