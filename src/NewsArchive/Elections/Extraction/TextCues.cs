using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The small signals the extractor reads around figures: time, rounds, clauses, years.</summary>
internal static partial class TextCues
{
    /// <summary>The sentence reports something as happening now, relative to the article's date.</summary>
    [GeneratedRegex(@"\b(?:tonight|today(?!\s+programme)|yesterday|last night|overnight|this (?:morning|afternoon|evening)|early hours|(?:has|have) been (?:re-?)?elected|(?:was|were) declared|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)?(?:\s+(?:night|morning|evening))?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Now();

    /// <summary>The perfect of news, which reports a result just declared: "the Conservatives have narrowly held", "has
    /// won", "have overturned"; not after a modal ("might have lost") and not running on to a span of time ("has held the seat since
    /// 1997", "has won every election").</summary>
    [GeneratedRegex(@"(?<!\b(?:might|may|could|would|should|must|will)\s+)\b(?:has|have)\s+(?:narrowly\s+|comfortably\s+|easily\s+|convincingly\s+)?(?:won|held|retained|gained|taken|lost|kept|seized|ousted|unseated|overturned|defeated|beaten|captured)\b(?![^.;]*\b(?:since|ever|every|for\s+(?:\d+|\w+)\s+(?:years|decades))\b)")]
    public static partial Regex NewsPerfect();

    /// <summary>A member made in the perfect of news: "has become the first ... MP", "has been elected", "have been
    /// returned"; not running on to a span of time ("has been the MP since 1997").</summary>
    [GeneratedRegex(@"(?<!\b(?:might|may|could|would|should|must|will)\s+)\b(?:has|have)\s+(?:become|been\s+(?:re-?)?elected|been\s+returned)\b(?![^.;]*\b(?:since|ever|every|for\s+(?:\d+|\w+)\s+(?:years|decades))\b)")]
    public static partial Regex BecameNow();

    /// <summary>A vote's outcome in the perfect of news: "the election has ended in deadlock", "voters have rejected",
    /// "has produced no clear winner"; not after a modal ("might have ended") and not running on to a span of time
    /// ("have voted Labour since 1997").</summary>
    [GeneratedRegex(@"(?<!\b(?:might|may|could|would|should|must|will)\s+)\b(?:has|have)\s+(?:\w+ly\s+)?(?:ended|produced|resulted|delivered|returned|voted|elected|re-?elected|rejected|approved|backed|chosen|won|lost|swept)\b(?![^.;]*\b(?:since|ever|every|for\s+(?:\d+|\w+)\s+(?:years|decades))\b)")]
    public static partial Regex VotePerfect();

    private const string DecidedWords =
        // "Wandsworth council went to Labour": a place that fell to a party.
        @"(?:went|fell|passed|swung)\s+to\s+(?:the\s+)?(?:" + Parties.Names + @")\b|" +
        @"elected|re-?elected|re-?election|returned|won|win|wins|winning|gained|secured|received|victory|victories|defeat\w*|beat\w*|ousted|unseated|(?:scraped|squeezed|romped)\s+home|lost|losing|polled|results?|" +
        @"majority|declared|declarations?|(?:took|taken|takes|taking|seized|seizing|regained|regaining|retained|retaining)\s+(?:(?:overall|outright|full)\s+)?control|(?:clung|clings|hung|hangs)\s+on|pummelling|drubbing|thrashed|landslide|held|count|counted|(?:came|finished)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|last)|" +
        // "Liberal Democrat Brian Paddick was third with 9.8%": a place in the race, with its count.
        @"was\s+(?:a\s+(?:distant|close)\s+)?(?:second|third|fourth|fifth|sixth|last)\s+(?:with|on)|" +
        // "taking one of the 11 top-up seats", "left Labour with 11 of the 25 seats": seats of a body shared out.
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|its|their)\s+\d+\s+(?:[\w-]+\s+)?seats|" +
        // "The Conservatives topped the poll on 27.7%", "finished behind the Greens", "The Tories took 32.3% of the vote".
        @"topped\s+the\s+(?:poll|vote|ballot)|(?:came|finished|ended\s+up)\s+(?:just\s+)?(?:behind|ahead\s+of)|took\s+(?=(?:[\w.,]+\s+){0,2}?\d[\d.,]*\s?(?:%|per\s+cent|seats|votes))|" +
        // "Ms Doe had 55.2 per cent to Mr Roe's 44.8 per cent": one share set against another's.
        SharesCompared;

    /// <summary>A share told against another's: "55.2 per cent to Mr Roe's 44.8", "52% to the Conservative's 41".</summary>
    public const string SharesCompared = @"\d\s?(?:%|per\s+cent)\s+to\s+[^.;\d]{1,40}?['’]s?\s+(?:(?:just|only|about|around|nearly|almost)\s+)?\d+";

    /// <summary>Words that say a contest has been decided: only with one does "tonight" date an election.</summary>
    [GeneratedRegex(@"\b(?:" + DecidedWords + @")\b")]
    public static partial Regex Result();

    /// <summary>Words of voting and winning: an office or a parliament named beside one is an election. A count's round
    /// is one ("In the first round, Livingstone had 36.8%").</summary>
    [GeneratedRegex(@"\b(?:" + DecidedWords + @"|elections?|votes?|voted|seats?|councillors|became|become|candidates?|share|preferences?|[Tt]urnout|trailed|margin|took|(?:first|second|final)\s+round|run-?off)\b")]
    public static partial Regex Action();

    /// <summary>A figure set against another's before a contest is named: "compares with the 18,952 won by ... at the": the
    /// contest and its year after it are the other figure's. Not "than", which is as often a hedge ("more than 40%").</summary>
    [GeneratedRegex(@"\bcompar(?:ed|es|ing)\s+(?:with|to)\s[^.;:]{0,80}?\d[^.;:]{0,60}$")]
    public static partial Regex SetAgainst();

    [GeneratedRegex(@";|\s[–—]\s|,\s+(?:while|whereas|but)\s|\s+but\s+")]
    private static partial Regex ClauseBreak();

    public static (int Start, int End) ClauseAt(string sentence, int position)
    {
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            if (m.Index >= position) return (start, m.Index);
            start = m.Index + m.Length;
        }
        return (start, sentence.Length);
    }

