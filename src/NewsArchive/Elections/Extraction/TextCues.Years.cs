using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>The years a sentence states, and which of them a position in it takes.</summary>
internal static partial class TextCues
{
    [GeneratedRegex(@"\b(?:[Ii]n|of)\s+(?:(?:early|late|mid-?)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<y>(?:19|20)\d\d)\b(?!\s*(?:per|%))|\bfor\s+(?:(?:early|late|mid-?)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d\d)\b|\b(?<y>(?:19|20)\d\d)(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}?(?:elections?|by-election|referendum|race|contest|poll|vote)\b|\bthe\s+(?<y>(?:19|20)\d\d)\s")]
    private static partial Regex Year();

    /// <summary>Where a figure's words end, past a year told just after it ("42.2% in 2021"), which is its own.</summary>
    public static int AfterOwnYear(string sentence, int end) => OwnYear().Match(sentence, end) is { Success: true } m ? m.Index + m.Length : end;

    [GeneratedRegex(@"\G\s*(?:%|per\s+cent)?\s+in\s+(?:19|20)\d\d\b")]
    private static partial Regex OwnYear();

    /// <summary>The text with the year that ends just before <paramref name="from"/> (the figure before's own, see
    /// <see cref="AfterOwnYear"/>) blanked out, so it is not taken as the year of the figures after it.</summary>
    public static string WithoutOwnYear(string text, int from) =>
        from >= 4 && from <= text.Length && OwnYearEnding().IsMatch(text[..from]) ? string.Concat(text.AsSpan(0, from - 4), "    ", text.AsSpan(from)) : text;

    [GeneratedRegex(@"\bin\s+(?:19|20)\d\d$")]
    private static partial Regex OwnYearEnding();

    /// <summary>The stated year nearest to a position, within its clause (and within <paramref name="reach"/>
    /// characters when given: an election's own year is written beside its name).</summary>
    public static int? YearNear(string sentence, int position, int reach = int.MaxValue)
    {
        var (start, end) = ClauseAt(sentence, position);
        int? best = null;
        var distance = int.MaxValue;
        foreach (Match m in Year().Matches(sentence[..end], start))
        {
            var d = Math.Abs(m.Groups["y"].Index - position);
            if (d >= distance || d > reach) continue;
            // "took 62 seats, their best result since 1923": a year measured against after the figure is not its year.
            if (m.Index > position && (MeasuredAgainst().IsMatch(sentence[position..m.Groups["y"].Index]) || SetAgainst().IsMatch(sentence[position..m.Groups["y"].Index]))) continue;
            // "won 39 seats, ejecting a Conservative administration that had itself taken 39 in 2014": a year in a relative
            // clause set off after the figure is the clause's time, not the figure's.
            if (m.Index > position && RelativeClauseAfter().IsMatch(sentence[position..m.Index])) continue;
            // "since the council was created in 1964": the year a body was founded is no contest's.
            if (FoundedBefore().IsMatch(sentence[..m.Groups["y"].Index])) continue;
            distance = d;
            best = int.Parse(m.Groups["y"].Value);
        }
        return best;
    }

    /// <summary>", ejecting a Conservative administration that had itself taken 39", ", which": a relative clause set off
    /// by a comma, running on to the text's end.</summary>
    [GeneratedRegex(@",\s[^,;]*?\b(?:that|which|who)\s[^,;]*$")]
    private static partial Regex RelativeClauseAfter();

    /// <summary>"was created in", "founded in": words of a body's founding or a person's birth before a year.</summary>
    [GeneratedRegex(@"\b(?:created|founded|formed|established|set\s+up|built|born|opened|abolished)\s+(?:in\s+)?(?:(?:early|late|mid-?)\s+)?$")]
    public static partial Regex FoundedBefore();
}
