using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Council elections named as such: a place's, a nation's round, the year's round across England, or
/// another country's.</summary>
internal static partial class OfficeElections
{
    private static void FindLocalElections(string sentence, ElectionRecogniser.Anchors found)
    {
        foreach (Match m in LocalElections().Matches(sentence))
            // "Hong Kong's district council elections", "Turkey's local elections": another country's, not England's round.
            if (CountryBefore().Match(sentence, 0, m.Index) is { Success: true } abroad)
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(abroad.Groups["c"].Value), true);
            // "Thursday's local elections", "In Thursday's local elections" at a sentence's start: a day's name, and the
            // words before it, are no place; the year's round across England.
            else found.Add(m.Index, m.Index + m.Length, ElectionKind.Local,
                m.Groups["area"].Success && !DayBefore().IsMatch(m.Groups["area"].Value) ? NationOf(ElectionRecogniser.CleanArea(m.Groups["area"].Value)) : "England", true);
    }

    /// <summary>"the English local elections", "the Welsh council elections": the nation's round.</summary>
    private static string? NationOf(string? area) => area switch { "English" => "England", "Welsh" => "Wales", "Scottish" => "Scotland", _ => area };

    [GeneratedRegex(@"^(?:(?:In|At|During|After|Since|From)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)['’]s$")]
    private static partial Regex DayBefore();

    /// <summary>Council elections: in a named area, or the year's round across England ("the local elections"). A
    /// borough's council is its council ("the London borough elections").</summary>
    [GeneratedRegex(@"\b(?:local|borough) (?:council )?elections?\s+in\s+" + Run + "|" + Run + @"\s+(?:council|local|borough(?:\s+council)?)\s+elections?\b|\b(?:local|council|local council|borough|borough council)\s+elections\b")]
    private static partial Regex LocalElections();

    [GeneratedRegex(ElectionWords.NotNorthern + @"\b(?<c>" + ElectionWords.CountryNames + @")(?:['’]s)?\s+(?:[a-z][a-z-]+\s+)?$")]
    private static partial Regex CountryBefore();
}