    /// <summary>"down from 56% at the", "compared with 40.7% in the", "against nearly 70 per cent at the", "up from 47.2%
    /// at last year's": a figure measured against the election named next, with no year written. In a story of another
    /// contest, that is the last one held (or the one its time names).</summary>
    [GeneratedRegex(@"\b(?:from|compared\s+(?:with|to)|than|against)\s+(?:(?:just|only|about|around|some|nearly|almost|over|under)\s+)?[\d.,]+\s*(?:%|per\s+cent|points|votes)?\s+(?:at|in)\s+(?:the\s+(?:[\w’'-]+\s+)?|(?:last\s+\w+['’]s\s+)?)$")]
    public static partial Regex ComparedAt();

    /// <summary>A majority overturned, told with the election it was won at next: "overturning a Conservative majority
    /// of 23,015 from last year's", "overturned a majority of 7,938 at the 2015".</summary>
    [GeneratedRegex(@"\b(?:overturn|overturns|overturned|overturning)\s+(?:an?|the|their|his|her|its)\s+(?:[\w’'-]+\s+){0,2}majority\s+of\s+[\d,]+\s+(?:(?:won|set)\s+)?(?:from|at|in)\s+(?:the\s+)?(?:last\s+year['’]s\s+|\d{4}\s+)?$")]
    public static partial Regex MajorityOverturned();

    /// <summary>"up from 59.4% in", "since", "than in", "six fewer than in 2011", "compared with 40% in", "three times the",
    /// "double the", "well above the", "exactly as in 2021": the year that follows is one measured against. Not a hedge on a number: "more than
    /// 40% of the vote in the 2017 general election" is that election's.</summary>
    [GeneratedRegex(@"\b(?:from|since|(?<!\b(?:more|fewer|less)\s)than|(?<=\b(?:more|fewer|less)\s)than(?!\s+(?:about\s+|around\s+|some\s+)?[\d£])|compared\s+(?:to|with)|against|times|twice|double|treble|triple|half|above|below|as(?=\s+(?:in|at)\s))\b(?:[^.;:]|\.(?=\d)){0,40}$")]
    public static partial Regex MeasuredAgainst();

