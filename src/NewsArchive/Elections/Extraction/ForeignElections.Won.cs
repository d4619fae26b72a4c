using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class ForeignElections
{
    private const string Year = ElectionRecogniser.Year;

    /// <summary>
    /// A national win told with its year and no election word for the country: "In 2015 the Liberals won 184 seats",
    /// "MAS won the election on the 20th of October 2019", "his re-elections in 2009 and 2014". Such a sentence names
    /// no country, so it is read only in an article about one other country (see <see cref="ArticlesCountryByYear"/>),
    /// and never beside a word of Westminster, the UK, a union, a country named, or an office or contest smaller than
    /// the nation's (a mayor, a state, a primary, a party's leadership), nor "won a majority" or "a landslide", which
    /// votes in parliaments, congresses and boardrooms are won by too.
    /// </summary>
    private static void FindWonIn(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!SentenceCues.HasAny(sentence, "won", "swept", "re-election", "reelection", "elected") || TextCues.Westminster().IsMatch(sentence) || TextCues.UkNamed().IsMatch(sentence)
            || TextCues.Organisation().IsMatch(sentence) || TextCues.ForeignCountry().IsMatch(sentence) || SmallerContest().IsMatch(sentence)) return;
        foreach (var regex in new[] { YearThenWin(), WinThenYear(), ReElections(), YearThenElected(), ElectedThenYear() })
            foreach (Match m in regex.Matches(sentence))
                foreach (Capture y in m.Groups["y"].Captures)
                    if (!found.Covers(y.Index))
                        found.Add(y.Index, y.Index + y.Length, ElectionKind.Foreign, ArticlesCountryByYear, true, year: int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Class: what only a nation's own election gives, written straight after the verb: so many seats, a share
    /// of the vote, the presidency, the (general, presidential, parliamentary) election. Reason: "won a majority in a
    /// confidence vote", "won contracts for 30,000 seats" and "won the party leadership election" are other contests.</summary>
    private const string Prize = @"(?:(?:just\s+|only\s+|some\s+|about\s+)?\d[\d,]*\s+seats|(?:just\s+|only\s+|some\s+|about\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of\s+the\s+(?:popular\s+)?vote|the\s+presidency|the\s+(?:(?:general|presidential|parliamentary|national)\s+)?elections?)\b";

    /// <summary>"In 2015 the Liberals won 184 seats", "On the 20th of October 2019, MAS won the election".</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Bb]ack\s+in|[Oo]n\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+of\s+[A-Z]\w+(?:\s+of)?|[Oo]n\s+\d{1,2}\s+[A-Z]\w+)\s+(?<y>" + Year + @")\b,?\s+(?:[^\s.;:,]+\s+){1,5}?(?:won|swept)\s+" + Prize)]
    private static partial Regex YearThenWin();

    /// <summary>"the Liberals won 184 seats in 2015", "MAS won the election on the 20th of October 2019".</summary>
    [GeneratedRegex(@"\b(?:won|swept)\s+" + Prize + @"\s+(?:in|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]\w+(?:\s+of)?)\s+(?<y>" + Year + @")\b")]
    private static partial Regex WinThenYear();

    /// <summary>Class: the offices a nation's own election fills, not another body's ("president of the party").
    /// Reason: "was elected" is said of every office.</summary>
    private const string NationalOffice = @"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Gg]overnment)(?!\s+of\b)";

    /// <summary>"Back in 2006, the first-ever indigenous president was elected", "In 2008 Barack Obama was elected
    /// President": the nation's office, then the verb, in the clause the year opens.</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Bb]ack\s+in)\s+(?<y>" + Year + @")\b,?\s+(?:[^\s.;:,]+\s+){0,6}?(?:(?:" + NationalOffice + @"\s+(?:[^\s.;:,]+\s+){0,4}?(?:was|were)\s+(?:re-?)?elected)|(?:was|were)\s+(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:country['’]s\s+)?(?:first\s+)?" + NationalOffice + @")\b")]
    private static partial Regex YearThenElected();

    /// <summary>"was elected president in 2006", "was elected as the country's prime minister in 2014".</summary>
    [GeneratedRegex(@"\b(?:was|were)\s+(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:country['’]s\s+)?(?:first\s+)?(?:[\p{L}-]+\s+)?" + NationalOffice + @"\s+in\s+(?<y>" + Year + @")\b")]
    private static partial Regex ElectedThenYear();

    /// <summary>"his re-elections in 2009 and 2014", "her re-election in 2012": the noun, whose office the sentence
    /// leaves to the article (the verb "re-elected" is said of every office).</summary>
    [GeneratedRegex(@"\bre-?elections?\s+(?:in|on)\s+(?<y>" + Year + @")(?:(?:,\s*|,?\s+and\s+)(?<y>" + Year + @"))*\b")]
    private static partial Regex ReElections();

    /// <summary>Class: offices and contests smaller than a nation's. Reason: "re-elected as mayor", "the Victorian state
    /// election", "the New Hampshire primary" are not the country's national election.</summary>
    [GeneratedRegex(@"\b(?:[Mm]ayor(?:al)?|[Ss]peaker|[Ss]enat(?:e|or)|[Gg]overnor|[Cc]ouncil(?:lor)?|[Cc]ongress(?:man|woman)?|[Rr]epresentative|[Ll]eader(?:ship)?|[Cc]hair(?:man|woman)?|[Ss]tate\s+(?:elections?|legislatures?|assembly|parliament|house|senate)|[Pp]rovincial|[Rr]egional|[Ll]ocal|[Mm]unicipal|[Pp]rimar(?:y|ies)|[Cc]aucus|[Pp]arty\s+congress|[Dd]elegates?|[Rr]eferend(?:um|a))\b")]
    private static partial Regex SmallerContest();
}
