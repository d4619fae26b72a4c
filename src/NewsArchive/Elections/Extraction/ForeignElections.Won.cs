using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class ForeignElections
{
    private const string Year = ElectionRecogniser.Year;

    /// <summary>
    /// A national win told with its year and no election word for the country: "In 2015 Justin Trudeau's Liberals won
    /// 184 seats", "his re-elections in 2009 and 2014", "MAS won the election on the 20th of October 2019". Such a
    /// sentence names no country, so it is read only in an article about one other country (see
    /// <see cref="ArticlesCountryByYear"/>), and never beside a word of Westminster or the UK, whose wins are read as
    /// general elections (<see cref="NationalElections"/>).
    /// </summary>
    private static void FindWonIn(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!SentenceCues.HasAny(sentence, "won", "swept", "re-elect", "reelect") || TextCues.Westminster().IsMatch(sentence) || TextCues.UkNamed().IsMatch(sentence)
            || TextCues.Organisation().IsMatch(sentence)) return;
        foreach (var regex in new[] { YearThenWin(), WinThenYear(), ReElections() })
            foreach (Match m in regex.Matches(sentence))
                foreach (Capture y in m.Groups["y"].Captures)
                    if (!found.Covers(y.Index))
                        found.Add(y.Index, y.Index + y.Length, ElectionKind.Foreign, ArticlesCountryByYear, true, year: int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Class: what a national win wins. Reason: seats, a majority, a share of the vote, the presidency or the
    /// election itself are won only at the polls; "won the argument" or "won a prize" are not.</summary>
    private const string Prize = @"(?:seats|majority|landslide|election|presidency|per\s*cent\s+of\s+the\s+vote|%\s+of\s+the\s+(?:popular\s+)?vote|of\s+the\s+(?:popular\s+)?vote)\b";

    /// <summary>"In 2015 Justin Trudeau's Liberals won 184 seats", "Back in 2014, the BJP won a majority".</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Bb]ack\s+in|[Oo]n\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+of\s+\w+(?:\s+of)?|[Oo]n\s+\d{1,2}\s+\w+)\s+(?<y>" + Year + @")\b,?[^.;:]{0,60}?\b(?:won|swept)\b[^.;:]{0,40}?\b" + Prize)]
    private static partial Regex YearThenWin();

    /// <summary>"the Liberals won 184 seats in 2015", "MAS won the election on the 20th of October 2019".</summary>
    [GeneratedRegex(@"\b(?:won|swept)\b[^.;:]{0,40}?\b" + Prize + @"[^.;:]{0,20}?\b(?:in|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\w+(?:\s+of)?)\s+(?<y>" + Year + @")\b")]
    private static partial Regex WinThenYear();

    /// <summary>"his re-elections in 2009 and 2014", "re-elected in 2012".</summary>
    [GeneratedRegex(@"\bre-?elect(?:ions?|ed)\s+(?:in|on)\s+(?<y>" + Year + @")(?:(?:,\s*|,?\s+and\s+)(?<y>" + Year + @"))*\b")]
    private static partial Regex ReElections();
}
