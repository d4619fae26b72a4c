using System.Globalization;
using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A polling day told without its year ("the mock votes will take place around 5 May, widely expected to be the date
/// of the general election"): in an undated article, the year of the one election of the kind the calendar holds on
/// that day and month. Of the general elections since 1900 only 2005's fell on 5 May; "in May" alone settles nothing.
/// </summary>
internal static partial class ElectionCalendarDays
{
    public static (int? Year, YearSource Source)? DayTold((ElectionKind Kind, string Area) calendar, string sentence)
    {
        if (!ElectionCalendar.Knows(calendar.Kind, calendar.Area)) return null;
        var days = DayAndMonth().Matches(sentence)
            .Select(m => (Day: int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), Month: ElectionWords.Month(m.Groups["m"].Value)))
            .Distinct().ToList();
        if (days is not [var told]) return null;
        return ElectionCalendar.DatesOf(calendar.Kind, calendar.Area).Where(d => d.Day == told.Day && d.Month == told.Month).ToList() is [var held]
            ? (held.Year, YearSource.Calendar)
            : null;
    }

    /// <summary>"5 May", "on the 5th of May", "May 5": a day and month with no year after them.</summary>
    [GeneratedRegex(@"\b(?<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + ElectionWords.MonthNames + @")\b(?!,?\s*(?:19|20)\d\d)|\b(?<m>" + ElectionWords.MonthNames + @")\s+(?<d>[1-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d|\d)")]
    private static partial Regex DayAndMonth();
}
