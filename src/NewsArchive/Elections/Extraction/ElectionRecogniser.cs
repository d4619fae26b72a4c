using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Finds the elections a sentence names: the kind from a small lexicon of election words, the area from the
/// words next to them ("mayor of Tees Valley", "Hartlepool by-election", "the Canadian election"), and what
/// the words around say of its year ("the 2010 general election", "last June's European elections"). Each
/// family of elections has its own rules: <see cref="OfficeElections"/>, <see cref="NationalElections"/>,
/// <see cref="ReferendumRules"/>, <see cref="ForeignElections"/>, <see cref="LeadershipContests"/>, <see cref="OrganisationElections"/>.
/// </summary>
internal static partial class ElectionRecogniser
{
    /// <summary>A capitalised run of words that may name a place ("Tees Valley", "West of England").</summary>
    public const string Run = @"(?<![⟦\w’'-])(?<area>[A-Z][\w’'-]*(?:\s(?:of\s|and\s|upon\s|&\s)?[A-Z][\w’'-]*)*)";

    /// <summary>How far from an election's name its year may be written ("the referendum on Europe in 2017",
    /// "mayor of Greater Manchester in 2017"); a year further off in the clause is another event's.</summary>
    public const int YearReach = 60;

    /// <summary>A year as news writes one in prose.</summary>
    public const string Year = @"(?:19|20)\d\d";

    public static IReadOnlyList<ElectionAnchor> Find(string sentence, Func<int, int?> yearNear)
    {
        if (!SentenceCues.HasDigit(sentence) && !MayNameElection().IsMatch(sentence)) return [];
        var found = new Anchors(sentence, yearNear);
        OfficeElections.Find(sentence, found);
        NationalElections.Find(sentence, found);
        ReferendumRules.Find(sentence, found);
        ForeignElections.Find(sentence, found);
        LeadershipContests.Find(sentence, found);
        OrganisationElections.Find(sentence, found);
        CoordinatedElections.Find(sentence, found);
        return found.Sorted();
    }

    /// <summary>The other years of a list of years ("2009 and 2014", "2005, 2010 and 2015") that holds the given one and
    /// is written with the election's own words: starting at them or right after them ("re-election in 2009 and
    /// 2014", "the elections of 2010 and 2015"), or right before them ("the 2009 and 2014 Bolivian elections"). A list
    /// elsewhere in the sentence is another matter's ("served as a minister between 2010 and 2015").</summary>
    private static IEnumerable<int> CoordinatedYears(string sentence, int position, int end, int year)
    {
        if (!sentence.Contains(" and ", StringComparison.Ordinal) && !sentence.Contains(" & ", StringComparison.Ordinal)) return [];
        foreach (var m in new[] { YearListAt().Match(sentence, position), YearListAt().Match(sentence, Math.Min(end, sentence.Length)), YearListBefore().Match(sentence[..position]) })
        {
            if (!m.Success) continue;
            var years = m.Groups["y"].Captures.Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (years.Contains(year)) return years.Where(y => y != year).Distinct();
        }
        return [];
    }

    private const string YearsAnd = @"(?<y>" + Year + @")(?:,\s*(?<y>" + Year + @"))*,?\s+(?:and|&)\s+(?:in\s+)?(?<y>" + Year + @")\b(?![\d%-])";

    [GeneratedRegex(@"\G(?:\s+(?:held\s+)?(?:in|of|on)\s+(?:both\s+)?)?" + YearsAnd)]
    private static partial Regex YearListAt();

    [GeneratedRegex(@"(?<![\d£$€-])\b" + YearsAnd + @"\s+(?:[\p{L}-]+\s+){0,2}$")]
    private static partial Regex YearListBefore();

