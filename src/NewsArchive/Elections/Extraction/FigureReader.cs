using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Finds the numbers of a results story: votes, shares, majorities, seats, turnout, places. Finding one does
/// not keep it; the extractor still has to tie it to a candidate or party in an election.
/// </summary>
internal static partial class FigureReader
{
    private const string Q = NewsNumber.Pattern;
    private const string Percent = @"\s*(?:per cent|percent|%)";

    public static IReadOnlyList<RawFigure> Find(string sentence)
    {
        var found = new List<RawFigure>();
        void Add(FigureKind kind, Match m, bool total = false)
        {
            if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) return;
            found.Add(new RawFigure(kind, NewsNumber.FromMatch(m), m.Index, m.Index + m.Length)
            {
                // "voted to stay in the EU", "voted not to leave": the Remain side, in other words.
                // "only 32% voted in favour of the Alternative Vote": for the change a referendum asks about, its Yes.
                Side = m.Groups["side"].Success ? ElectionWords.SideName(m.Groups["side"].Value) : m.Groups["stay"].Success ? "Remain"
                    : m.Groups["yes"].Success ? "Yes" : m.Groups["no"].Success ? "No" : null,
                Total = total,
            });
        }

        // Every pattern but the place one is built on a number; most sentences hold none, and the
        // number patterns are slow to fail, so one quick look spares them.
        if (SentenceCues.HasDigit(sentence) || NumberWord().IsMatch(sentence))
        {
            // Each pattern runs only where the words it cannot match without are present.
            if (TurnoutWord().IsMatch(sentence))
            {
                foreach (Match m in TurnoutFromTo().Matches(sentence)) AddChange(found, m);
                foreach (Match m in ElectorateList().Matches(sentence)) Add(FigureKind.Turnout, m);
                foreach (Match m in Turnout().Matches(sentence)) Add(FigureKind.Turnout, m);
            }
            if (sentence.Contains("margin", StringComparison.Ordinal))
                foreach (Match m in MarginInVotes().Matches(sentence)) Add(FigureKind.Majority, m);
            if (sentence.Contains("ajority", StringComparison.Ordinal) || (SentenceCues.HasAny(sentence, "held", "won", "holds", "wins", "winning", "took", "takes", "gained", "captured", "clinched", "secured", "retained", "clung", "hung", "survive", "scraped", "squeezed", "romped", "edged") && ByWord().IsMatch(sentence)))
                foreach (Match m in Majority().Matches(sentence)) Add(FigureKind.Majority, m);
            // "have held Uxbridge in a by-election, by just 495 votes": a winner's lead told after the seat and the contest.
            if (SentenceCues.HasAny(sentence, "held", "holds", "kept", "retained", "won", "took", "gained", "captured", "clung", "hung", "survived") && ByWord().IsMatch(sentence))
                foreach (Match m in WonByVotes().Matches(sentence)) Add(FigureKind.Majority, m);
            if (SentenceCues.HasAny(sentence, "beat", "defeat", "crush", "troun", "routed", "routing", "thrash", "lost", "losing", "ousted", "ousting", "unseat") && ByWord().IsMatch(sentence))
                foreach (Match m in BeatBy().Matches(sentence)) Add(FigureKind.Majority, m);
            if (SentenceCues.HasAny(sentence, "fell to", "falls to", "went to", "passed to") && ByWord().IsMatch(sentence))
                foreach (Match m in FellToBy().Matches(sentence)) Add(FigureKind.Majority, m);
            // A lead is a majority only for the one who won: not a runner-up's lead over the next ("came second, 370 votes
            // ahead of", "200 votes ahead of UKIP but 5,000 behind Labour").
            if (SentenceCues.HasAny(sentence, "votes ahead", "vote ahead", "votes clear", "votes in front", "votes more than", "ballots ahead") && !RunnerUp().IsMatch(sentence))
                foreach (Match m in VotesAhead().Matches(sentence)) Add(FigureKind.Majority, m);
            if (sentence.Contains("point", StringComparison.Ordinal))
                foreach (Match m in Margin().Matches(sentence)) Add(FigureKind.MarginPoints, m);
            // Pairs and "respectively" lists before single shares and votes: each of their numbers is typed by the
            // unit they share, and takes its owner by its place in the pair ("beat Goldsmith by 57% to 43%").
            FigureLists.Find(sentence, found);
            if (SentenceCues.HasAny(sentence, " in three ", " in four ", " in five ", " in six ", " in ten ", " in every ", " out of ")) OneInShares(sentence, found);
            // A side's voters before a plain share: "the 48% who voted to stay in the EU" is Remain's, whatever else the
            // sentence names.
            if (SentenceCues.HasAny(sentence, "voted", "in favour of", "backed", "backing", "supporting", "chose", "opted", "decided"))
                foreach (Match m in SideVoters().Matches(sentence))
                    // "In Wales, 52.5% voted to leave", "Of Labour's 232 MPs, 218 voted Remain": a part of the whole.
                    if (!PartOrMembersBefore().IsMatch(sentence[..m.Index])) Add(m.Groups["pct"].Success ? FigureKind.Share : FigureKind.Votes, m);
            // "nearly 13 million people voted for Labour": a party's voters, counted or as a share of all.
            if (SentenceCues.HasAny(sentence, "voted for", "backed"))
                foreach (Match m in PartyVoters().Matches(sentence))
                    if (!PartOrMembersBefore().IsMatch(sentence[..m.Index])) Add(m.Groups["pct"].Success ? FigureKind.Share : FigureKind.Votes, m);
            // How a student paper writes a body's own election: counts of voters, a running turnout behind last year's.
            BodyFigures.Find(sentence, found);
            if (SentenceCues.HasAny(sentence, "per cent", "percent", "%") && VoteWord().IsMatch(sentence))
                foreach (Match m in Share().Matches(sentence)) Add(FigureKind.Share, m);
            if (SentenceCues.HasAny(sentence, "half", "third", "quarter", "fifth", "sixth", "eighth", "tenth")) FractionShares(sentence, found);
            if (MayCountVotesCast(sentence))
                foreach (Match m in VotesCast().Matches(sentence)) Add(FigureKind.Votes, m, total: true);
            // "7,285 voters ... this was 30% of their eligible students": after a count of voters, their share of the body.
            BodyFigures.ShareOfBody(sentence, found);
            if (SentenceCues.HasAny(sentence, "votes", "ballots", "polled", "preferences"))
                foreach (Match m in Votes().Matches(sentence)) Add(FigureKind.Votes, m);
            // A small number after a name with no "votes" is more often an age ("Jo Bloggs (45)", "Jo Bloggs – 45").
            if ((sentence.Contains('⟦') || sentence.Contains("RON", StringComparison.Ordinal) || sentence.Contains("ominations", StringComparison.Ordinal))
                && (found.Any(f => f.Kind == FigureKind.Votes) || ResultLine().IsMatch(sentence)))
            {
                foreach (Match m in VotesAfterName().Matches(sentence))
                    if (NewsNumber.FromMatch(m).Value >= 100 || VotesWordAfter().IsMatch(sentence, m.Index + m.Length)) Add(FigureKind.Votes, m);
                if (found.Any(f => f.Kind == FigureKind.Votes))
                    foreach (Match m in ResultLineShare().Matches(sentence)) Add(FigureKind.Share, m);
            }
            if (SentenceCues.HasAny(sentence, "trailed", "finished", "ended", "came", "won", " was "))
                foreach (Match m in VotesAfterPlace().Matches(sentence))
                    if (NewsNumber.FromMatch(m).Value >= 100) Add(FigureKind.Votes, m);
            if (sentence.Contains("all but", StringComparison.Ordinal))
                foreach (Match m in AllBut().Matches(sentence)) AddAllBut(found, m);
            if (sentence.Contains("seat", StringComparison.Ordinal))
                foreach (Match m in Seats().Matches(sentence)) Add(FigureKind.Seats, m);
            // "The results were 228 for Clinton and 279 for Trump (… electoral votes)": a count for each named one.
            if (SentenceCues.HasAny(sentence, "votes", "results were", "result was"))
                foreach (Match m in CountFor().Matches(sentence)) Add(FigureKind.Votes, m);
            if (found.Any(f => f.Kind == FigureKind.Seats) || sentence.Contains(" seats to ", StringComparison.Ordinal))
                foreach (Match m in SeatsAfterChange().Matches(sentence)) Add(FigureKind.Seats, m);
            if (sentence.Contains(" from ", StringComparison.Ordinal))
                foreach (Match m in MembersChangedTo().Matches(sentence)) Add(FigureKind.Seats, m);
            if (SentenceCues.HasAny(sentence, "MP", "Member of Parliament", "MEP", "MSP", "AMs", "TDs", "councillors", "deputies", "senators"))
            {
                foreach (Match m in MembersWon().Matches(sentence)) Add(FigureKind.Seats, m);
                PartysMembers(sentence, found);
            }
            FigureLists.Continue(sentence, found);
            if (sentence.Contains(", or ", StringComparison.Ordinal)) CountsBesideShares(sentence, found);
        }
        foreach (Match m in Place().Matches(sentence))
        {
            if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) continue;
            var place = Array.IndexOf(Places, m.Groups["place"].Value) + 1;
            found.Add(new RawFigure(FigureKind.Position, new Quantity(place, Bound.Exact, m.Groups["place"].Value), m.Groups["place"].Index, m.Index + m.Length));
        }
        if (SentenceCues.HasAny(sentence, "single seat", "no seats")) NoSeatsWon(sentence, found);
        if (found.Count > 0 && SentenceCues.HasAny(sentence, "up from", "down from")) BareEarlier(sentence, found);
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
        if (found.Count > 0 && SentenceCues.HasAny(sentence, "when", "years")) ToldOfEarlierRace(sentence, found);
        SetAgainstAYear(sentence, found);
        return found;
    }

    /// <summary>Whether <see cref="VotesCast"/> could match: it is slow to fail, as it looks back from every place a
    /// number could start, so the words each of its forms cannot match without are looked for first. A check, not a
    /// rule: every sentence it could match passes.</summary>
    private static bool MayCountVotesCast(string sentence) =>
        SentenceCues.HasAny(sentence, "cast", "total of")
        || SentenceCues.HasAny(sentence, "people", "voters", "electors", "students", "members", "residents", "citizens")
            && SentenceCues.HasAny(sentence, "voted", "voting", "took part", "turned out", "participated", "returned");

    /// <summary>The size of the body, when the sentence gives it ("in the 60-seat chamber").</summary>
    public static int? SeatsInBody(string sentence)
    {
        var m = BodySize().Match(sentence);
        return m.Success ? int.Parse(m.Groups["size"].Value) : null;
    }

    private static readonly string[] Places = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    /// <summary>What every <see cref="NewsNumber.Pattern"/> match without a digit holds: a number word. Ignoring case
    /// keeps it a superset of the case-sensitive patterns too.</summary>
    [GeneratedRegex(@"\b" + NewsNumber.Word + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex("turnout|turned out|voting|voted", RegexOptions.IgnoreCase)]
    private static partial Regex TurnoutWord();

    /// <summary>"by" as <see cref="Majority"/> needs it: "held the seat by".</summary>
    [GeneratedRegex(@"\sby\s")]
    private static partial Regex ByWord();

    /// <summary>"a turnout of 42%", "the highest turnout, at 52%", "turnout was low (just 42%", "turnout at the 2015 election was 66.1%", "a 60.5% turnout"; turnout as those who voted:
    /// "45% of eligible voters turned out", "over 60% of undergraduates voting" (not "voting for" or "voted Labour",
    /// a share); a change told to its end: "turnout dropped more than eight points, to 36%"; a turnout told after a
    /// comma: "turnout was down this year, at 38.2%", "the undergraduate turnout, the figure stands at roughly 24%"; and as
    /// a results list gives it: "Turnout: 45.2%".</summary>
    [GeneratedRegex(@"\bturnout\b(?:[^.;:,\d%]|(?<=\s)(?:19|20)\d\d(?=\s)){0,34}?(?<=\s|\()" + Q + Percent + @"|\bturnout,\s+at\s+" + Q + Percent
        + @"|\bturnout\b[^.;:,\d%]{0,34},\s+(?:at|the\s+figure\s+(?:stands|stood|is|was)(?:\s+at)?)\s+" + Q + Percent + @"|\bturnout\s*(?::|\s[–—-])\s*" + Q + Percent + "|" + Q + Percent + @"\s+turnout\b|" + Q + Percent + Electorate
        + @"|\bturnout\s+(?:\w+\s+){0,2}?(?:fell|dropped|rose|climbed|increased|decreased|jumped|slumped|plummeted|went\s+(?:up|down))\b[^.;:\d%]{0,40}?\bto\s+" + Q + Percent, RegexOptions.IgnoreCase)]
    private static partial Regex Turnout();

    /// <summary>Class: those entitled to vote, and the words that say they did ("of eligible voters turned out",
    /// "of their students voting", "of the 18-to-29 demographic voted").</summary>
    private const string Electorate = @"\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:voters|electorate|students|members|undergraduates|postgraduates|those\s+eligible|people|adults|demographic|population)\s+(?:turned\s+out|(?:voting|voted)(?!\s+in\s+favour)(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|this|last|across|overall|online|and|but|while|whereas)\b)))";

    /// <summary>"turnout rose from 41% last year to 45%", "turnout fell from 45.5% in 2015 to 38%".</summary>
    [GeneratedRegex(@"\bturnout\s+(?:\w+\s+){0,3}?(?:rose|fell|dropped|climbed|increased|decreased|jumped|slumped|grew|went\s+(?:up|down)|was\s+(?:up|down))\s+from\s+(?<from>" + Q + @")\s?(?:%|per\s+cent)(?<when>\s+(?:(?<last>last\s+year|the\s+year\s+before|the\s+previous\s+year)|in\s+(?<year>(?:19|20)\d\d)))?\s*,?\s+to\s+(?<to>" + Q + @")\s?(?:%|per\s+cent)", RegexOptions.IgnoreCase)]
    private static partial Regex TurnoutFromTo();

    /// <summary>The first turnouts of a list that ends on its verb: "60% of undergraduates and 22% of postgraduates voted"
    /// (the last is a <see cref="Turnout"/> itself).</summary>
    [GeneratedRegex(Q + Percent + @"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:voters|electorate|students|members|undergraduates|postgraduates|people|adults)(?=(?:\s*,\s*\d+(?:\.\d+)?\s?(?:%|per\s+cent)\s+of\s+[^,;.%]{1,40}?)*\s*,?\s+and\s+\d+(?:\.\d+)?\s?(?:%|per\s+cent)\s+of\s+[^,;.%]{1,40}?\s+(?:turned\s+out|voting|voted)(?!\s+(?:for|in\s+favour|against|to|leave|remain|yes|no)\b|\s+\p{Lu}))")]
    private static partial Regex ElectorateList();

    [GeneratedRegex(@"(?<=^\W*(?:[A-Z][\w’'-]*\s+){0,2}[Mm]ajority\s*:?\s+)" + Q + @"(?!\s*(?:per cent|percent|%|-))|(?<=\bmajority(?:\s+in\s+[A-Z][\w’'-]*(?:\s+(?:and\s+|upon\s+|&\s+)?[A-Z][\w’'-]*)*)?\s+(?:of|was|is|is\s+now|now\s+stands\s+at|stands\s+at|stood at|to|down to|cut to|reduced to|slashed to|up to|increased to|fell to|dropped to|rose to|grew to|shrank to|(?:was|has\s+been|had\s+been)\s+(?:cut|reduced|slashed|halved|increased)\s+to|(?:was\s+)?(?:cut|reduced|slashed)\s+from\s+[\d,]+\s+to)\s+(?:(?:just|only|a\s+mere)\s+)?)" + Q + @"(?!\s*(?:per cent|percent|%|-))|" + Q + @"(?=(?:-vote|-seat|\s+seat)?\s+majority\b)|(?<=\b(?:held|won|to\s+win|holds|wins|winning|won it|held it|took it|took|takes|gained|regained|captured|clinched|secured|retained|clung|clings|hung|hangs|survived|survives|scraped|squeezed|romped|edged)\s+(?:(?:on|home|in|through)(?:\s+to)?\s+)?(?:the seat\s+|it\s+|the\s+(?:popular\s+)?vote\s+|the\s+(?:[\w’'&()-]+\s+){0,4}?(?:race|contest|ballot|presidency|post|position|role|nomination|election|by-election)(?:\s+in\s+[A-Z][\w’'-]*(?:\s(?:of\s|and\s)?[A-Z][\w’'-]*)*)?(?:\s+(?:in|of)\s+(?:19|20)\d\d)?(?:,?\s+(?:on\s+|last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?|\s+yesterday)?,?\s+|[A-Z][\w’'-]*(?:\s(?:of\s|and\s)?[A-Z][\w’'-]*)*\s+)?(?:(?:from|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?by\s+(?:a margin of\s+)?(?:(?:just|only|a\s+mere|some|about|around)\s+)?)" + Q + @"(?=\s*(?:votes|ballots)\b|\s*[,.;–—]|\s+(?:over|in|at|from|after|thanks|and|with|on)\b|\s*$)(?!\s*(?:votes\s+)?to\s+\d)(?!\s*(?:per cent|percent|%|-|seats))")]
    private static partial Regex Majority();

    /// <summary>A winning margin told in votes: "secured a margin of some 276,000 votes", "a winning margin of 68 votes",
    /// "by a margin of just 43 votes", "Khan's margin of victory, 228,433 votes,",
    /// or with no unit a number in thousands, which only a count of votes is ("against 994,614 for Goldsmith, a margin of
    /// 315,529.", "His winning margin of 228,433 was", "a margin of about 1.3 million."): a margin in points is a small number.</summary>
    [GeneratedRegex(@"(?<=(?:\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['’]s)\s+(?:(?:winning|victory|narrow|slim|comfortable|huge|large)\s+)?margin(?:\s+of\s+victory)?\s*(?:of|was|,)\s+(?:(?:just|only|a\s+mere)\s+)?)" + Q + @"(?=\s+(?:votes|ballots)\b|(?<=\d,\d{3}|\bmillion)(?:\s*(?:[,.;)]|$)|\s+(?:was|is)\b))")]
    private static partial Regex MarginInVotes();

    /// <summary>A winning margin in points: "a 14-point win", "the margin of victory was 11 points", "won by 11
    /// percentage points".</summary>
    [GeneratedRegex(Q + @"(?=-point\s+(?:win|victory|margin)\b)|(?<=\bmargin(?:\s+of\s+victory)?\s+(?:of|was)\s+)" + Q + @"(?=\s+(?:percentage\s+)?points\b)|(?<=\b(?:won|win|wins|winning)\s+by\s+)" + Q + @"(?=\s+(?:percentage\s+)?points\b)")]
    private static partial Regex Margin();

    /// <summary>A share of the vote: "55 per cent", "16.1% of the vote", "43.8% of the total", "44 per cent of first preferences", "61.8% of those cast". A per cent "of" anything but votes ("36% of
    /// the UK's MPs", "18% of students") is not one.</summary>
    [GeneratedRegex(Q + Percent + @"(?!\s+of\s+(?!(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}(?:votes?|ballots?|poll|total(?!\s+(?!vote)\p{L})|preferences)\b|those\s+(?:cast|voting|who\s+voted)\b))")]
    private static partial Regex Share();

    /// <summary>Words of a count beside a share, and a place in the race: "Liberal Democrat Brian Paddick was third with 9.8%";
    /// a party that took a share ("The Tories took 32.3% and the Lib Dems 22.1%"); and a share told against another's
    /// ("Ms Doe had 55.2 per cent to Mr Roe's 44.8 per cent").</summary>
    [GeneratedRegex(@"\b(?:votes?|voters|polled|ballots?|elect\w*|won|winning|election|poll|share|preferences?|results?|came|finished|beat|beating|defeated|defeating|round|was\s+(?:a\s+(?:distant|close)\s+)?(?:second|third|fourth|fifth|sixth|last)\s+(?:with|on))\b|\b(?:" + Parties.Names + @")\s+took\s+(?:(?:just|only|about|around|nearly|almost|over|under)\s+)?\d|" + TextCues.SharesCompared, RegexOptions.IgnoreCase)]
    private static partial Regex VoteWord();

    /// <summary>Any word <see cref="NewsNumber.Pattern"/> takes as a number's qualifier, or none: a lookbehind's way of
    /// seeing the whole of "by fewer than 500 votes".</summary>
    private const string Qualifier = @"(?:(?:" + NewsNumber.Qualifiers + @")\s+)?";

    /// <summary>"1,206,034 votes", "16,319 first-preference votes", "150,673 first preferences", '1,201,607 "Yes" votes',
    /// "306 electoral votes", "polled 16,319".
    /// Never "won by 23 votes" or "became President by 23 votes": a winner's lead, not a count; nor "led by about
    /// 10,000 votes", a lead while counting.</summary>
    [GeneratedRegex(@"(?<!\b(?:" + WinVerbs + @"|beat|beating|defeated|lost|losing|carried|led|leads|leading|trailed|trails|trailing)\b" + NoFigure + @"{0,60}\bby\s+(?:(?:just|only|a\s+mere)\s+)?" + Qualifier + @")(?<!\b(?:became|becomes|become|elected|chosen|returned|re-elected)\b[^.;:\d]{0,40}\bby\s+(?:(?:just|only|a\s+mere)\s+)?" + Qualifier + ")" + Q + @"(?=\s+(?:(?:first[- ]preference\s+|second[- ]preference\s+|electoral(?:\s+college)?\s+|popular\s+|[""“”'‘’]?(?<side>" + ElectionWords.Sides + @")[""“”'‘’]?\s+)?(?:votes|ballots)\b|(?:first|second)[- ]preferences\b))|(?<=\bpolled\s+)" + Q + @"(?!\s*(?:per cent|percent|%))")]
    private static partial Regex Votes();

    /// <summary>A bare count "for" a candidate or a party named right after it ("228 for Clinton"), or after its share
    /// ("909,755, or 35 per cent, for Mr Goldsmith"); not money or a share, and not "for and against" a motion.</summary>
    [GeneratedRegex(@"(?<![\d.,£$€%])(?<!\b(?:by|of|from)\s+)" + Q + @"(?!\s*(?:per cent|percent|%|seats|votes|years|months|days))(?=(?:,\s+or\s+\d[\d.]*\s?(?:%|per\s+cent),)?\s+for\s+(?:the\s+)?(?:(?:" + Parties.Names + @")\b|" + ArticleSentence.Person + "))")]
    private static partial Regex CountFor();

    /// <summary>Votes cast in the whole contest: "over 900 people voted", "5,033 out of around 15,000 students
    /// took part", "487,939 people had returned their ballot papers", "a total of 2,996 voters", "812,000 votes
    /// were cast", "with about 2.5 million ballots cast", "with 9,034 students casting their votes", "with 7,812
    /// students voting", "5,200 students have voted so far", and for one post of several: "over 900 people voted for
    /// this particular position". People who "voted for" or "voted Labour" gave a side's or party's votes, and "a total of 5,000
    /// votes" may be one candidate's: neither is a total.</summary>
    [GeneratedRegex(@"(?<!\bout\s+of\s+(?:around\s+|about\s+|some\s+|nearly\s+)?)" + Q + @"(?=(?:\s+out\s+of\s+(?:around\s+|about\s+|some\s+|nearly\s+)?[\d,]+)?\s+(?:people|voters|electors|students|members|residents|citizens)(?:\s*\([^()]{1,40}\))?\s+(?:(?:had|have|has)\s+)?(?:voted(?!\s+in\s+favour)(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|this|last|across|overall|online|and|but|while|so\s+far)\b|\s+for\s+(?:this|the|that|each)\s+(?:particular\s+)?(?:position|post|role|race|contest)\b))|(?:cast|casting)\s+(?:their\s+|a\s+)?(?:votes?|ballots?)|took\s+part|turned\s+out(?!\s+(?:to\s+(?!vote)|for\b))|participated|returned\s+(?:their\s+)?ballot(?:\s+paper)?s))"
        + @"|(?<=\bwith\s+)" + Q + @"(?=\s+(?:people|voters|students|members)\s+voting(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|this|last|across|overall|online|and|but|while|so\s+far)\b)))"
        + @"|(?<=\ba\s+total\s+of\s+)" + Q + @"(?=\s+(?:voters|people\s+voted|ballots\s+(?:were\s+)?cast|votes\s+(?:were\s+|had\s+been\s+)?cast))"
        + @"|" + Q + @"(?=\s+(?:valid\s+)?(?:votes|ballots|ballot\s+papers)\s+(?:(?:were|had\s+been|have\s+been)\s+)?cast\b(?!\s+for\b))")]
    private static partial Regex VotesCast();

    /// <summary>A referendum side's voters: "17.4 million people voted to leave", "against 16.1 million who voted to
    /// remain", "the 48% who voted Remain", "52% voted in favour of leaving", "the 48% who voted to stay in the EU",
    /// "who voted not to leave", "51.9% of voters decided that they wanted to leave", "backed Remain", "32% voted in
    /// favour of the Alternative Vote" (Yes), "with 32.1% backing the change" (Yes), "68% voted against" (No). Not a
    /// part of the whole ("London voted 60% to remain" has the number after the verb).</summary>
    [GeneratedRegex(Q + @"(?<pct>" + Percent + @")?(?=\s+(?:(?:people|voters|electors|Britons|of\s+(?:the\s+)?(?:voters|country|us))\s+)?(?:who\s+)?(?:had\s+|have\s+)?(?:voted|backed|backing|supporting|chose|opted|decided(?:\s+that\s+they\s+wanted)?)\s+(?:(?<yes>in\s+favour)\b(?!\s+of\s+(?:the\s+)?[""“‘']?(?:" + ElectionWords.Sides + @"|yes|no|leave|remain|leaving|remaining|staying)\b)|(?<yes>(?:for\s+)?the\s+change)\b|(?<no>against)\b|(?:(?:to|for)\s+|in\s+favour\s+of\s+)?(?:the\s+)?[""“‘']?(?:(?<side>" + ElectionWords.Sides + @"|yes|no|leave|remain|leaving|remaining)\b(?!\s+(?:confidence|deal|one|longer|more)\b)|(?<=to\s+)(?<stay>stay\s+in\s+the\s+(?:EU|European\s+Union))|(?<stay>not\s+to\s+leave)\b)))")]
    private static partial Regex SideVoters();

    /// <summary>A party's voters: "nearly 13 million people voted for Labour", "11.5% of voters backed the Liberal
    /// Democrats". The people word is needed: "218 voted for Labour" may be MPs.</summary>
    [GeneratedRegex(Q + @"(?<pct>" + Percent + @")?(?=\s+(?:people|voters|electors|Britons|of\s+(?:the\s+)?(?:voters|electorate|those\s+who\s+voted))\s+(?:had\s+)?(?:voted\s+for|backed)\s+(?:the\s+)?(?:" + Parties.Names + @")\b)")]
    private static partial Regex PartyVoters();

    /// <summary>A place or a body of members before the number in its sentence: "In Wales, ", "in Sunderland",
    /// "Of Labour's 232 MPs" (not "the inhabitants of Cataluña, of which 90% voted yes", the whole, nor a time: "In
    /// Thursday's referendum", "In May").</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]cross)\s+(?!the\s+(?:EU|European|referendum|vote|country|UK)\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + ElectionWords.MonthNames + @")\b)(?:the\s+)?\p{Lu}[\w’'-]*(?!\s+referendum)|\b(?:MPs|MEPs|MSPs|peers|councillors|members|constituencies|areas|councils|regions)\b")]
    private static partial Regex PartOrMembersBefore();

    /// <summary>A count told by where a candidate ended, with no unit: "Ms Hall trailed on 812,397", "Jo Bloggs finished
    /// with 2,345", "which Kate Jones won with 800", "was fifth with 94,000": 100 or more there is votes, not an age.</summary>
    [GeneratedRegex(@"(?<=" + ArticleSentence.Person + @"\s+(?:(?:also|only)\s+)?(?:trailed|finished|ended(?:\s+up)?|won|(?:came\s+(?:in\s+)?|was\s+)(?:second|third|fourth|fifth|sixth|last))\s+(?:(?:second|third|fourth|fifth|sixth|last)\s+)?(?:on|with)\s+)" + Q + @"(?!\s*(?:per cent|percent|%|-|seats|years|points|MPs|councillors))(?=\s*(?:[,.;)]|$|\s+(?:and|while|but|after|behind|ahead|in)\b))")]
    private static partial Regex VotesAfterPlace();

    /// <summary>"30 seats", "56 out of a possible 59 seats", "56 of Scotland's 59 seats", "fifty-six of the fifty-nine seats", "63 of the Scottish Parliament's 129 seats", "won 35 of its 58 seats", "with 31 of its 54 seats" (its, the council's; "lost 21 of its 56 seats" had them before), "one seat" (a seat is one). Seats lost, or more and
    /// fewer than before, are a change, and seats stood in, targeted or come second in are no seats won.</summary>
    [GeneratedRegex(@"(?<!\b(?:first|second|third|fourth|fifth|runners?-up)\s+in\s+(?:(?:some|about|around|over|nearly|more\s+than)\s+)?)(?<!\b(?:lost|losing|lose|loses|down|shed|shedding)\s+(?:(?:only|just|a\s+further|another)\s+)?)(?<!\b(?:stood|standing|stand|stands|contested|contesting|contest|contests|fielded|fielding|fights|fighting|fought|targeting|targets|target)\s+(?:(?:candidates|in|only|just)\s+){0,2})(?<!\bof\s+(?:a\s+possible\s+|the\s+(?:(?:\p{Lu}\w+\s+){0,2}\w+['’]s\s+)?|\p{Lu}\w+['’]s\s+)?)(?<!\b(?:with|won|win|wins|winning|took|takes|taking|held|holds|holding|kept|keeps|keeping)\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:its|their)\s+)" + Q + @"(?=\s+(?:(?:council|Westminster|Commons|parliamentary|constituency|list|top-up|regional|additional)\s+){0,2}(?:seats\b|(?:out\s+)?of\s+(?:a\s+possible\s+|the\s+(?:(?:\p{Lu}\w+\s+){0,2}\w+['’]s\s+)?|(?:its|their)\s+|\p{Lu}\w+['’]s\s+)?(?:\d+|" + NewsNumber.Written + @")\s+(?:\w+\s+)?seats\b))|\b(?<n>one|1)(?=\s+seat\b)")]
    private static partial Regex Seats();

    /// <summary>"won all but three of Scotland's 59 seats": the seats won are the whole less those named.</summary>
    private static void AddAllBut(List<RawFigure> found, Match m)
    {
        if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)
            || NewsNumber.FromMatch(m) is not { Bound: Bound.Exact } but || !int.TryParse(m.Groups["whole"].Value, out var whole) || but.Value >= whole) return;
        found.Add(new RawFigure(FigureKind.Seats, new Quantity(whole - but.Value, Bound.Exact, m.Value), m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(@"\ball\s+but\s+" + Q + @"\s+of\s+(?:the\s+|its\s+|their\s+|\p{Lu}\w+['’]s\s+)?(?<whole>\d+)(?=\s+(?:\w+\s+)?seats\b)")]
    private static partial Regex AllBut();

    /// <summary>Seats told by where a party ended, after another party's seats in the same sentence: "The Tories won
    /// 365 seats, while Labour slumped to 203", "they lost 29 seats to 42", "gained 30 seats to reach 262", "gained 33
    /// seats to finish on 198". A share ("fell to 32%") or votes are not seats.</summary>
    [GeneratedRegex(@"(?<=\b(?:(?:slumped|fell|dropped|sank|plunged|slipped|crashed|rose|climbed|jumped|surged|was\s+reduced|were\s+reduced)\s+to|(?:lost|losing|gained|gaining|shed|shedding)\s+\d+\s+seats\s+to(?:\s+(?:reach|take\s+(?:its|their)\s+(?:total|tally)\s+to|(?:finish|end)(?:\s+up)?\s+(?:on|with)))?)\s+(?:(?:just|only|a\s+mere)\s+)?)" + Q + @"(?!\s*(?:per cent|percent|%|-|votes|points|years))(?=\s*(?:[,.;)]|$)|\s+(?:seats|MPs)\b|\s+(?:and|while|but|in|its|their)\b)")]
    private static partial Regex SeatsAfterChange();

    [GeneratedRegex(@"\b(?<size>\d+)-seat\s+(?:chamber|parliament|Parliament|assembly|Assembly|council|house|House|Commons|legislature)")]
    private static partial Regex BodySize();

    [GeneratedRegex(@"\b(?:came|finished|ended\s+up)\s+(?:in\s+)?(?<place>first|second|third|fourth|fifth|sixth|seventh|eighth)\b")]
    private static partial Regex Place();
}