    /// <summary>The words that name a count. A later round by its number ("elected in the 4th Round", "in the third
    /// round") and votes moved on by transfers ("When the votes were transferred ... eventually won") are the count
    /// that decided the race, as a run-off is: a union's or a party's preferential count written as news writes it.</summary>
    [GeneratedRegex(@"\bfirst[- ]preferences?\b|\bfirst (?:round|count)\b|(?<final>\bsecond[- ]preferences?\b|\bfinal (?:round|count|result|vote|tally)\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|1\d(?:th))[- ](?:round|count|stage)\b|\brun-?off\b|\b(?:votes\s+(?:were|had\s+been)\s+|after\s+)transfer(?:r?ed|s)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RoundCue();

    /// <summary>The round named nearest to a figure in its sentence.</summary>
    public static CountRound RoundNear(string sentence, int position)
    {
        var round = CountRound.NotStated;
        var distance = int.MaxValue;
        foreach (Match m in RoundCue().Matches(sentence))
        {
            var d = Math.Abs(m.Index - position);
            // "43.8%, up on 2021, when she won 40% of first preferences": a round told after another year is that year's.
            if (d >= distance || m.Index > position && AnotherYearBetween().IsMatch(sentence.AsSpan(position, m.Index - position))) continue;
            // "Khan on 1,013,721, or 40 per cent, ..., forcing the contest to a second round": where the count went next.
            if (m.Index > position && RoundGoneTo().IsMatch(sentence[..m.Index])) continue;
            distance = d;
            round = m.Groups["final"].Success ? CountRound.Final : CountRound.FirstPreferences;
        }
        return round;
    }

    /// <summary>A round before the last: "the first round of voting", "the second ballot", "the opening round".</summary>
    [GeneratedRegex(@"\b(?:first|second|third|fourth|opening|early|[1-4](?:st|nd|rd|th))\s+(?:round|ballot)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EarlyRound();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\bwhen\b")]
    private static partial Regex AnotherYearBetween();

    [GeneratedRegex(@"\b(?:to|into)\s+(?:a|the)\s+$")]
    private static partial Regex RoundGoneTo();

    [GeneratedRegex(@"\b(?<system>supplementary vot(?:e|ing system)|first[- ]past[- ]the[- ]post|proportional representation|additional member system|single transferable vote|alternative vote)\b", RegexOptions.IgnoreCase)]
    public static partial Regex VotingSystem();

    [GeneratedRegex(@"\b(?:under|using|uses|used|by|through)\s+(?:the\s+|a\s+|an\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SystemUsed();

    public static string SystemName(string written)
    {
        var lower = written.ToLowerInvariant();
        return lower.StartsWith("supplementary") ? "supplementary vote" : lower.Replace(' ', '-').Replace("first-past-the-post", "first past the post").Replace('-', ' ');
    }

    /// <summary>A result named without saying which election ("the landslide result").</summary>
    [GeneratedRegex(@"\b(?:landslide|election)\s+(?:result|victory|win)s?\b|\b[Tt]he\s+results?\b")]
    public static partial Regex UnnamedResult();

    /// <summary>A change of national government: only a general election brings one.</summary>
    [GeneratedRegex(@"\b(?:incoming|new)\s+(?<party>" + Parties.Names + @")\s+[Gg]overnment\b|\bnew Prime Minister\b|\bforming the next [Gg]overnment\b")]
    public static partial Regex GovernmentChange();

    /// <summary>A party referred to without its name, as the sentence's subject.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he party|[Ii]t|its|[Tt]hey)\b")]
    public static partial Regex PartyAnaphor();

    /// <summary>"to become Mayor of Greater Manchester": an elected office taken up.</summary>
    [GeneratedRegex(@"\b(?:became|become|becoming)\s+(?:the\s+)?(?:first\s+)?(?:[Mm]ayor|MP|MSP|MEP)\b")]
    public static partial Regex TookOffice();

    /// <summary>A sentence about what is still to come: "will hold", "next year".</summary>
    [GeneratedRegex(@"\b(?:will|shall|going to|next year|next month|upcoming|forthcoming)\b", RegexOptions.IgnoreCase)]
    public static partial Regex FutureTense();

    /// <summary>A sentence told in the present: "the leadership race has divided the party", "Labour faces a contest".</summary>
    [GeneratedRegex(@"\b(?:is|are|has|have|faces|continues|begins|heats\s+up|looms|intensifies|enters|gets)\b")]
    public static partial Regex PresentTense();

    /// <summary>An office taken told as the time or cause of the contest in view, before the office's name: "(the seat
    /// vacated by Sadiq Khan) when he became", "after he was elected".</summary>
    [GeneratedRegex(@"\b(?:when|after|once)\s+(?:he|she|they|" + ArticleSentence.Person + @")\s+(?:became|was\s+elected|left\s+to\s+become|stood\s+down\s+to\s+become)\s+(?:the\s+)?$")]
    public static partial Regex HowItCameAbout();

    /// <summary>A result told in the pluperfect, of a contest before the one in view: "Goldsmith had won 58.2% at last
    /// year's general election", "Mr Johnson had held the seat in 2019"; or a majority the member had then: "Mr Johnson
    /// had a majority of 7,210 at the 2019 general election".</summary>
    [GeneratedRegex(@"\bhad\s+(?:\w+ly\s+)?(?:won|taken|polled|secured|got|gained|received|held)\b|\bhad\s+an?\s+(?:[\w,-]+\s+)?majority\b")]
    public static partial Regex Pluperfect();

    /// <summary>A sentence told in the past: what it says of "the European elections" is of the last ones held.</summary>
    [GeneratedRegex(@"\b(?:was|were|had|did|ran|won|lost|took|gained|voted|came|became|saw|fought|stood|campaigned|returned)\b")]
    public static partial Regex PastTense();

    /// <summary>A party as the subject that wins a vote or share, without its name: "they managed to gain 25%", "The party's
    /// share, 36.9%", "Its majority was cut to 66".</summary>
    [GeneratedRegex(@"\b(?:[Tt]he party|[Tt]hey)\s+(?:\w+\s+){0,3}?(?:won|gained|got|took|secured|received|polled|managed|had)\b|\b(?:[Tt]he\s+party['’]s|[Ii]ts|[Tt]heir)\s+(?:(?:national|overall)\s+)?(?:vote\s+)?share\b|\b(?:[Tt]he\s+party['’]s|[Ii]ts|[Tt]heir)\s+(?:(?:overall|Commons|parliamentary|working)\s+)?majority\b")]
    public static partial Regex PartySubject();

    /// <summary>Told as just past: "recently", "the recent", "last week", "this month".</summary>
    [GeneratedRegex(@"\b(?:[Rr]ecent(?:ly)?|[Ll]ast week|[Tt]his (?:week|month)|[Ee]arlier this (?:week|month))\b")]
    public static partial Regex Recently();

    /// <summary>The UK named as such: then "the European elections" are its own, whatever country the article is about.</summary>
    [GeneratedRegex(@"\b(?:UK|Britain|British|United Kingdom|England|Scotland|Wales|Westminster)\b")]
    public static partial Regex UkNamed();

    /// <summary>A body's own vote: a students' union, a society, a club. "The election" there is not a general election.</summary>
    [GeneratedRegex(@"\b(?:[Uu]nion|[Ss]ociet(?:y|ies)|[Cc]lub|[Ss]abbatical|RON|[Oo]fficer|[Rr]eturning [Oo]fficer|[Ss]tudents?['’]? [Uu]nion|[Cc]ommittee|[Hh]ustings)\b")]
    public static partial Regex Organisation();

    /// <summary>Another country named: then "the election" may be its, not Westminster's. Its people count
    /// ("Americans", "Canadians").</summary>
    [GeneratedRegex(ElectionWords.NotNorthern + @"\b(?:" + ElectionWords.CountryNames + @")(?:(?<=an)s)?(?!\w)")]
    public static partial Regex ForeignCountry();

    /// <summary>Westminster politics: what makes "the election" in a sentence a general election.</summary>
    [GeneratedRegex(@"\b(?:MPs?|Parliament|Westminster|Commons|Government|Prime Minister|(?:his|her)\s+[Pp]remiership|[Mm]anifesto|[Cc]oalition|Downing Street|(?!Republican|Democrat|GOP)(?:" + Parties.Names + @"))\b")]
    public static partial Regex Westminster();

    /// <summary>The Commons itself: a seat there is won at a general election. ("MPs" are other parliaments' too.)</summary>
    [GeneratedRegex(@"\b(?:Commons|Westminster)\b")]
    public static partial Regex Commons();

    /// <summary>The same contest in other years, measured against: "the worst result since 1935, that we got in
    /// 2019", "its best showing since 1983". Returns each year with its position.</summary>
    public static IEnumerable<(int Year, int Position)> PastResults(string sentence)
    {
        foreach (Match word in ResultWord().Matches(sentence))
        {
            var end = Math.Min(sentence.Length, word.Index + word.Length + 60);
            foreach (Match m in YearAfter().Matches(sentence[..end], word.Index + word.Length))
                yield return (int.Parse(m.Groups["y"].Value), m.Groups["y"].Index);
        }
    }

    [GeneratedRegex(@"\b(?:result|results|performance|showing|defeat|victory|landslide)\b")]
    private static partial Regex ResultWord();

    [GeneratedRegex(@"\G[^.;:]*?\b(?:since|in)\s+(?<y>(?:19|20)\d\d)\b(?!\s*(?:per cent|%))")]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(?:held|holds|hold|won|wins|took|takes|gained|retained|kept|keep|lost|loses)\s+(?:on\s+to\s+|onto\s+)?the\s+seat\b")]
    public static partial Regex TheSeat();

    /// <summary>A majority of seats in a parliament: "a 12-seat majority", "an overall majority of 66", "returned to
    /// Westminster with a majority of six".</summary>
    [GeneratedRegex(@"-seat\s+majority|\bmajority\s+of\s+\w+\s+seats\b|\b(?:overall|working|outright|parliamentary)\s+majority\b|\breturned\s+to\s+(?:Westminster|power|Downing Street)\b")]
    public static partial Regex SeatMajority();

    /// <summary>A member's majority in their seat: "who has a 6,932 majority", "the MP's majority of 400".</summary>
    [GeneratedRegex(@"\b(?:MPs?|seat|constituency)\b|\b(?:has|had|holds|held|with)\s+an?\s+(?:\w+\s+)?\d[\d,]*\s+majority\b")]
    public static partial Regex MemberMajority();

    /// <summary>Someone else's words: a figure or a verb on the far side of one is theirs to report, not ours to attach.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|claimed|claims|insisted|warned|argued|believes|thinks|predicted|hoped|hopes|urged|congratulat\w*)\b")]
    public static partial Regex Speech();

    /// <summary>"(the SNP) won the ... election": a party winning a named contest; "losing ... to the Conservatives".</summary>
    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")\s+(?:won|wins|held|retained|gained|took)\s+the\s+(?=[^,;]{0,60}?(?:[Ee]lection|by-election|seat|vote)\b)|\b(?:losing|lost|loses)\s+(?:in\s+)?the\s+[^,;]{0,60}?(?:[Ee]lection|by-election|seat)\s+to\s+(?:the\s+)?(?<party>" + Parties.Names + @")\b")]
    public static partial Regex PartyWon();

    /// <summary>True when the sentence has a number that is not a year ("won 57% in 2016"; not "first elected in 2016").</summary>
    public static bool NumberBesidesYears(string sentence) =>
        DigitRun().Matches(sentence).Any(m => !(m.Length == 4 && m.Value[..2] is "19" or "20"));

    [GeneratedRegex(@"(?<![\d.,])\d(?:[\d.,]*\d)?")]
    private static partial Regex DigitRun();
}