    /// <summary>A word every rule needs: most sentences have none, and the rules that open on a capitalised
    /// run are slow to fail. A year stands for the rules built on one ("elected in 1987", "the 1997 landslide").</summary>
    [GeneratedRegex(@"[Mm]ayor|[Ee]lect|[Rr]un-?offs?\b|[Pp]residential (?:race|contest|debate|nominee|campaign)|[Hh]ustings|(?:[Cc]ouncil|[Bb]orough)s? of |\b(?:councils|boroughs|the\s+(?:council|borough))\b|(?:took|taken|won|gained|seized|lost|held|kept|retained|regained|captured) (?:\S+ ){0,5}?[Cc]ouncil\b|[Cc]ouncil\b[^.;]{0,70}?\b(?:was (?:won|taken|gained|seized|captured|held|kept|retained|lost) by|went to|fell to|passed to|swung to|stayed|remained)\b|Senedd|European Parliament|Welsh [Aa]ssembly|National Assembly for Wales|Welsh [Pp]arliament|Holyrood|Scottish [Pp]arliament|Northern Ireland [Aa]ssembly|Stormont|London [Aa]ssembly|[Rr]eferend|affiliat|[Vv]ote (?:on|taken|held)\b|[Mm]otions? (?:to|on|for)\b|leadership|[Ll]eader of|Brexit vote|vote to (?:leave|remain in) the (?:EU|European Union)|Leave voters|Remain voters|[Pp]rimar(?:y|ies)|caucus|selected as|voted (?:to|for|[Ll]eave|[Rr]emain)|vote for Brexit|to the polls|[Vv]oters in|(?:race|contest|battle|bid) (?:to|for)|(?:second|third|fourth|fifth) (?:\w+ )?term|(?:19|20)\d\d")]
    private static partial Regex MayNameElection();

    /// <summary>The anchors one sentence yields, with what the words before each say of its time.</summary>
    public sealed class Anchors(string sentence, Func<int, int?> yearNear)
    {
        private readonly List<(ElectionAnchor Anchor, int End)> list = [];

        public void Add(int position, int end, ElectionKind kind, string? area, bool explicitly, int? year = null, int? calendarYear = null, bool future = false, bool bare = false, string? topic = null, int? wordsEnd = null, bool onlyAtGeneral = false, bool measured = false, bool held = false)
        {
            if (string.IsNullOrEmpty(area)) return;
            var before = sentence[Math.Max(0, position - 40)..position];
            // The words of its time follow the whole name, which may run past the anchor's own words ("the mayoral
            // and assembly elections in May").
            var time = YearPhrases.Around(sentence, position, wordsEnd ?? end);
            // "called a snap election": a real one, held, not a supposed or a coming one.
            var called = Called().IsMatch(before) || sentence.AsSpan(position).StartsWith("snap");
            var anchor = new ElectionAnchor(position, kind, area, explicitly, year ?? yearNear(position) ?? YearPhrases.OfWhenClause(sentence, position),
                Future: future || (explicitly && !called && time.Offset is null && (FutureMarker().IsMatch(before) || Approaching().IsMatch(before)) && !HeldOne().IsMatch(before)),
                Past: time.Offset is null && (PastMarker().IsMatch(before) || TextCues.ComparedAt().IsMatch(before)))
            {
                YearOffset = time.Offset, Month = time.Month, CalendarYear = calendarYear, Bare = bare, Topic = topic, OnlyAtGeneral = onlyAtGeneral, Measured = measured,
                // "there was a brand new leadership battle" tells of one that was held, not of a supposed or a coming one.
                // "a Labour leadership candidate": the article is the candidate's, the contest is a real one.
                Indefinite = !held && !called && Indefinite().IsMatch(before) && !HeldOne().IsMatch(before) && !Approaching().IsMatch(before) && !OneInTheContest().IsMatch(sentence[position..end]),
                AnyOne = AnyOne().IsMatch(before),
            };
            list.Add((anchor, end));
            // "his re-election in 2009 and 2014", "the elections of 2010 and 2015": each year of a list is a contest.
            if (anchor.StatedYear is { } stated)
                foreach (var other in CoordinatedYears(sentence, position, end, stated))
                    list.Add((anchor with { StatedYear = other }, end));
        }

        /// <summary>True when the sentence has an anchor of the kind so far.</summary>
        public bool Any(ElectionKind kind) => list.Any(a => a.Anchor.Kind == kind);

        /// <summary>True when an anchor already covers the position: a more specific rule has read those words.</summary>
        public bool Covers(int position) => list.Any(a => a.Anchor.Position <= position && position < a.End);

        public IReadOnlyList<ElectionAnchor> Sorted()
        {
            // "the Canadian general election" is Canada's, not the UK's: an anchor inside another's words goes.
            // "won the Labour leadership election last year": two rules read one name; the one reading to its end,
            // where the words of its time follow, is the one kept.
            var kept = list.Where(a => !list.Any(b => b != a && b.Anchor.Kind != a.Anchor.Kind && b.Anchor.Position <= a.Anchor.Position
                    && a.End <= b.End && (b.End - b.Anchor.Position) > (a.End - a.Anchor.Position)))
                .Where(a => !list.Any(b => b != a && b.Anchor.Kind == a.Anchor.Kind && b.Anchor.Area == a.Anchor.Area
                    && b.Anchor.Position < a.End && a.Anchor.Position < b.End && b.End > a.End))
                .Select(a => a.Anchor).Distinct().ToList();
            kept.Sort((a, b) => a.Position.CompareTo(b.Position));
            return kept;
        }
    }

