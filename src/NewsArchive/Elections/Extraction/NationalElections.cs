using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Elections held across the UK: general elections, named as such, by their year ("his party's 2001 election
/// defeat", "the 1997 landslide"), by an MP's first election ("first elected in 1987", "MP for Leigh since 2001"),
/// or as "the election" or "the last election" in an article about Westminster; and elections to the European
/// Parliament. A year counts only when the calendar holds a general election in it.
/// </summary>
internal static partial class NationalElections
{
    private const string Year = ElectionRecogniser.Year;

    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        var election = sentence.Contains("lection", StringComparison.Ordinal);
        foreach (Match m in election ? GeneralElection().Matches(sentence).Concat(SnapElection().Matches(sentence)) : Enumerable.Empty<Match>())
        {
            // "Spain faced its second general election": another country's, named beside it. A country named
            // further off leaves the election unread rather than guessed.
            var country = TextCues.ForeignCountry().Matches(sentence).FirstOrDefault(c => Math.Abs(c.Index - m.Index) <= 60);
            if (country is not null) found.Add(m.Index, m.Index + m.Length, ElectionKind.Foreign, ElectionWords.Country(country.Value), true);
            else if (!TextCues.ForeignCountry().IsMatch(sentence)) found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true);
        }
        // "the last UK election", "a newly elected MP": Westminster's election, named without the word "general".
        var newly = sentence.Contains("ewly", StringComparison.Ordinal) ? NewlyElectedMp().Matches(sentence) : Enumerable.Empty<Match>();
        foreach (Match m in (election ? UkElection().Matches(sentence) : Enumerable.Empty<Match>()).Concat(newly))
            if (!found.Covers(m.Index)) found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true);
        foreach (Match m in election ? EuropeanElections().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Index, m.Index + m.Length, ElectionKind.EuropeanParliament, "UK", true);
        // "has won seats in the European Parliament for the first time": seats won there are its election's.
        foreach (Match m in sentence.Contains("European Parliament", StringComparison.Ordinal) ? SeatsInEuropeanParliament().Matches(sentence) : Enumerable.Empty<Match>())
            if (!found.Covers(m.Index)) found.Add(m.Index, m.Index + m.Length, ElectionKind.EuropeanParliament, "UK", true);
        foreach (Match m in YearElection().Matches(sentence))
            if (!AddGeneralIn(found, m, sentence) && !AddPlannedGeneral(found, m, sentence)) AddArticlesCountryIn(found, m, sentence);
        foreach (Match m in SentenceCues.HasAny(sentence, "landslide", "majority", "power") ? WonIn().Matches(sentence) : Enumerable.Empty<Match>())
            if (TextCues.Westminster().IsMatch(sentence) && !TextCues.ForeignCountry().IsMatch(sentence)) AddGeneralIn(found, m, sentence, measured: m.Groups["since"].Success);
        // "In 1997 and 2001 they voted Labour", "who backed the Tories in 1992", "Labour won in 1997": a UK party chosen in a
        // year Westminster held an election.
        foreach (Match m in SentenceCues.HasAny(sentence, "vote", "Vote", "voting", "Voting", "backed", "supported", "won") ? PartyChosenIn().Matches(sentence) : Enumerable.Empty<Match>())
            if (!AmericanParty().IsMatch(m.Groups["party"].Value) && !TextCues.ForeignCountry().IsMatch(sentence) && !Legislators().IsMatch(sentence))
                AddGeneralEach(found, m, sentence, partyChosen: true);
        foreach (Match m in election ? YearElections().Matches(sentence) : Enumerable.Empty<Match>())
            if (!AddDevolvedIn(found, m, sentence)) AddArticlesCountryIn(found, m, sentence);
        foreach (Match m in election && sentence.Contains("since", StringComparison.Ordinal) ? GeneralSince().Matches(sentence) : Enumerable.Empty<Match>())
            if (!TextCues.ForeignCountry().IsMatch(sentence)) AddGeneralIn(found, m, sentence, measured: true);
        foreach (Match m in election ? YearList().Matches(sentence) : Enumerable.Empty<Match>())
            AddGeneralEach(found, m, sentence);
        foreach (Match m in election ? YearRange().Matches(sentence) : Enumerable.Empty<Match>())
            AddGeneralsBetween(found, m, sentence);
        foreach (Match m in SentenceCues.HasAny(sentence, "MP", "Parliament", "Commons", "seat") ? ElectedMember().Matches(sentence) : Enumerable.Empty<Match>())
            AddGeneralIn(found, m, sentence);
        foreach (Match m in sentence.Contains("returned to", StringComparison.Ordinal) ? ReturnedToPower().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "In 2015, David Cameron ... returned to Westminster with a majority": the sentence's year is its own.
            var year = TextCues.YearNear(sentence, m.Index);
            if (year is null || ElectionCalendar.HeldIn(ElectionKind.General, "UK", year.Value)) found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true, year: year);
        }
        foreach (Match m in sentence.Contains("MEP", StringComparison.Ordinal) ? ElectedMep().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var year = int.Parse(m.Groups["y"].Value);
            if (ElectionCalendar.HeldIn(ElectionKind.EuropeanParliament, "UK", year))
                found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.EuropeanParliament, "UK", true, year: year);
        }
        foreach (Match m in SentenceCues.HasAny(sentence, "19", "20") ? PollingDay().Matches(sentence) : Enumerable.Empty<Match>())
            AddPollingDay(found, m);
        // "Tony Blair has won a historic third term": a government's term won is a general election, read as "the
        // election" is, in an article about Westminster near polling day.
        // So is a parliament no party won ("Britain faces its first hung parliament since 1974").
        var won = sentence.Contains(" term", StringComparison.Ordinal) ? TermWon().Matches(sentence) : Enumerable.Empty<Match>();
        var hung = sentence.Contains("hung ", StringComparison.Ordinal) ? HungParliament().Matches(sentence) : Enumerable.Empty<Match>();
        foreach (Match m in won.Concat(hung))
            if (!TextCues.ForeignCountry().IsMatch(sentence) && !found.Covers(m.Index)) found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true, bare: true);
        foreach (Match m in election ? BareElection().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (found.Covers(m.Index + m.Length - 2)) continue;
            found.Add(m.Groups["word"].Index, m.Index + m.Length, ElectionKind.General, "UK", true, bare: true);
        }
    }

    /// <summary>"since the surprise of 7th May 2015": a date the calendar holds as a general election's polling day
    /// names that election. Local elections held the same day are left to words that name them.</summary>
    private static void AddPollingDay(ElectionRecogniser.Anchors found, Match m)
    {
        var (day, month, year) = (int.Parse(m.Groups["d"].Value), ElectionWords.Month(m.Groups["m"].Value), int.Parse(m.Groups["y"].Value));
        if (month == 0 || day > DateTime.DaysInMonth(year, month)) return;
        if (ElectionCalendar.DatesOf(ElectionKind.General, "UK").Contains(new DateOnly(year, month, day)) && !found.Covers(m.Index))
            found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true, year: year);
    }

    /// <summary>A day, a month and a year: "7th May 2015", "7 May, 2015", "May 7, 2015".</summary>
    [GeneratedRegex(@"\b(?:(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + ElectionWords.MonthNames + @")|(?<m>" + ElectionWords.MonthNames + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?),?\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex PollingDay();

    /// <summary>A general election named only by its year: kept when the calendar has one that year. True when the
    /// year is Westminster's (an anchor added, or another kind's word beside it): no other rule may read it.</summary>
    private static bool AddGeneralIn(ElectionRecogniser.Anchors found, Match m, string sentence, bool measured = false)
    {
        var year = int.Parse(m.Groups["y"].Value);
        if (!ElectionCalendar.HeldIn(ElectionKind.General, "UK", year) || found.Covers(m.Groups["y"].Index)) return false;
        // "the 2019 Canadian election" is another country's; "in 2001" after "mayor" is a mayoral one.
        if (OtherKindBeside(sentence, m)) return true;
        found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.General, "UK", true, year: year, measured: measured);
        return true;
    }

    /// <summary>"Cameron will step down before the 2020 election", "the 2022 general election": a year the law once set
    /// for a general election, named as one in a sentence about Westminster or with the word "general" and no other
    /// country. Whether it was still to come is the article's date's to say (<see cref="ElectionYears"/>).</summary>
    private static bool AddPlannedGeneral(ElectionRecogniser.Anchors found, Match m, string sentence)
    {
        var year = int.Parse(m.Groups["y"].Value);
        if (!ElectionCalendar.PlannedGeneral(year) || found.Covers(m.Groups["y"].Index) || OtherKindBeside(sentence, m) || TextCues.ForeignCountry().IsMatch(sentence)) return false;
        if (!TextCues.Westminster().IsMatch(sentence) && !m.Value.Contains("eneral", StringComparison.Ordinal)) return false;
        found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.General, "UK", true, year: year);
        return true;
    }

    /// <summary>"the election of 1912", "the 2016 elections" in a year Westminster held none, in a sentence with no
    /// word of Westminster, of a nation of the UK or of another kind: the election of the one other country the sentence
    /// names ("attacks on opposition supporters in Zimbabwe after the 2008 election"), or, naming none, of the country the
    /// article is about, if it is about one (see ElectionExtractor.PlaceInArticlesCountry); else none.</summary>
    private static void AddArticlesCountryIn(ElectionRecogniser.Anchors found, Match m, string sentence)
    {
        if (found.Covers(m.Groups["y"].Index) || TextCues.Westminster().IsMatch(sentence) || WalesWord().IsMatch(sentence) || ScotlandWord().IsMatch(sentence)) return;
        if (OtherKindBeside(sentence, m)) return;
        var countries = TextCues.ForeignCountry().Matches(sentence).Select(c => ElectionWords.Country(c.Value)).Distinct().ToList();
        if (countries is [] or [{ }])
            found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.Foreign, countries is [{ } one] ? one : ForeignElections.ArticlesCountryByYear, true, year: int.Parse(m.Groups["y"].Value));
    }

    /// <summary>"the run-up to the 2007 elections" in a sentence about Wales or Scotland and no general election that
    /// year: that nation's parliament's, when the calendar holds one then. False only when the sentence names
    /// neither nation and the year is no general election's: another country's rule may read it.</summary>
    private static bool AddDevolvedIn(ElectionRecogniser.Anchors found, Match m, string sentence)
    {
        var year = int.Parse(m.Groups["y"].Value);
        if (ElectionCalendar.HeldIn(ElectionKind.General, "UK", year) || found.Covers(m.Groups["y"].Index)) return true;
        var (wales, scotland) = (WalesWord().IsMatch(sentence), ScotlandWord().IsMatch(sentence));
        if (!wales && !scotland) return false;
        if (wales == scotland) return true;
        var area = wales ? "Wales" : "Scotland";
        if (ElectionCalendar.HeldIn(ElectionKind.DevolvedParliament, area, year))
            found.Add(m.Groups["y"].Index, m.Index + m.Length, ElectionKind.DevolvedParliament, area, true, year: year);
        return true;
    }

    [GeneratedRegex(@"\b(?:the\s+)(?<y>" + Year + @")\s+[Ee]lections?\b")]
    private static partial Regex YearElections();

    [GeneratedRegex(@"\b(?:Wales|Welsh|Senedd|Cardiff Bay)\b")]
    private static partial Regex WalesWord();

    [GeneratedRegex(@"\b(?:Scotland|Scottish|Holyrood)\b")]
    private static partial Regex ScotlandWord();

    /// <summary>Elections named by a list of years ("the 1997 and 2001 elections", "ran the election campaign in both
    /// 1997 and 2001"): one general election each, when the calendar holds one in every year listed. Students who
    /// chose a party of Westminster ("students queued to vote for the Lib Dems in 2010") chose it at its election.</summary>
    private static void AddGeneralEach(ElectionRecogniser.Anchors found, Match m, string sentence, bool partyChosen = false)
    {
        var years = m.Groups["y"].Captures.Select(c => int.Parse(c.Value)).ToList();
        if (!years.All(y => ElectionCalendar.HeldIn(ElectionKind.General, "UK", y))) return;
        if (OtherKindNear().Matches(Beside(sentence, m)).Any(k => !(partyChosen && Students().IsMatch(k.Value)))) return;
        foreach (Capture y in m.Groups["y"].Captures)
            if (!found.Covers(y.Index)) found.Add(y.Index, y.Index + y.Length, ElectionKind.General, "UK", true, year: int.Parse(y.Value));
    }

    /// <summary>"Every election from 1992 to 2015": each general election the calendar holds in the range, both ends
    /// included, when the sentence names no other country and no other kind.</summary>
    private static void AddGeneralsBetween(ElectionRecogniser.Anchors found, Match m, string sentence)
    {
        var (from, to) = (int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value));
        if (to <= from || OtherKindBeside(sentence, m) || TextCues.ForeignCountry().IsMatch(sentence)) return;
        foreach (var day in ElectionCalendar.DatesOf(ElectionKind.General, "UK").Where(d => d.Year >= from && d.Year <= to))
            found.Add(m.Index, m.Index + m.Length, ElectionKind.General, "UK", true, year: day.Year);
    }

    [GeneratedRegex(@"\b(?:[Ee]very|[Ee]ach|[Aa]ll\s+the)\s+(?:(?:UK|British)\s+)?(?:[Gg]eneral\s+)?[Ee]lections?\s+(?:from\s+(?<a>" + Year + @")\s+(?:to|until|through)\s+(?<b>" + Year + @")|between\s+(?<a>" + Year + @")\s+and\s+(?<b>" + Year + @"))\b")]
    private static partial Regex YearRange();

    private const string Years = @"(?:both\s+)?(?<y>" + Year + @")(?:,\s+(?<y>" + Year + @"))*,?\s+and\s+(?<y>" + Year + @")\b";

    [GeneratedRegex(@"\b" + Years + @"(?:['’]s)?\s+(?:[Gg]eneral\s+)?[Ee]lections\b|\b(?:[Gg]eneral\s+)?[Ee]lections?(?:\s+campaigns?)?\b[^.;:!?]{0,80}?\bin\s+" + Years + @"(?!\s*(?:per cent|%))|\b[Gg]eneral\s+[Ee]lections\s+of\s+" + Years)]
    private static partial Regex YearList();

    private const string InYears = @"in\s+(?:both\s+)?(?<y>" + Year + @")(?:(?:,\s+|,?\s+and\s+)(?<y>" + Year + @"))*\b(?!\s*(?:per cent|%))";

    /// <summary>A party voters chose in a year, or that won in it: "In 1997 and 2001 they voted Labour", "who voted
    /// Conservative in 2001", "backed the Tories in 1992", "Labour won in 1997".</summary>
    [GeneratedRegex(@"\b[Ii]n\s+(?:both\s+)?(?<y>" + Year + @")(?:(?:,\s+|,?\s+and\s+)(?<y>" + Year + @"))*,?\s+(?:[\w’'-]+\s+){1,3}?(?:voted|backed|supported)\s+(?:for\s+)?(?:the\s+)?(?<party>" + Parties.Names + @")\b(?![’']s|\s+(?:plans?|bill|motion|government|proposals?|amendment|policy|policies|budget|manifesto)\b)"
        + @"|\b(?:voted|[Vv]ote|[Vv]otes|[Vv]oting|backed|supported)\s+(?:for\s+)?(?:the\s+)?(?<party>" + Parties.Names + @")\s+(?:[\w’'-]+\s+){0,2}?" + InYears
        + @"|\b(?<party>" + Parties.Names + @")\s+(?:last\s+|first\s+)?won\s+(?:again\s+)?" + InYears)]
    private static partial Regex PartyChosenIn();

    /// <summary>Members who vote on bills, not voters at an election: "Liberal Democrat MPs voted for the
    /// Conservative plans", "the Commons voted for".</summary>
    [GeneratedRegex(@"\b(?:MPs|MEPs|MSPs|peers|Commons|Lords|councillors|[Pp]arliament|[Cc]abinet)\b")]
    private static partial Regex Legislators();

    [GeneratedRegex(@"^(?:" + ElectionWords.AmericanParties + ")")]
    private static partial Regex AmericanParty();

    [GeneratedRegex(@"\b[Gg]eneral [Ee]lection(?!s)")]
    private static partial Regex GeneralElection();

    [GeneratedRegex(@"\b(?:UK|British|Westminster)\s+(?:[Pp]arliamentary\s+)?[Ee]lection\b(?!s)")]
    private static partial Regex UkElection();

    /// <summary>"the newly elected MP for Orpington", "newly-elected Labour MPs": elected at the last general election.</summary>
    [GeneratedRegex(@"\bnewly[- ]elected\s+(?:[A-Z][\w-]*\s+)?MPs?\b")]
    private static partial Regex NewlyElectedMp();

    /// <summary>"an ill-judged snap election": in British politics, a general election called early.</summary>
    [GeneratedRegex(@"\bsnap\s+[Ee]lection(?!s)")]
    private static partial Regex SnapElection();

    /// <summary>"the European elections", "the EU elections", "European Parliament elections", "elections to the European Parliament".</summary>
    [GeneratedRegex(@"\b(?:European|Euro|EU)\s+(?:Parliament(?:ary)?\s+)?[Ee]lections?\b|\b[Ee]lections?\s+to\s+the\s+European\s+Parliament\b")]
    private static partial Regex EuropeanElections();

    [GeneratedRegex(@"\b(?:won|wins|winning|took|takes|taking|gained|gains|gaining|secured|securing|lost|loses|losing)\s+(?:(?:its|their|his|her|a|the)\s+)?(?:first\s+)?(?:(?:\d+|" + NewsNumber.Written + @")\s+)?seats?\s+in\s+the\s+European\s+Parliament\b")]
    private static partial Regex SeatsInEuropeanParliament();

    /// <summary>"the 2001 election", "a 2017 UK general election", "Labour's 1997 landslide", "the 2001 Labour landslide",
    /// "Labour's 2017 manifesto" (a party's manifesto is written for a general election), "the election of 1983",
    /// "lost the election in 1992".</summary>
    [GeneratedRegex(@"\b(?<y>" + Year + @")(?:['’]s)?\s+(?:(?:UK|British|" + Parties.Names + @")\s+)?(?:[Gg]eneral\s+)?(?:[Ee]lection|landslide|manifesto)\b(?!s)|\b(?:[Gg]eneral\s+)?[Ee]lection\s+(?:of|in)\s+(?<y>" + Year + @")\b")]
    private static partial Regex YearElection();

    /// <summary>A government won in a year: "Labour won a landslide in 1997", "the Conservatives last won a majority
    /// in 1992", "Labour came to power in 1997", "have not won a majority since 1992". The sentence must be about Westminster (a UK party, Parliament, the
    /// government) and name no other country; a year with no general election, or another kind's word beside it, is not one.</summary>
    [GeneratedRegex(@"\b(?:won|win|wins|winning|swept\s+to|came\s+to|returned\s+to)\s+(?:(?:a|an|the|its|their|his|her|overall|outright|huge|large|big|small|slim|working|comfortable|Commons)\s+){0,3}(?<what>landslide|majority|power)\b[^.;:!?\d]{0,30}?\b(?:in|(?<since>since))\s+(?<y>" + Year + @")\b(?!\s*(?:per cent|%))")]
    private static partial Regex WonIn();

    /// <summary>A general election measured against an earlier one: "have not won a general election outright since
    /// 1992", "their worst general election result since 1983". The year's is a contest of its own.</summary>
    [GeneratedRegex(@"\b[Gg]eneral\s+[Ee]lections?\b[^.;:!?\d]{0,40}?\bsince\s+(?<y>" + Year + @")\b(?!\s*(?:per cent|%))")]
    private static partial Regex GeneralSince();

    /// <summary>A member's election to the Commons in a year: "first becoming MP for Leigh in 2001", "was elected
    /// ... with three other MPs ... in 1987", "MP for Leigh since 2001", "a Labour MP since 1983", "won the seat in
    /// 2005", "entered Parliament in 2001", "lost her seat in 1997", "1983 was when I was first elected as an MP". "Elected" and "became" are said of
    /// every office, so they need a word of the Commons after them; entering Parliament and a seat won or lost are its own.</summary>
    [GeneratedRegex(@"\b(?:(?:[Ee]lected|[Bb]ecoming|[Bb]ecame|become)\b(?=[^.;:!?]{0,120}?\b(?:MPs?|Parliament|Commons|seat)\b)|(?:[Ee]ntered|[Ee]ntering)\s+(?:Parliament|the\s+Commons)\b|(?:won|lost)\s+(?:the|his|her|their)\s+seat\b)[^.;:!?]{0,120}?\bin\s+(?<y>" + Year + @")\b(?!\s*(?:per cent|%))|\bMPs?\s+for\s+[A-Z][\w’'-]*(?:\s(?:and\s|upon\s)?[A-Z][\w’'-]*)*\s+since\s+(?<y>" + Year + @")\b|\b(?:an?|the)\s+(?:(?:" + Parties.Names + @")\s+)?MP\s+since\s+(?<y>" + Year + @")\b"
        + @"|\b(?<y>" + Year + @")\s+was\s+(?:when|the\s+year)\s+[^.;:!?]{0,40}?\b(?:elected|became|entered\s+Parliament)\b(?=[^.;:!?]{0,40}?\b(?:MP|Parliament|Commons)\b)")]
    private static partial Regex ElectedMember();

    /// <summary>A member of the European Parliament since a year: elected at that year's European election.</summary>
    [GeneratedRegex(@"\bMEPs?\s+(?:for\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s(?:and\s|upon\s|of\s)?[A-Z][\w’'-]*)*\s+)?since\s+(?<y>" + Year + @")\b")]
    private static partial Regex ElectedMep();

    /// <summary>A term of government won: "has won a historic third term", "secured a second successive term in office".
    /// Not a term of another office ("a third term as mayor"), which its own rules read.</summary>
    [GeneratedRegex(@"\b(?:won|wins|win|winning|secured|secures|clinched|clinches)\s+(?:an?\s+)?(?:(?:historic|unprecedented|record|straight|successive|consecutive|comfortable|narrow)\s+)*(?:second|third|fourth|fifth)\s+(?:(?:successive|consecutive|straight)\s+)?term\b(?!\s+(?:as|at)\b)")]
    private static partial Regex TermWon();

    [GeneratedRegex(@"\bhung\s+(?:[Pp]arliament|House\s+of\s+Commons)\b")]
    private static partial Regex HungParliament();

    /// <summary>A government returned by the voters: "returned to Westminster with a majority of six".</summary>
    [GeneratedRegex(@"\breturned\s+to\s+(?:Westminster|power|Downing Street)\s+with\b")]
    private static partial Regex ReturnedToPower();

    /// <summary>"the election", "the last election", "this election", "election night" with no other word to say which: read as a
    /// general election only where the article's date and the sentence settle it (see <see cref="ElectionAnchor.Bare"/>).</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Ll]ast|[Pp]revious|[Rr]ecent|(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s)\s+(?:(?:last|previous|recent|snap|current|coming|upcoming|forthcoming|next)\s+)?(?<word>election)\b(?!s|\s+(?:of|for|to)\b)|(?<![-\w])(?<!\b(?:local|council|mayoral|by|European|Assembly|leadership|[Uu]nion)\s)(?<word>[Ee]lection)(?=\s+night\b)")]
    private static partial Regex BareElection();

    private static bool OtherKindBeside(string sentence, Match m) => OtherKindNear().IsMatch(Beside(sentence, m));

    private static string Beside(string sentence, Match m) => sentence[Math.Max(0, m.Index - 25)..Math.Min(sentence.Length, m.Index + m.Length + 25)];

    [GeneratedRegex(@"^[Ss]tudent")]
    private static partial Regex Students();

    /// <summary>Another kind's word beside the year: then the year is that election's, read by its own rule. A state's,
    /// a region's or a province's own election ("the Bavarian state election in 2018") is not the nation's.</summary>
    [GeneratedRegex(@"\b(?:[Ss]tate|[Rr]egional|[Pp]rovincial|[Mm]unicipal|[Gg]ubernatorial|[Ss]enate)\s+(?:[Ee]lections?|polls?|races?)\b|\b(?:[Mm]ayor\w*|[Cc]ouncil|local|[Bb]y-?election|Assembly|Parliament\s+election|Holyrood|Senedd|European|[Ll]eader(?:ship)?|[Pp]resident\w*|referendum|[Uu]nion|[Ss]tudent\w*|Scottish|Welsh)\b|" + ElectionWords.NotNorthern + @"\b(?:" + ElectionWords.CountryNames + @")(?!\w)")]
    private static partial Regex OtherKindNear();
}
