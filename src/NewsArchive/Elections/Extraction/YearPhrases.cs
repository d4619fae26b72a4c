using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A month the words give an election without a year.</summary>
/// <param name="Last">"last June's elections": the last such month before the article's date. Otherwise named on its
/// own ("the by-election in September", "on 30 January"): the nearest such month, before the article's date for a
/// contest told in the past and after it for one still to come.</param>
internal readonly record struct MonthPhrase(int Number, bool Last);

/// <summary>
/// Words that date an election against the article's own date rather than by a year: "this year's general
/// election", "last year's", "next year's", "last June's European elections", "last week's elections",
/// "Thursday's poll", "this referendum", or after the election's name ("the European elections last June", "the
/// by-election in September", "the elections on 30 January", "on the 10th of November", "the Belgian election was in June").
/// </summary>
internal static partial class YearPhrases
{
    /// <summary>What the words just before or after an election's name say of its time.</summary>
    public readonly record struct Time(int? Offset, MonthPhrase? Month);

    public static Time Around(string sentence, int position, int end)
    {
        var before = sentence[Math.Max(0, position - 45)..position];
        var after = sentence[end..Math.Min(sentence.Length, end + 30)];
        foreach (var m in new[] { Before().Match(before), After().Match(after) })
        {
            if (!m.Success) continue;
            if (m.Groups["named"].Success) return new Time(null, new MonthPhrase(ElectionWords.Month(m.Groups["named"].Value), Last: false));
            if (m.Groups["month"].Success)
                return m.Groups["which"].Value.Equals("this", StringComparison.OrdinalIgnoreCase)
                    ? new Time(0, null)
                    : new Time(null, new MonthPhrase(ElectionWords.Month(m.Groups["month"].Value), Last: true));
            if (m.Groups["year"].Success)
                return new Time(m.Groups["which"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 }, null);
            return new Time(0, null);
        }
        return default;
    }

    /// <summary>"ever since 2015, when Jeremy Corbyn won the leadership election", "the 2016 coup when the party forced
    /// him into another leadership election": the year a "when" clause is told of, for an election named in it with no
    /// year of its own.</summary>
    public static int? OfWhenClause(string sentence, int position) =>
        YearThenWhen().Match(sentence[Math.Max(0, position - 150)..position]) is { Success: true } m ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\b(?:(?:[Ii]n|[Ss]ince|of)\s+|[Tt]he\s+)(?<y>(?:19|20)\d\d)(?:\s+[a-z-]+){0,2}?,?\s+when\b(?:(?!\b(?:19|20)\d\d\b)[^;.:])*$")]
    private static partial Regex YearThenWhen();

    private const string Which = @"(?<which>[Tt]his|[Ll]ast|[Nn]ext)";
    private const string Month = @"(?<month>" + ElectionWords.MonthNames + ")";

    // Up to two words may stand between the phrase and the election's name ("last year's local council elections").
    [GeneratedRegex(@"\b(?:(?:" + Which + @"\s+(?:(?<year>year)|" + Month + @"|week|month)|(?:[Yy]esterday|[Tt]oday|[Tt]onight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))['’]s|[Tt]his)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex Before();

    [GeneratedRegex(@"^(?:s)?\s+(?:(?:(?:will\s+be\s+|was\s+|were\s+|is\s+|are\s+)?held|which took place|took\s+place|is\s+due|are\s+due|was|were|will\s+be)\s+)?(?:(?:" + Which + @"\s+(?:(?<year>year)|" + Month + @"))|in\s+(?<which>May|June)\s+this\s+(?<year>year)|(?:in|on)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:early\s+|late\s+|mid-)?(?<named>" + ElectionWords.MonthNames + @")(?!\s*,?\s*\d))\b")]
    private static partial Regex After();
}
