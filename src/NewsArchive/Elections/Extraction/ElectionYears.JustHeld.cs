using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>Another country's election told as just held ("Egypt's parliamentary elections took place last week"):
/// the day its own words of time give, from the article's date.</summary>
internal sealed partial class ElectionYears
{
    /// <summary>How long after England's local round a council's result is still reported as news.</summary>
    private const int DaysAfterRound = 31;

    /// <summary>"The Conservatives held their flagship councils of Wandsworth and Westminster", in the days after
    /// England's local round: a council told as won or held then was elected in that round (Scotland's, Wales's and
    /// Northern Ireland's councils vote in May too, in years England does).</summary>
    private static int? RoundJustHeld(DateOnly date) =>
        ElectionCalendar.LastBefore(ElectionKind.Local, "England", date.AddDays(1)) is { } round && date.DayNumber - round.DayNumber <= DaysAfterRound ? round.Year : null;

    /// <summary>How far around an election's first word its own time may stand: "the recent elections in", "Egypt's
    /// parliamentary elections took place last week".</summary>
    private const int OwnTimeBefore = 12, OwnTimeAfter = 60;

    /// <summary>A time just past near the election's words, when the election is not inside what someone said.</summary>
    private static string? OwnTimeJustPast(string text, int position)
    {
        if (SaidThat().IsMatch(text[..position])) return null;
        var from = Math.Max(0, position - OwnTimeBefore);
        var held = JustHeld().Match(text[..Math.Min(text.Length, position + OwnTimeAfter)], from);
        return held.Success ? held.Value : null;
    }

    /// <summary>A verb of saying with a "that" clause after it: "told supporters on Sunday that".</summary>
    [GeneratedRegex(@"\b(?:said|says|say|told|tells|tell|announced|announces|wrote|argued|claimed|warned|insisted|added|declared|admitted)\b[^;:]{0,60}?\bthat\b")]
    private static partial Regex SaidThat();

    /// <summary>The day, or a day in the week or month, that words of a time just past name, from the article's date:
    /// "last month" a month back, "last week" a week, "on Sunday" the last Sunday, "yesterday" the day before, "this
    /// week" and "earlier this month" the date itself.</summary>
    private static DateOnly DayOf(string words, DateOnly date)
    {
        words = Possessive().Replace(words, "");
        if (words.EndsWith("month", StringComparison.Ordinal)) return words.StartsWith('L') || words.StartsWith('l') ? date.AddMonths(-1) : date;
        if (words.Contains("week", StringComparison.Ordinal)) return words.StartsWith('L') || words.StartsWith('l') ? date.AddDays(-7) : date;
        if (words.EndsWith("esterday", StringComparison.Ordinal)) return date.AddDays(-1);
        var day = Enum.GetValues<DayOfWeek>().First(d => words.EndsWith(d.ToString(), StringComparison.Ordinal));
        return date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Words of a time just past: "last week", "last month", "on Sunday", "yesterday", "this week", and their
    /// possessives before an election ("Thursday's by-election", "yesterday's vote").</summary>
    [GeneratedRegex(@"\b(?:[Ll]ast\s+(?:week(?:end)?|month)|(?:[Oo]n|[Ll]ast)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Yy]esterday|[Tt]his\s+week(?:end)?|[Ee]arlier\s+this\s+month|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s|[Yy]esterday['’]s)\b")]
    private static partial Regex JustHeld();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex Possessive();
}