    // Words that start a capitalised run without being part of a place name.
    private static readonly HashSet<string> NotArea = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "But", "And", "Meanwhile", "Also", "In", "As", "Former",
        "Elected", "New", "Deputy", "Lord", "Mr", "Mrs", "Ms", "Sir", "Dr", "Mayor", "Labour", "Tory", "Tories",
        "Conservative", "Conservatives", "Green", "Greens", "Liberal", "Democrat", "Democrats", "Party", "Independent",
        "Then", "When", "While", "After", "Before", "Now", "Current", "Incumbent", "Acting", "Last", "Next", "This",
        "Recent", "Previous", "Since", "During", "At", "On", "By", "For", "Following",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Yesterday", "Today", "Tonight",
    };

    public static string? CleanArea(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var possessive = words.FindLastIndex(w => w.EndsWith("’s") || w.EndsWith("'s") || w.EndsWith("s’"));
        // "Labour's Hartlepool by-election" names Hartlepool; "South Shields' by-election" names South Shields.
        if (possessive >= 0 && possessive == words.Count - 1) words[^1] = words[^1].EndsWith("s’") ? words[^1][..^1] : words[^1][..^2];
        else if (possessive >= 0) words = words[(possessive + 1)..];
        while (words.Count > 0 && (NotArea.Contains(words[0]) || words[0] is "of" or "and" or "upon" or "&")) words.RemoveAt(0);
        while (words.Count > 0 && (NotArea.Contains(words[^1]) || words[^1] is "of" or "and" or "upon" or "&")) words.RemoveAt(words.Count - 1);
        // "Labour Hartlepool" names no place; "Bethnal Green and Bow" does, its party word inside a place's name.
        if (string.Join(' ', words).Split([" and ", " & "], StringSplitOptions.None).Any(part => Parties.Mention().Match(part) is { Success: true } p && p.Length == part.Length)) return null;
        if (words.Any(w => YearWord().IsMatch(w) || ElectionWords.Month(w) > 0)) return null;
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"\b(?:candidate|candidacy|hopeful|bid)s?$")]
    private static partial Regex OneInTheContest();

    [GeneratedRegex(@"\b(?:a|an|any|another)\s+(?:(?!(?:in|of|at|for|on|to|by|from|with)\s)[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Indefinite();

    [GeneratedRegex(@"\b(?:[Aa]ny|[Ee]very)\s+(?:(?!(?:in|of|at|for|on|to|by|from|with)\s)[\w’'-]+\s+){0,2}$")]
    private static partial Regex AnyOne();

    /// <summary>"as we barrel towards a general election", "in the run-up to a general election": the coming one, not
    /// a supposed one.</summary>
    [GeneratedRegex(@"\b(?:towards?|ahead\s+of|(?:run|lead)[- ]up\s+to|approach\s+of|eve\s+of)\s+an?\s+(?:[\w’'-]+\s+){0,1}$", RegexOptions.IgnoreCase)]
    private static partial Regex Approaching();

    /// <summary>"there was a leadership battle", "Catalonia held an independence referendum", "woke up to the result of a
    /// federal election": one that took place.</summary>
    [GeneratedRegex(@"(?<!\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+)\b[Tt]here\s+(?:was|has\s+been|had\s+been)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$|\b(?:held|staged|(?:the\s+)?(?:results?|aftermath)\s+of)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$")]
    private static partial Regex HeldOne();

    [GeneratedRegex(@"\b(?:called|snap)\b(?:\s+[\w’'-]+){0,3}\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Called();

    /// <summary>A contest still to come or supposed: "the next election", "a second referendum"; not "won a second term in
    /// Canada's federal election".</summary>
    [GeneratedRegex(@"\b(?:next|forthcoming|upcoming|coming|future|new|a\s+second(?!\s+(?:term|time|place|round|successive|consecutive|straight)\b)|early|possible|another|planned|proposed|fresh|promised|potential)\s+(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    /// <summary>"the last election": one already held. Not "since the election", which may be one still to come
    /// ("since the election was called"). Nor "would be the last Canadian election held under first-past-the-post":
    /// what is the last is the final one, not one held before. Nor "took him past the 270 electoral votes".</summary>
    [GeneratedRegex(@"\b(?:(?<!\b(?:be|is|was|been|are|were)\s+the\s+)last|previous|prior|past(?!\s+(?:the|a|an|his|her|its|their)\s)|earlier|recent)\s+(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();
}
