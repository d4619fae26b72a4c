using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Other countries' national elections, primaries and caucuses, named by the country or its adjective: "the
/// Canadian election", "Iraq's elections", "legislative elections in the Czech Republic", "the US midterms".
/// They are their own kind, never a UK election, and their year is only what the text, the date and the calendar of
/// polling days (ElectionCalendar.Abroad) settle.
/// </summary>
internal static partial class ForeignElections
{
    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        FindWonIn(sentence, found);
        FindSeatsInParliament(sentence, found);
        // "re-elected Barack Obama as the President of the United States": the country's presidential election.
        if (SentenceCues.HasAny(sentence, "resident of"))
            foreach (Match m in ElectedPresident().Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(m.Groups["c"].Value), true);
        // "Angela Merkel has won a fourth term as German chancellor", "was re-elected as Portuguese prime minister": the
        // nation's office, won at its election.
        if (SentenceCues.HasAny(sentence, "term as", "lected"))
            foreach (Match m in TermAsOffice().Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(m.Groups["c"].Value), true);
        // "propelled William Jennings Bryan to the White House in 1896": the presidential election of that year.
        if (sentence.Contains("White House", StringComparison.Ordinal))
            foreach (Match m in WhiteHouseIn().Matches(sentence))
                found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.Foreign, "United States", true, year: int.Parse(m.Groups["y"].Value), topic: "presidential");
        // "won 332 electoral votes", "the Electoral College": the American presidential election's, unless the
        // sentence is about a party's leadership (Labour elected its leaders by an electoral college until 2014).
        if (SentenceCues.HasAny(sentence, "lectoral vote", "lectoral college", "lectoral College") && !PartyLeadership().IsMatch(sentence))
            foreach (Match m in ElectoralCollege().Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, "United States", true);
        // "Voters in Greece elected Syriza in January", "Millions of Iraqis voted on Sunday": a country's voters, or its
        // people, choosing is its election.
        if (SentenceCues.HasAny(sentence, "oters", "polls", "voted", "voting") && !SentenceCues.HasAny(sentence, "eferend"))
            foreach (Match m in CountryVoted().Matches(sentence))
                // A people's vote in a sentence about the UK is theirs in a British election ("British Indians voted
                // Labour", "Irish voters in Britain"), and "voted with their feet" is no vote at all.
                if (!m.Groups["people"].Success || !TextCues.UkNamed().IsMatch(sentence) && !NotTheirElection().IsMatch(sentence, m.Index + m.Length))
                    found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(m.Groups["c"].Value), true);
        if (!SentenceCues.HasAny(sentence, "lection", "rimar", "aucus", "idterm", "residential ", "un-off", "unoff")) return;
        // "Poland's recent election", "France's next presidential election": the words of its time are read as if
        // before the name ("the recent election in Poland").
        foreach (Match m in CountryElection().Matches(sentence))
            found.Add(m.Groups["when"] is { Success: true } when ? when.Index + when.Length + 1 : m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(m.Groups["c"].Value), true, topic: RoundOf(m.Value));
        foreach (Match m in ElectionsIn().Matches(sentence))
            found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(m.Groups["c"].Value), true, topic: RoundOf(m.Value));
        foreach (Match m in Midterms().Matches(sentence))
            found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, "United States", true, topic: "midterm");
        // "the last presidential elections took place in France": a country's own kind of election, named nearby
        // or, in an article about one other country, anywhere in it ("ousted in the 2015 Presidential elections").
        foreach (Match m in NationalLevel().Matches(sentence))
        {
            if (found.Covers(m.Index)) continue;
            var country = TextCues.ForeignCountry().Matches(sentence).FirstOrDefault(c => Math.Abs(c.Index - m.Index) <= 60);
            // "Republican nominee Donald Trump ... the presidential race": a party only one country has names it.
            // No country near: the article's, if it names one (see ElectionExtractor.PlaceInArticlesCountry).
            var area = country is not null ? ElectionWords.Country(country.Value) : AmericanParty().IsMatch(sentence) ? "United States" : ArticlesCountry;
            found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, area, true, topic: RoundOf(m.Value));
        }
    }

    /// <summary>Which round of a country's elections the words name, where the calendar tells them apart.</summary>
    private static string? RoundOf(string words) =>
        words.Contains("residential", StringComparison.Ordinal) ? "presidential"
        : words.Contains("id-term", StringComparison.Ordinal) || words.Contains("idterm", StringComparison.Ordinal) ? "midterm" : null;

    /// <summary>The area of a country's election that the sentence does not name: the article's country, settled
    /// over the whole article, or no election.</summary>
    public const string ArticlesCountry = "?";

    /// <summary>As <see cref="ArticlesCountry"/>, for an election named only by a year ("the 2016 elections"): weaker
    /// evidence, so the article must be about that country (<see cref="ElectionExtractor"/>).</summary>
    public const string ArticlesCountryByYear = "?year";

    private const string Level = @"(?:(?:[Pp]residential|[Gg]eneral|[Pp]arliamentary|[Ll]egislative|[Ff]ederal|[Nn]ational|[Mm]id-?term|[Ss]tate|snap|[Rr]egional|local)\s+)?";

    [GeneratedRegex(ElectionWords.NotNorthern + @"\b(?<c>" + ElectionWords.CountryNames + @")(?!\w)(?:['’]s)?\s+(?:(?<when>recent|last|previous|latest|next|upcoming|forthcoming|coming)\s+)?(?:(?:" + ElectionWords.MonthNames + @")\s+|(?!(?:presidential|general|parliamentary|legislative|federal|national|state|snap|regional|local|first|second|third|final|last)\b)[a-z][a-z-]+\s+(?=" + Level + @"(?:[Ee]lections?|run-?offs?)\b))?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:first|second|third|final|last)\s+(?:stage|round|phase)\s+of\s+(?:the\s+|its\s+)?)?" + Level + @"(?:[Ee]lections?|primar(?:y|ies)|caucus(?:es)?|run-?offs?)\b")]
    private static partial Regex CountryElection();

    [GeneratedRegex(@"\b" + Level + @"[Ee]lections?\s+in\s+(?:the\s+)?" + ElectionWords.NotNorthern + @"(?<c>" + ElectionWords.CountryNames + @")(?!\w)")]
    private static partial Regex ElectionsIn();

    [GeneratedRegex(@"\b(?:re-?elected|elected|voted\s+in)\b(?:\s+" + ArticleSentence.Person + @")?\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?[Pp]resident\s+of\s+(?:the\s+)?" + ElectionWords.NotNorthern + @"(?<c>" + ElectionWords.CountryNames + @")(?!\w)")]
    private static partial Regex ElectedPresident();

    [GeneratedRegex(@"\b(?:(?:won|wins|winning|secured|secures|claimed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?term\s+as|(?:re-?elected|elected)\s+as|(?:re-?elected|elected))\s+(?:the\s+)?(?:new\s+)?" + ElectionWords.NotNorthern + @"(?<c>" + ElectionWords.CountryNames + @")(?!\w)\s+(?:[Cc]hancellor|[Pp]rime\s+[Mm]inister|[Pp]resident)\b")]
    private static partial Regex TermAsOffice();

    /// <summary>"Voters in Greece elected Syriza", "Spain went to the polls", "Iraqis voted", "Iraqi voters went to the polls"
    /// (not in a sentence about a referendum).</summary>
    [GeneratedRegex(ElectionWords.NotNorthern + @"(?<!\b(?:British|UK|Asian|Black|Muslim|Hindu|Sikh)\s)\b(?<people>(?<c>" + ElectionWords.CountryNames + @")(?:s|\s+voters)\s+(?:(?:have|had)\s+)?(?:voted|are\s+voting|went\s+to\s+the\s+polls|(?:re-?)?elected)\b)|\b[Vv]oters\s+in\s+(?:the\s+)?" + ElectionWords.NotNorthern + @"(?<c>" + ElectionWords.CountryNames + @")(?!\w)\s+(?:(?:have|had)\s+)?(?:elected|re-?elected)\b|" + ElectionWords.NotNorthern + @"\b(?<c>" + ElectionWords.CountryNames + @")(?!\w)\s+(?:(?:has|have|had|will)\s+)?(?:went|go|goes|going)\s+to\s+the\s+polls\b")]
    private static partial Regex CountryVoted();

    /// <summary>The United States' parties (<see cref="ElectionWords.AmericanParties"/>) named in a sentence, as news
    /// writes them beside a presidential race. Not the Social or Liberal Democrats, the Democratic Unionists or an
    /// Irish republican.</summary>
    [GeneratedRegex(@"(?<!\b(?:Social|Irish|Liberal|Christian)\s)\b(?:" + ElectionWords.AmericanParties + @")\b(?!\s+(?:Army|movement|Sinn|Unionist|Party\s+of\s+(?!America)))")]
    private static partial Regex AmericanParty();

    [GeneratedRegex(@"\b(?:Labour|Conservative|Tory|leader|leadership)\b")]
    private static partial Regex PartyLeadership();

    /// <summary>After a people's "voted": a British party ("voted Labour"), or feet.</summary>
    [GeneratedRegex(@"\G\s+(?:for\s+(?:the\s+)?)?(?:" + Parties.Names + @"|with\s+their\s+feet)\b")]
    private static partial Regex NotTheirElection();

    /// <summary>The presidency won in a year: "to the White House in 1896", "won the White House in 2008" (not "at the
    /// White House in 2010", a visit).</summary>
    [GeneratedRegex(@"\b(?:to|won|win|wins|winning|took|retook|recaptured|for)\s+the\s+White\s+House\s+in\s+(?<y>(?:18|19|20)\d\d)\b")]
    private static partial Regex WhiteHouseIn();

    [GeneratedRegex(@"\b[Ee]lectoral\s+(?:[Cc]ollege\b|votes?\b)")]
    private static partial Regex ElectoralCollege();

    [GeneratedRegex(@"\b(?:[Pp]residential|[Pp]arliamentary|[Ll]egislative|[Ff]ederal)\s+[Ee]lections?\b|\b[Pp]residential\s+(?:race|contest|debates?|nominees?|campaign)\b")]
    private static partial Regex NationalLevel();

    [GeneratedRegex(@"\b[Mm]id-?term\s+(?:[Ee]lections|polls)\b|\b(?:the\s+)?midterms\b")]
    private static partial Regex Midterms();
}
