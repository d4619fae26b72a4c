using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Elections to one office or body in one place: mayors ("mayor of Tees Valley", "West of England mayor"),
/// by-elections, council and ward elections, the devolved parliaments and assemblies, and a constituency a
/// party "held by" some votes.
/// </summary>
internal static partial class OfficeElections
{
    private const string Run = ElectionRecogniser.Run;

    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        var mayor = sentence.Contains("ayor", StringComparison.Ordinal);
        var election = sentence.Contains("lection", StringComparison.Ordinal);
        foreach (Match m in mayor ? MayorOf().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Index, m.Index + m.Length, ElectionKind.Mayoral, m.Groups["capital"].Success ? "London" : ElectionRecogniser.CleanArea(m.Groups["area"].Value), IsElectionWordAfter(sentence, m));
        foreach (Match m in mayor ? MayorIn().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Mayoral, ElectionRecogniser.CleanArea(m.Groups["area"].Value), true);
        foreach (Match m in mayor ? AreaMayor().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Mayoral, ElectionRecogniser.CleanArea(m.Groups["area"].Value),
                // "Sadiq Khan is London's new mayor": one just elected.
                IsElectionWordAfter(sentence, m) || m.Groups["mayoral"].Value.StartsWith("mayoral", StringComparison.OrdinalIgnoreCase) || m.Groups["new"].Value == "new");
        // "the mayoral election in London": the place after it; "last year's mayoral election", "the mayoral race of
        // 2016": the mayoralty the article names (see ElectionExtractor.PlaceInArticlesMayoralty).
        // "held on in Croydon, where Jason Perry won the borough's first mayoral election": the borough's is the place named before.
        foreach (Match m in mayor ? MayoralNoPlace().Matches(sentence) : Enumerable.Empty<Match>())
            if (!found.Covers(m.Groups["word"].Index))
                found.Add(m.Groups["word"].Index, m.Index + m.Length, ElectionKind.Mayoral,
                    (m.Groups["area"].Success ? ElectionRecogniser.CleanArea(m.Groups["area"].Value)
                        : m.Groups["own"].Success && PlaceIn().Matches(sentence[..m.Index]).LastOrDefault() is { } inPlace ? ElectionRecogniser.CleanArea(inPlace.Groups["area"].Value)
                        // "Sadiq Khan won London by 300,000 votes in the mayoral election": the place won.
                        : PlaceWon().Match(sentence[..m.Index]) is { Success: true } won ? ElectionRecogniser.CleanArea(won.Groups["area"].Value)
                        : null) ?? MayoraltyInView, true);
        // "Labour won 20 seats on Camden council in 2014": seats won on a council are its election's.
        foreach (Match m in sentence.Contains("ouncil", StringComparison.Ordinal) ? SeatsOnCouncil().Matches(sentence) : Enumerable.Empty<Match>())
            // "Barnet Borough Council" is Barnet's.
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Local, ElectionRecogniser.CleanArea(CouncilKind().Replace(m.Groups["area"].Value, "")), true);
        // "Labour has taken control of Westminster council", "won Barnet Council": a council won or lost is its election's.
        foreach (Match m in sentence.Contains("ouncil", StringComparison.Ordinal) ? CouncilWon().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Local, ElectionRecogniser.CleanArea(CouncilKind().Replace(m.Groups["area"].Value, "")), true);
        // "The Conservatives held their flagship councils of Wandsworth and Westminster": each council held is its election's.
        foreach (Match m in sentence.Contains(" of ", StringComparison.Ordinal) ? CouncilsHeld().Matches(sentence) : Enumerable.Empty<Match>())
            foreach (Capture area in m.Groups["place"].Captures)
                found.Add(area.Index, m.Index + m.Length, ElectionKind.Local, ElectionRecogniser.CleanArea(area.Value), true);
        FindCouncilsListed(sentence, found);
        foreach (Match m in election ? ByElection().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var kind = m.Groups["ward"].Success ? ElectionKind.Local : ElectionKind.ByElection;
            // "the Stoke and Copeland by-elections": two contests, one in each place.
            var plural = sentence.AsSpan(m.Index + m.Length).StartsWith("s");
            foreach (var area in plural ? m.Groups["area"].Value.Split(" and ") : [m.Groups["area"].Value])
                found.Add(m.Index, m.Index + m.Length, kind, ElectionRecogniser.CleanArea(area), true);
        }
        // "held the seat of Uxbridge and South Ruislip, with Steve Tuckwell winning the by-election": a by-election the
        // sentence names bare, in the seat it names.
        // "clung on in Uxbridge and South Ruislip on Thursday night, winning the by-election": or in the place the
        // sentence says was held or taken, when that is no party's name.
        if (election && BareByElection().Match(sentence) is { Success: true } bare)
        {
            if (ByElectionsPlace(sentence) is { } place)
                found.Add(bare.Index, bare.Index + bare.Length, ElectionKind.ByElection, ElectionRecogniser.CleanArea(place), true);
            // "The by-election was called after ...": the seat the article says was held (see ElectionExtractor.PlaceInArticlesByElection).
            else if (!found.Covers(bare.Index)) found.Add(bare.Index, bare.Index + bare.Length, ElectionKind.ByElection, ByElectionInView, true);
        }
        // "Labour has held Hartlepool in a by-election": the place a party held or took is the by-election's.
        foreach (Match m in election ? HeldInByElection().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.ByElection, ElectionRecogniser.CleanArea(m.Groups["area"].Value), true);
        // "by-elections in both Stoke and Copeland", "by-elections in Leeds, Hull and York".
        foreach (Match m in election ? ByElectionsIn().Matches(sentence) : Enumerable.Empty<Match>())
            foreach (Capture area in m.Groups["place"].Captures)
                found.Add(m.Index, m.Index + m.Length, ElectionKind.ByElection, ElectionRecogniser.CleanArea(area.Value), true);
        foreach (Match m in Devolved().Matches(sentence))
            found.Add(m.Index, m.Index + m.Length, ElectionKind.DevolvedParliament, DevolvedArea(m.Value), IsElectionWordAfter(sentence, m));
        foreach (Match m in election ? DevolvedElections().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Index, m.Index + m.Length, ElectionKind.DevolvedParliament, DevolvedArea(m.Groups["body"].Value), true);
        // "In Wales, Labour won 29 of the 60 seats in the Assembly election": the assembly of the one nation or city the
        // sentence names; naming none or several, no election.
        foreach (Match m in election ? BareAssemblyElections().Matches(sentence) : Enumerable.Empty<Match>())
            if (AssemblyNamed(sentence) is { } area) found.Add(m.Index, m.Index + m.Length, ElectionKind.DevolvedParliament, area, true);
        // "the London elections": the capital's round, its mayor's and assembly's or its boroughs' (settled by the
        // article's date: see ElectionExtractor.SettleLondonRounds).
        foreach (Match m in election ? LondonElections().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Index, m.Index + m.Length, ElectionKind.Mayoral, "London", true, topic: LondonRound);
        if (election) FindLocalElections(sentence, found);
        foreach (Match m in sentence.Contains(" seat", StringComparison.Ordinal) ? SeatContest().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Constituency, ElectionRecogniser.CleanArea(m.Groups["area"].Value), true);
        foreach (Match m in sentence.Contains("seat of", StringComparison.Ordinal) ? SeatOfWon().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Constituency, ElectionRecogniser.CleanArea(m.Groups["area"].Value), true);
        foreach (Match m in HeldConstituency().Matches(sentence))
        {
            var area = ElectionRecogniser.CleanArea(m.Groups["area"].Value);
            // A person's win of a place is a seat's only at a general election (see ElectionAnchor.OnlyAtGeneral); a region
            // or nation is never a seat ("won London by 300,000 votes").
            if (m.Groups["party"].Success) found.Add(m.Groups["area"].Index, m.Groups["area"].Index + m.Groups["area"].Length, ElectionKind.Constituency, area, true);
            else AddSeatWon(found, m);
        }
        // "The Conservatives held Old Bexley and Sidcup in the early hours, but Louie French's majority of 4,478 was": a
        // place a party held, with a majority in thousands of votes in the sentence, is a seat (no council's is so large).
        foreach (Match m in sentence.Contains("majority", StringComparison.Ordinal) ? HeldWithVotesMajority().Matches(sentence) : Enumerable.Empty<Match>())
            if (ElectionRecogniser.CleanArea(m.Groups["area"].Value) is { } seat && !found.Covers(m.Groups["area"].Index))
                found.Add(m.Groups["area"].Index, m.Groups["area"].Index + m.Groups["area"].Length, ElectionKind.Constituency, seat, true);
        foreach (Match m in sentence.Contains('⟦') || sentence.Contains(" to ", StringComparison.Ordinal) ? SeatWonOtherwise().Matches(sentence) : Enumerable.Empty<Match>())
            AddSeatWon(found, m);
    }

    /// <summary>A seat named by its winner's verb, when the place is no party, region or nation: see
    /// <see cref="ElectionAnchor.OnlyAtGeneral"/>.</summary>
    private static void AddSeatWon(ElectionRecogniser.Anchors found, Match m)
    {
        var area = ElectionRecogniser.CleanArea(m.Groups["area"].Value);
        if (area is not null && !ArticleReading.NotACouncil.Contains(area) && !Parties.IsName(area))
            found.Add(m.Groups["area"].Index, m.Groups["area"].Index + m.Groups["area"].Length, ElectionKind.Constituency, area, true, onlyAtGeneral: true);
    }

    /// <summary>Other ways a seat's result names the seat beside its winner or loser: "In Hampstead and Kilburn, Glenda
    /// Jackson held on by just 42 votes", "In Somerton and Frome the Liberal Democrats' Sarah Dyke took the seat", "In
    /// Selby and Ainsty, Labour's Keir Mather, 25, overturned a Conservative majority", "In Bethnal Green and Bow, George
    /// Galloway of Respect ousted Oona King", "Richmond Park fell to Zac Goldsmith", "Zac Goldsmith lost Richmond Park to the
    /// Liberal Democrat Sarah Olney", "Labour gained Battersea, where Marsha de Cordova defeated ...", "Enfield Southgate,
    /// won by Bambos Charalambous with a majority of 4,355", "Romford stayed Conservative", "Cities of London and Westminster
    /// also fell to Labour", "took Chelsea and Fulham for the first time, Ben Coleman winning by".</summary>
    [GeneratedRegex(@"^(?:(?:But|And|Meanwhile|Elsewhere),?\s+)?[Ii]n\s+" + Run + @"(?:\s*,)?\s+(?:the\s+)?(?:(?:" + Parties.Names + @")(?:['’]s?)?\s+)?⟦P[A-Z]+⟧(?:,\s+\d{2},)?\s+(?:of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+|\w+\s+)?(?:held|won|regained|took|kept|retained|gained|clung|hung|survived|ousted|unseated|defeated|beat|overturned)\b"
        + "|" + Run + @"\s+(?:(?:also|duly|finally|narrowly)\s+)?(?:fell|went|passed)\s+to\s+(?:the\s+)?(?:(?:" + Parties.Names + @")\s+|[\w-]+\s+)?(?:" + Parties.Names + @"|⟦P[A-Z]+⟧)"
        + @"|⟦P[A-Z]+⟧\s+lost\s+" + Run + @"\s+to\b"
        + @"|\b(?:held|won|gained|took|retained|captured|kept|regained)\s+" + Run + @"\s*,\s+where\s+⟦P[A-Z]+⟧"
        + "|" + Run + @"\s*,?\s+(?:was\s+)?(?:won|taken|gained|captured|held|retained)\s+by\s+(?:the\s+)?(?:(?:" + Parties.Names + @")\s+)?⟦P[A-Z]+⟧"
        + "|" + Run + @"\s+(?:stayed|remained)\s+(?:" + Parties.Names + @")\b"
        + @"|\b(?:took|gained|won|captured)\s+" + Run + @"\s+(?:from\s+(?:the\s+)?(?:" + Parties.Names + @")\s+)?for\s+the\s+first\s+time\s*,\s+(?:with\s+)?⟦P[A-Z]+⟧")]
    private static partial Regex SeatWonOtherwise();

    /// <summary>A party or person holding or taking a named place by a number of votes: a constituency result ("Labour
    /// held Hartlepool by 2,033 votes", "Emma Dent Coad took Kensington from the Conservatives by just 20 votes", "Boris
    /// Johnson held Uxbridge and South Ruislip with an increased majority of 7,210"). Not by seats: a council's ("won
    /// Wandsworth by 35 seats to 23").</summary>
    [GeneratedRegex(@"(?:\b(?<party>" + Parties.Names + @")|⟦P[A-Z]+⟧(?:\s*,\s+who)?)\s+(?:(?:also|comfortably|narrowly|easily)\s+)?(?:held|won|gained|took|retained|captured|kept|regained)\s+" + Run
        + @"\s+(?:(?:from|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?(?:by|with\s+(?:an?\s+)?(?:[\w-]+\s+)?majority\s+of)\s+(?=(?:almost|nearly|around|about|more than|over|just over|just under|just|only|a mere|some)?\s*\d)(?!\S+\s+(?:seats|councillors)\b)")]
    public static partial Regex HeldConstituency();

    /// <summary>A place a party held, with a majority in thousands later in the sentence: "The Conservatives held Old
    /// Bexley and Sidcup in the early hours, but Louie French's majority of 4,478".</summary>
    [GeneratedRegex(@"\b(?:" + Parties.Names + @")\s+(?:(?:also|comfortably|narrowly|easily)\s+)?(?:held|won|gained|took|retained|captured|kept|regained)\s+" + Run
        + @"\b[^.;]{0,100}?\bmajority\s+(?:of\s+|was\s+|to\s+)?(?:(?:just|only|a\s+mere|some|about|around|nearly|almost|over|more\s+than)\s+)?\d{1,3}(?:,\d{3})+\b(?!\s*(?:per cent|%))")]
    private static partial Regex HeldWithVotesMajority();

    /// <summary>A named seat won, held, lost or fought: "won the Folkestone & Hythe seat", "lost the marginal Y seat".</summary>
    [GeneratedRegex(@"\b(?:won|win|wins|winning|held|holds|hold|lost|lose|loses|losing|gained|gain|took|retained|defended|defending|contested|contesting|fought|fighting)\s+(?:the\s+)?(?:(?:marginal|safe|key|target|ultra-marginal)\s+)?" + Run + @"\s+seat\b")]
    private static partial Regex SeatContest();

    /// <summary>A seat won or held, named after "seat of": "have held Boris Johnson's former seat of Uxbridge and South
    /// Ruislip", "won the seat of Richmond Park".</summary>
    [GeneratedRegex(@"\b(?:won|wins|held|holds|lost|loses|gained|gains|took|takes|retained|retains|kept|keeps|captured|captures|(?:clung|clings|hung|hangs)\s+on\s+(?:in|to))\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|⟦P[A-Z]+⟧['’]s?\s+)?(?:(?:old|former|marginal|safe|key|target)\s+)?seat\s+of\s+" + Run)]
    private static partial Regex SeatOfWon();

    // Some papers write the bodies' second word in lower case ("the London assembly", "the Scottish parliament").
    private static string DevolvedArea(string body) => body.ToLowerInvariant() switch
    {
        "holyrood" or "scottish parliament" or "scottish parliamentary" or "scottish" => "Scotland",
        "northern ireland assembly" or "stormont" => "Northern Ireland",
        "london assembly" => "London",
        _ => "Wales",
    };

    private static bool IsElectionWordAfter(string sentence, Match m) =>
        ElectionWordAfter().IsMatch(sentence, m.Index + m.Length);

    [GeneratedRegex(@"\G\s*(?:[Ee]lections?|race|contest|result|results|poll|vote|count)\b")]
    private static partial Regex ElectionWordAfter();

    [GeneratedRegex(@"(?<!Lord\s)\b[Mm]ayor(?:alty)?\s+(?:of|for)\s+(?:(?<capital>the capital)|(?:the\s+)?" + Run + ")")]
    private static partial Regex MayorOf();

    /// <summary>A mayor elected in the place the sentence opens in: "In Tower Hamlets, Lutfur Rahman ... was elected mayor",
    /// "In Croydon, Jason Perry won the borough's first mayoral election", "In Tower Hamlets, Labour mayor John Biggs was
    /// re-elected"; or in the place a clause sets it in: "Counting was continuing in Tower Hamlets, where John Biggs was
    /// re-elected as mayor", "gains in boroughs such as Tower Hamlets, where ...".</summary>
    [GeneratedRegex(@"(?:^(?:(?:But|And|Meanwhile|Elsewhere),?\s+)?[Ii]n\s+" + Run + @",|\b(?:in|such\s+as|like)\s+" + Run + @",\s+where)\s+[^.;]{0,80}?(?:\b(?:was|were|has\s+been|is)\s+(?:re-?)?elected\s+(?:as\s+)?(?:(?:the|its)\s+)?(?:[\w-]+['’]s\s+)?(?:new\s+|first\s+)?mayor\b(?!\s+(?:of|for)\b)|\b(?:the|its)\s+(?:[\w-]+['’]s\s+)?(?:first\s+)?mayoral\s+(?:election|race|contest|vote)\b|\bmayor\s+" + ArticleSentence.Person + @"\s*(?:was|has\s+been)\s+(?:re-?)?elected\b)")]
    private static partial Regex MayorIn();

    [GeneratedRegex(Run + @"(?:['’]s\s+(?<new>new|first|next)|['’]s(?:\s+(?:19|20)\d\d)?)?\s+(?<mayoral>[Mm]ayor(?:al|alty)?)\b(?!\s+of\b)")]
    private static partial Regex AreaMayor();

    /// <summary>The area of a by-election named bare, until the article says which seat was held or taken in it.</summary>
    public const string ByElectionInView = "?by-election";

    /// <summary>The area of a mayoral election named without its place, until the article says which mayoralty it names.</summary>
    public const string MayoraltyInView = "?mayoralty";

    /// <summary>A mayoral election with no place before it: "the mayoral election", "last year's mayoral race", "this
    /// week's mayoral contest", with the place after it when one is named ("the mayoral election in London").</summary>
    [GeneratedRegex(@"\b(?:the|this|that|last|next|(?<own>(?:the|its)\s+(?:borough|city|council|town|district)['’]s)|[A-Z][a-z]+day['’]s|(?:last|this|next)\s+(?:week|month|year)['’]s|year['’]s|[A-Z][a-z]+['’]s)\s+(?:(?:first|last|previous|recent)\s+)?(?:(?:19|20)\d\d\s+)?(?<word>mayoral)\s+(?:election|race|contest|vote|poll)\b(?!s)(?:\s+in\s+" + Run + ")?")]
    private static partial Regex MayoralNoPlace();

    [GeneratedRegex(@"\b[Ii]n\s+" + Run)]
    private static partial Regex PlaceIn();

    [GeneratedRegex(@"\b(?:won|took|held|kept|retained|carried)\s+" + Run + @"\s+(?:by|with)\b")]
    private static partial Regex PlaceWon();

    /// <summary>"won 20 and 12 seats respectively on Camden council", "took 41 seats on Barnet Borough Council".</summary>
    [GeneratedRegex(@"\b(?:won|took|gained|secured|winning|taking)\s+[^.;]{0,40}?\bseats\s+(?:respectively\s+)?on\s+(?:the\s+)?" + Run + @"\s+[Cc]ouncil\b")]
    private static partial Regex SeatsOnCouncil();

    /// <summary>A council won, held or lost, or its control: "has taken control of Westminster council", "lost overall
    /// control of Barnet Borough Council", "won Wandsworth Council".</summary>
    [GeneratedRegex(@"\b(?:took|taken|taking|won|win|wins|winning|gained|gaining|seized|seizing|snatched|captured|capturing|lost|losing|held|holding|kept|keeping|retained|retaining|regained|regaining)\s+(?:(?:overall|outright|full)\s+)?(?:control\s+of\s+)?(?:the\s+)?" + Run + @"\s+[Cc]ouncil\b")]
    private static partial Regex CouncilWon();

    /// <summary>Councils held, won or lost, named after "of": "held their flagship councils of Wandsworth and
    /// Westminster", "took control of the borough of Barnet".</summary>
    [GeneratedRegex(@"\b(?:held|holds|kept|keeps|retained|retains|won|wins|took|takes|gained|gains|seized|seizes|snatched|snatches|captured|captures|lost|loses|control\s+of)\s+(?:on\s+to\s+)?(?:[\w’'-]+\s+){0,3}?(?:councils?|boroughs?)\s+of\s+" + Place + @"(?:,\s+" + Place + @")*(?:,?\s+and\s+" + Place + @")?")]
    private static partial Regex CouncilsHeld();

    [GeneratedRegex(@"\s+(?:Borough|City|County|District)$")]
    private static partial Regex CouncilKind();

    // A day's name is no place ("Thursday's by-election in Westfield").
    [GeneratedRegex(@"(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s|Yesterday['’]s\s|Today['’]s\s)" + Run + @"(?:(?<=['’]s)\s+(?:19|20)\d\d)?\s+(?:(?<ward>ward)\s+)?(?:parliamentary\s+|council\s+)?[Bb]y-?election|\b[Bb]y-?election\s+in\s+(?:the\s+)?" + Run + @"(?:\s+(?<ward>ward))?)")]
    private static partial Regex ByElection();

    /// <summary>"the by-election", "this week's by-election", with no place's name before it or after it.</summary>
    [GeneratedRegex(@"(?<![A-Z][\w’'-]*\s)\b(?:[Tt]he|[Tt]his|Thursday’s|Thursday's|this\s+week’s|this\s+week's|yesterday’s|yesterday's)\s+[Bb]y-?election\b(?!s|\s+in\s+[A-Z])")]
    private static partial Regex BareByElection();

    /// <summary>A place held, taken or lost in a by-election: "has held Hartlepool in a by-election", "holds Hartlepool
    /// in by-election", "took Brent East in the by-election", "snatched Leicester South from Labour in one of two
    /// by-elections".</summary>
    [GeneratedRegex(@"\b(?:held|holds|hold|kept|keeps|retained|retains|won|wins|took|takes|gained|gains|captured|captures|snatched|snatches|lost|loses)\s+" + Run + @"(?:\s+from\s+(?:the\s+)?(?:" + Parties.Names + @"))?\s+in\s+(?:(?:(?:a|the|this\s+week['’]s|yesterday['’]s|Thursday['’]s)\s+)?(?:[\w-]+\s+)?[Bb]y-?election\b(?!s)|one\s+of\s+(?:the\s+)?(?:two|three|four)\s+(?:[\w-]+\s+)?[Bb]y-?elections\b)")]
    private static partial Regex HeldInByElection();

    /// <summary>"the seat of Uxbridge and South Ruislip", "Boris Johnson's old seat of Uxbridge".</summary>
    [GeneratedRegex(@"\bseat\s+of\s+" + Run)]
    private static partial Regex SeatOf();

    private static string? ByElectionsPlace(string sentence) =>
        SeatOf().Match(sentence) is { Success: true } seat ? seat.Groups["area"].Value
        : PlaceHeld().Match(sentence) is { Success: true } held && !Parties.IsName(held.Groups["area"].Value) ? held.Groups["area"].Value
        : null;

    /// <summary>Every seat a sentence names as held or taken ("kept X ..., and Labour took Y"), or as "the seat of X";
    /// no party's name ("held Labour to ...").</summary>
    internal static IEnumerable<string> SeatsHeld(string sentence) =>
        SeatOf().Matches(sentence).Concat(PlaceHeld().Matches(sentence)).Select(m => m.Groups["area"].Value).Where(p => !Parties.IsName(p));

    /// <summary>A place held or taken: "clung on in Uxbridge", "narrowly held Westfield", "took Eastbrook from".</summary>
    [GeneratedRegex(@"\b(?:held|holds|kept|keeps|retained|retains|took|takes|gained|gains|captured|captures|snatched|snatches|(?:clung|clings|hung|hangs|held|holds)\s+on\s+(?:in|to))\s+" + Run)]
    private static partial Regex PlaceHeld();

    private const string Place = @"(?<place>[A-Z][\w’'-]*(?:\s(?:upon\s|&\s)?[A-Z][\w’'-]*)*)";

    [GeneratedRegex(@"\b[Bb]y-?elections\s+in\s+(?:both\s+)?" + Place + @"(?:,\s+" + Place + @")*,?\s+and\s+" + Place)]
    private static partial Regex ByElectionsIn();

    /// <summary>A devolved body by name; it counts as an election only beside an election word or a word of voting,
    /// and never as the name of one of its groups or members ("the London Assembly Labour group").</summary>
    [GeneratedRegex(@"\b(?:Senedd|Welsh [Aa]ssembly|National Assembly for Wales|Welsh [Pp]arliament|Holyrood|Scottish [Pp]arliamentary|Scottish [Pp]arliament|Northern Ireland [Aa]ssembly|Stormont|London [Aa]ssembly)\b(?!\s+(?:[A-Z][\w-]*\s+)?(?:group|member|members|committee|chair|leader)\b)")]
    private static partial Regex Devolved();

    private static string? AssemblyNamed(string sentence) =>
        new[] { (WalesNamed(), "Wales"), (NorthernIrelandNamed(), "Northern Ireland"), (LondonNamed(), "London") }
            .Where(p => p.Item1.IsMatch(sentence)).Select(p => p.Item2).ToList() is [var one] ? one : null;

    /// <summary>"the Assembly election" with no word of whose assembly before it.</summary>
    [GeneratedRegex(@"(?<!\b(?:London|Welsh|Ireland|National)\s)\bAssembly\s+elections?\b")]
    private static partial Regex BareAssemblyElections();

    [GeneratedRegex(@"\b(?:Wales|Welsh)\b")]
    private static partial Regex WalesNamed();

    [GeneratedRegex(@"\b(?:Northern Ireland|Stormont)\b")]
    private static partial Regex NorthernIrelandNamed();

    [GeneratedRegex(@"\bLondon\b")]
    private static partial Regex LondonNamed();

    /// <summary>Devolved elections named as such: "the London Assembly elections", "the Scottish elections".</summary>
    [GeneratedRegex(@"\b(?<body>London [Aa]ssembly|Scottish|Welsh)\s+(?:[Pp]arliamentary\s+)?[Ee]lections?\b")]
    private static partial Regex DevolvedElections();

    /// <summary>The topic that marks "the London elections" until the article's date says which round it was.</summary>
    public const string LondonRound = "London round";

    [GeneratedRegex(@"\bLondon(?:['’]s)?\s+elections\b")]
    private static partial Regex LondonElections();
}
