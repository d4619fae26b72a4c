using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The year of another country's election whose words give no time the rules before could read.</summary>
internal sealed partial class ElectionYears
{
    /// <summary>How far ahead "the next French election" may lie: a parliament's length.</summary>
    private const int YearsToNext = 5;

    /// <summary>Another country's national election the calendar keeps (<see cref="ElectionCalendar.Abroad"/>):
    /// "Poland's recent election", "the last French election" the last held before the article; "the next German
    /// election" the next one; otherwise the one held within months of the article's date ("the Spanish general
    /// election in April gave no party a majority", in November 2019), and none ahead of it when the sentence is told
    /// in the past ("emerged as the largest party in the Italian election" is no election still to come).</summary>
    private static int? AbroadYear(ElectionAnchor anchor, ArticleSentence sentence, DateOnly date)
    {
        if (anchor.Kind != ElectionKind.Foreign || ElectionCalendar.Abroad(anchor.Area) is not { } days) return null;
        if (anchor.Past) return LastHeld(days, date, anchor, sentence)?.Year;
        if (anchor.Future) return days.Where(d => d > date && d <= date.AddYears(YearsToNext)).Select(d => (int?)d.Year).FirstOrDefault();
        var past = TextCues.PastTense().IsMatch(sentence.Tokenised) && !TextCues.FutureTense().IsMatch(sentence.Tokenised);
        return ElectionCalendar.Nearest(days, date, MonthsAfter, past ? 0 : MonthsAhead)?.Year;
    }

    /// <summary>How long after a polling day "the last election" is still the one before it: an article of those days
    /// calls the contest just held "the election" or "Thursday's".</summary>
    private const int DaysJustHeld = 10;

    /// <summary>"the last general election": the last held before the article, but the one before that when one was
    /// held days before it ("the Liberals, who finished third at the last federal election", told the day after
    /// winning the next). "The recent election" is the one just held.</summary>
    private static DateOnly? LastHeld(IReadOnlyList<DateOnly> days, DateOnly date, ElectionAnchor anchor, ArticleSentence sentence)
    {
        var held = days.Where(d => d < date).ToList();
        if (held.Count == 0) return null;
        return held.Count > 1 && held[^1] >= date.AddDays(-DaysJustHeld) && !RecentBefore().IsMatch(sentence.Tokenised[..anchor.Position]) ? held[^2] : held[^1];
    }

    [GeneratedRegex(@"\b(?:[Rr]ecent|[Ll]atest)\s+(?:[\w’'-]+\s+){0,2}$")]
    private static partial Regex RecentBefore();

    /// <summary>The polling days of another country's national elections, for <see cref="IsAhead"/>.</summary>
    private static IReadOnlyList<DateOnly> AbroadDays(ElectionAnchor anchor) =>
        anchor.Kind == ElectionKind.Foreign ? ElectionCalendar.Abroad(anchor.Area) ?? [] : [];
}
