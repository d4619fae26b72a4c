using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Referendums: the UK's on Europe and on the voting system, Scotland's on independence, Wales's on devolution,
/// and other countries' ("the Irish referendum", "a referendum in Greece"). What the words say it was about
/// settles its area and, through the calendar, its year ("the EU referendum" written after 2016 is 2016's);
/// a referendum on a constitution that was never put to the vote has no year to find.
/// </summary>
internal static partial class ReferendumRules
{
    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        if (SentenceCues.HasAny(sentence, "eferend"))
            foreach (Match m in Referendum().Matches(sentence))
            {
                var words = $"{m.Groups["adj"].Value} {m.Groups["topic"].Value} {m.Groups["on"].Value} {m.Groups["in"].Value}";
                var (area, topic) = Subject(words);
                // "Turkey's 2017 constitutional referendum": a constitution is the UK's (the EU's, voted on in 2005) only
                // where no other country is named with it, or, unless the words say Europe, in the sentence.
                if (area is "UK" && topic is null && (m.Groups["country"].Success ? ElectionWords.Country(m.Groups["country"].Value)
                        : words.Contains("Europe", StringComparison.Ordinal) ? null : OnlyCountry(sentence)) is { } named)
                    area = named;
                // "Scottish independence was rejected ... in last year's referendum", "a referendum ... to see whether
                // Scotland should stay in the UK": the sentence's topic is the referendum's.
                if (area is null && topic is null && (sentence.Contains("independence", StringComparison.Ordinal) || StayInTheUnion().IsMatch(sentence))
                    && ScottishCue().IsMatch(sentence) && !Europe().IsMatch(sentence))
                    (area, topic) = ("Scotland", "independence");
                // "EU membership was rejected in the referendum": told in the past, the sentence's Europe is the
                // referendum's (not "this 2nd referendum" or "a quasi-referendum", which are no past vote).
                if (area is null && topic is null && BareWords().IsMatch(sentence[Math.Max(0, m.Index - 12)..m.Index]) && TextCues.PastTense().IsMatch(sentence)
                    && EuropeNamed().IsMatch(sentence) && !Constitution().IsMatch(sentence) && !ScottishCue().IsMatch(sentence) && OnlyCountry(sentence) is null)
                    (area, topic) = ("UK", "europe");
                // "a referendum in Greece": that country's.
                if (area is null && m.Groups["in"].Success) area = ElectionWords.Country(m.Groups["in"].Value);
                area ??= IndependenceArea(sentence, topic);
                if (area is null && m.Groups["country"].Success) area = ElectionWords.Country(m.Groups["country"].Value);
                // "the 2014 referendum" is the UK's of that year; "Italians rejected the reform in a 2016 referendum", one
                // not the UK's, is the country's the sentence names.
                area ??= Indefinite().IsMatch(sentence[Math.Max(0, m.Index - 12)..m.Index]) ? OnlyCountry(sentence) ?? AreaOfYear(sentence, m.Index) : AreaOfYear(sentence, m.Index) ?? OnlyCountry(sentence);
                // "the referendum the government has chosen": no other country named, a sentence of British politics.
                if (area is null && !BareWords().IsMatch(sentence[Math.Max(0, m.Index - 12)..m.Index]) && BritishPolitics().IsMatch(sentence)) area = "UK";
                // "the referendum" alone: the UK's one held near the article's date, if the calendar has one.
                if (area is null && topic is null && BareWords().IsMatch(sentence[Math.Max(0, m.Index - 12)..m.Index]) && !m.Groups["on"].Success)
                    found.Add(m.Index, m.Index + m.Length, ElectionKind.Referendum, "UK", true, bare: true);
                else found.Add(m.Index, m.Index + m.Length, ElectionKind.Referendum, area, true, calendarYear: CalendarYear(area, topic), topic: topic);
            }
        if (SentenceCues.HasAny(sentence, "Brexit", "EU", "European Union", "Leave voters", "Remain voters"))
            foreach (Match m in BrexitVote().Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Referendum, "UK", true, calendarYear: 2016);
        // "Scotland voted No in 2014", "Greeks voted No": a people's Yes or No is a referendum's, its own.
        if (SentenceCues.HasAny(sentence, "voted"))
            foreach (Match m in VotedYesOrNo().Matches(sentence))
                if (!found.Covers(m.Index))
                {
                    var scotland = m.Groups["c"].Value == "Scotland";
                    found.Add(m.Index, m.Index + m.Length, ElectionKind.Referendum, scotland ? "Scotland" : ElectionWords.Country(m.Groups["c"].Value), true,
                        calendarYear: scotland ? CalendarYear("Scotland", "independence") : null, topic: scotland ? "independence" : null);
                }
        if (SentenceCues.HasAny(sentence, "voted to", "voted for", "voted Leave", "voted Remain", "voted leave", "voted remain"))
            foreach (Match m in VotedToLeave().Matches(sentence))
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Referendum, "UK", true, topic: "europe");
    }

    /// <summary>The area and topic the words name, in the calendar's terms.</summary>
    private static (string? Area, string? Topic) Subject(string words)
    {
        if (Constitution().IsMatch(words)) return ("UK", null);
        if (Europe().IsMatch(words)) return ("UK", "europe");
        if (VotingSystem().IsMatch(words)) return ("UK", "voting");
        if (words.Contains("Scot", StringComparison.Ordinal)) return ("Scotland", words.Contains("devolution", StringComparison.Ordinal) ? "devolution" : "independence");
        if (words.Contains("Welsh", StringComparison.Ordinal) || words.Contains("Wales", StringComparison.Ordinal)) return ("Wales", "devolution");
        // England's one regional vote: "the North East assembly referendum", "a referendum on a regional assembly".
        if (RegionalAssembly().IsMatch(words)) return ("North East England", "assembly");
        return (null, words.Contains("independence", StringComparison.Ordinal) ? "independence" : null);
    }

    [GeneratedRegex(@"\bNorth[- ]East\b|\bregional\s+assembl")]
    private static partial Regex RegionalAssembly();

    /// <summary>"the independence referendum" in a sentence about Scotland (or the SNP) is Scotland's; beside one nation
    /// within another state ("Catalan PM Puigdemont is in Belgium after the failed independence referendum"), that
    /// nation's.</summary>
    private static string? IndependenceArea(string sentence, string? topic)
    {
        if (topic != "independence") return null;
        if (ScottishCue().IsMatch(sentence)) return "Scotland";
        return Country().Matches(sentence).Select(m => ElectionWords.Country(m.Groups["c"].Value)).Where(c => c is not null && ElectionWords.NationsWithinStates.Contains(c))
            .Distinct().ToList() is [var nation] ? nation : null;
    }

    /// <summary>The year a topic's one referendum was held, when the calendar has exactly one.</summary>
    private static int? CalendarYear(string? area, string? topic) =>
        area is null || topic is null ? null : ElectionCalendar.ReferendumOn(area, topic, before: null, year: null)?.Date.Year;

    /// <summary>"the 2014 referendum": the area of the one UK referendum held that year, or of the one the sentence names.</summary>
    private static string? AreaOfYear(string sentence, int position)
    {
        var m = YearBefore().Match(sentence[Math.Max(0, position - 12)..position]);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value);
        if (ElectionCalendar.ReferendumIn(year, null) is { } only) return only.Area;
        // "In the 2011 referendum, only 32% voted in favour of the Alternative Vote": of the year's referendums, the one
        // on what the sentence names.
        var (area, topic) = Subject(sentence);
        return area is not null && topic is not null ? ElectionCalendar.ReferendumOn(area, topic, before: null, year)?.Area : null;
    }

    /// <summary>The one foreign country the sentence names ("amend Ireland's constitution ... in a referendum").</summary>
    private static string? OnlyCountry(string sentence)
    {
        var countries = Country().Matches(sentence).Select(m => ElectionWords.Country(m.Groups["c"].Value)).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    [GeneratedRegex(@"\b(?:(?<adj>Scottish|Scotland['’]s|Welsh|EU|European|Brexit|AV|Alternative Vote|in-out|in/out|North[- ]East(?:\s+(?:regional\s+)?assembly)?|regional\s+assembly)\s+|" + ElectionWords.NotNorthern + @"(?<country>" + ElectionWords.CountryNames + @")(?:['’]s)?\s+(?:(?:19|20)\d\d\s+)?)?(?:(?<topic>independence|membership|devolution|EU|Brexit|in-out|in/out|constitutional)\s+)?[Rr]eferend(?:um|a|ums)\b(?:\s+(?:on|over)\s+(?!\d|(?:" + ElectionWords.MonthNames + @")\b)(?:the\s+)?(?:(?:UK|Britain)['’]s\s+)?(?<on>[^,.;:]{0,50})|\s+in\s+(?:the\s+)?(?<in>Scotland|Wales|" + ElectionWords.CountryNames + @")(?!\w))?")]
    private static partial Regex Referendum();

    [GeneratedRegex(@"\b(?:EU|European Union|Europe|Brexit|in-out|in/out|membership|Common Market|EEC)\b")]
    private static partial Regex Europe();

    /// <summary>Europe named as itself, not a membership of anything ("the NUS membership referendum").</summary>
    [GeneratedRegex(@"\b(?:EU|European Union|Brexit|Common Market|EEC)\b")]
    private static partial Regex EuropeNamed();

    [GeneratedRegex(@"\b(?:EU|European|Europe's)\s+constitution|\bconstitutional\b")]
    private static partial Regex Constitution();

    [GeneratedRegex(@"\b(?:AV|[Aa]lternative [Vv]ote|voting system|electoral (?:system|reform)|voting reform|proportional representation)\b")]
    private static partial Regex VotingSystem();

    [GeneratedRegex(@"\b(?:Scotland|Scottish|SNP|Holyrood)\b")]
    private static partial Regex ScottishCue();

    /// <summary>Scotland's choice to stay in the United Kingdom or to leave it, with Scotland as the one choosing ("whether
    /// Scotland should stay in the UK", "Scotland will have a referendum in a few years to decide whether or not to leave the
    /// Union"); not anyone else leaving ("nurses have been leaving the UK", "Britain will vote on whether to leave the Union").</summary>
    [GeneratedRegex(@"\bScotland\s+(?:(?:should|would|could|must|will|to|wants\s+to|voted\s+to)\s+)?(?:stay|stays|remain|remains|leave|leaves|break\s+away\s+from|split\s+from)\s+(?:in\s+|part\s+of\s+|within\s+)?the\s+(?:UK|United\s+Kingdom)\b|\bScotland(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,4}?referendum\b[^.;:]{0,60}?\b(?:whether\s+(?:or\s+not\s+)?)?to\s+(?:stay\s+in|remain\s+in|leave|break\s+away\s+from)\s+the\s+(?:UK|United\s+Kingdom|Union)\b")]
    private static partial Regex StayInTheUnion();

    [GeneratedRegex(@"\b(?:[Gg]overnment|Westminster|Parliament|MPs|Prime Minister|Downing Street|Britain|British|UK)\b")]
    private static partial Regex BritishPolitics();

    /// <summary>"the referendum", "Thursday's referendum": one named by no topic or place, only by the article's time.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hat|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday)['’]s)\s+$")]
    private static partial Regex BareWords();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)\s+$")]
    private static partial Regex YearBefore();

    /// <summary>"a 2016 referendum", "an independence referendum": one of many, not the one the UK held that year.</summary>
    [GeneratedRegex(@"\b(?:a|an)\s+(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+)?$")]
    private static partial Regex Indefinite();

    /// <summary>A country or its people, or Scotland, voting Yes or No: "Scotland voted No", "Greeks voted No", "the Irish
    /// overwhelmingly voted Yes".</summary>
    [GeneratedRegex(ElectionWords.NotNorthern + @"\b(?<c>Scotland|" + ElectionWords.CountryNames + @")s?\s+(?:(?:overwhelmingly|narrowly|decisively|resoundingly|clearly)\s+)?voted\s+(?:(?:overwhelmingly|narrowly|decisively|resoundingly|clearly)\s+)?[""“‘']?(?:Yes|No|yes|no)\b(?![""”’']?\s+(?:to|on)\b)")]
    private static partial Regex VotedYesOrNo();

    /// <summary>A country, or its people ("Italians", "Greeks": the adjective and a plural s).</summary>
    [GeneratedRegex(ElectionWords.NotNorthern + @"\b(?<c>" + ElectionWords.CountryNames + @")s?(?!\w)")]
    private static partial Regex Country();

    /// <summary>The UK's vote on Europe by its outcome: "the country voted to leave", "16 million people voted to
    /// remain"; which one the article's date settles (1975's or 2016's).</summary>
    [GeneratedRegex(@"\bvoted\s+(?:to\s+)?(?:[Ll]eave|[Rr]emain)\b(?!\s+(?:in\s+)?(?:the\s+|a\s+|office|post|power)(?!EU\b|European\b))|\bvoted\s+for\s+Brexit\b")]
    private static partial Regex VotedToLeave();

    /// <summary>The 2016 vote named by its subject or its voters: "the Brexit vote", "the EU referendum vote", "Leave voters",
    /// "the vote to leave the EU", "the 2016 vote to leave the EU", "the vote for Brexit".</summary>
    [GeneratedRegex(@"\bBrexit\s+(?:vote|ballot|voters)\b|\bEU\s+(?:membership\s+)?(?:vote|ballot)\b|\b(?:Leave|Remain)\s+voters\b|\b[Tt]he\s+(?:(?:19|20)\d\d\s+)?vote\s+to\s+(?:leave|remain\s+in)\s+the\s+(?:EU|European\s+Union)\b(?!\s+(?:without|with|on)\b)|\b[Tt]he\s+vote\s+for\s+Brexit\b")]
    private static partial Regex BrexitVote();
}
