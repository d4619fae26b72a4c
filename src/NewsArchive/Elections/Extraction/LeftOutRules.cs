using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Numbers that look like results but are not: Commons divisions, polls, forecasts, thresholds.
/// Judged from the sentence, or from the words just before the figure. A running tally, an exit poll or a
/// projection is no reason to leave a figure out: it is kept with its status (<see cref="FigureStatusRules"/>).</summary>
internal static partial class LeftOutRules
{
    public static LeftOutReason? Judge(string sentence, RawFigure figure, int clauseStart, FigureStatus status)
    {
        // "The party won 331 seats, giving David Cameron a Commons majority of 12": the Commons a result elects.
        if (IsDivision(sentence) || ParliamentCue().IsMatch(sentence) || CommonsCue().IsMatch(sentence) && !SeatsWon().IsMatch(sentence))
            return LeftOutReason.ParliamentaryVote;
        var before = sentence[Math.Max(clauseStart, figure.Position - 30)..figure.Position];
        // A threshold word belongs to the number beside it: "won 302 votes, securing the 270 votes required"
        // puts "required" with 270, not with 302.
        var aroundStart = Math.Max(Math.Max(clauseStart, figure.Position - 60), PreviousNumberEnd(sentence, figure.Position));
        var around = sentence[aroundStart..NextNumberStart(sentence, figure.End, 50)];
        var estimate = status is FigureStatus.ExitPoll or FigureStatus.Projection;
        if (!estimate && OpinionPoll().Matches(sentence).Any(m => !ComparedWithPolls().IsMatch(sentence[Math.Max(0, m.Index - 20)..m.Index])
                && !(m.Index > figure.End && NextClause().IsMatch(sentence[figure.End..m.Index]) && !NumberOtherThanYear().IsMatch(sentence[figure.End..m.Index]))
                // "had 331 seats and a 12-seat majority – the first win since 1992, the last time the pollsters got it
                // wrong": an aside after a dash is told of something else.
                && !(m.Index > figure.End && DashAside().IsMatch(sentence[figure.End..m.Index]))
                // "The polls had promised a hung parliament; instead Cameron won a 12-seat majority": what the polls said
                // before the turn is not the result after it.
                && !(m.Index < figure.Position && ResultAgainstPolls().IsMatch(sentence[m.Index..figure.Position]))
                // "One poll last week put Mr Khan 20 points clear; his actual margin of 13.6 points ...": a clause of its own.
                && !(m.Index < figure.Position && sentence.AsSpan(m.Index, figure.Position - m.Index).Contains(';'))))
            return LeftOutReason.OpinionPoll;
        // "needed 5% to keep their deposit" is the bar; "won 1.9% and lost his deposit" is what a candidate won.
        // "His winning margin of 228,433 was well short of the 315,529-vote lead": a figure that falls short of another
        // is itself a result; the bar is the number after "short of".
        if (Threshold().IsMatch(Phrase(around, aroundStart, figure)) && !FellShortOf().IsMatch(sentence, figure.End) || Deposit().IsMatch(sentence) && !WonJustBefore().IsMatch(before) || BarCrossed().IsMatch(before))
            return LeftOutReason.Threshold;
        // "Garbutt and Blackie were separated by just 225 votes": the gap between two others, nobody's count or majority.
        if (Gap().IsMatch(before)) return LeftOutReason.NoCandidateOrParty;
        // "overturning a Labour majority of 13,243": the majority won at the contest before, whose year is not told.
        // So is "overturned Zac Goldsmith's 23,015 majority".
        if (PreviousMajorityAt(sentence, clauseStart, figure) >= 0) return LeftOutReason.ElectionYearUnknown;
        if (Rate().IsMatch(around) || ChangeBefore().IsMatch(before) || ChangeBefore().IsMatch(BeforeNumber(sentence, figure, clauseStart))
            || SwingAfter().IsMatch(sentence, figure.End) || SwingWas().IsMatch(sentence[Math.Max(clauseStart, figure.Position - 80)..figure.Position])) return LeftOutReason.Rate;
        // "Labour gained 30 seats", "the SNP lost 21 of its 56 seats": seats gained or lost are a change, not seats won.
        if (figure.Kind == FigureKind.Seats && SeatsChanged().IsMatch(before)) return LeftOutReason.Rate;
        // "lost 21 of its 56 seats": the seats it had, won at the contest before.
        if (figure.Kind == FigureKind.Seats && SeatsHadBefore().IsMatch(before)) return LeftOutReason.ElectionYearUnknown;
        // "fell from 57 seats to eight", "up from 22.6% to 28.7%": the level it moved from was the contest before's (whose
        // year, when told, places it: "from 33% last year to 38%").
        if (!figure.OfEarlierYear && FromBefore().IsMatch(BeforeNumber(sentence, figure, clauseStart) is { Length: > 0 } own ? own : before) && ToAfter().IsMatch(sentence, figure.End))
            return LeftOutReason.ElectionYearUnknown;
        // A relative clause has its own tense: "will be Jonathan London, who received 3384 votes".
        var relative = Relative().Matches(before).LastOrDefault();
        if (!estimate && Modal().IsMatch(relative is null ? before : before[relative.Index..])) return LeftOutReason.Prediction;
        return null;
    }

    /// <summary>Where the words that tell a majority won at the contest before open ("overturning a Labour majority of",
    /// "overturned Zac Goldsmith's ... majority"), or -1.</summary>
    public static int PreviousMajorityAt(string sentence, int clauseStart, RawFigure figure)
    {
        var from = Math.Max(clauseStart, figure.Position - 60);
        var window = sentence[from..figure.Position];
        if (PreviousMajority().Match(window) is { Success: true } m) return from + m.Index;
        return PreviousOwnersMajority().Match(window) is { Success: true } owners && MajorityNext().IsMatch(sentence[figure.End..]) ? from + owners.Index : -1;
    }

    /// <summary>The words around a figure that a threshold word must be in to be its own: after the figure, only up to
    /// the next comma ("winning 318 seats, eight short of the 326 needed": the bar is 326's), and before it, only from
    /// the last comma.</summary>
    private static string Phrase(string around, int aroundStart, RawFigure figure)
    {
        var after = figure.End - aroundStart;
        if (after < 0 || after > around.Length) return around;
        var stop = around.AsSpan(after).IndexOfAny(',', ';');
        // "Corbyn, who scraped onto the ballot with the 35 nominations needed, won 251,417 votes": nor one before the
        // clause the figure stands in.
        var before = Math.Clamp(figure.Position - aroundStart, 0, after);
        var start = Math.Max(around.LastIndexOf(", ", before, StringComparison.Ordinal), around.LastIndexOf("; ", before, StringComparison.Ordinal)) + 1;
        return stop < 0 ? around[start..] : around[start..(after + stop)];
    }

    /// <summary>The words right before the number itself, where a figure's match opens on a word before it: "turnout is
    /// expected to be up 12%" is matched from "turnout", and its "up" stands before the 12.</summary>
    private static string BeforeNumber(string sentence, RawFigure figure, int clauseStart)
    {
        var at = sentence.IndexOf(figure.Value.Text, figure.Position, figure.End - figure.Position, StringComparison.Ordinal);
        return at <= figure.Position ? "" : sentence[Math.Max(clauseStart, at - 30)..at];
    }

    private static int PreviousNumberEnd(string sentence, int position)
    {
        var i = position - 1;
        while (i >= 0 && !char.IsDigit(sentence[i])) i--;
        return i + 1;
    }

    private static int NextNumberStart(string sentence, int end, int reach)
    {
        var limit = Math.Min(sentence.Length, end + reach);
        var i = end;
        while (i < limit && !char.IsDigit(sentence[i])) i++;
        return i;
    }

    /// <summary>"passed by 297 votes to 203": a division. Not a candidate beaten by so many votes to so many ("beat RON by
    /// 2,310 votes to 406", "beat RON with 1,550 votes to 201", "beat Tom Hart to the post, 1,650 votes to 1,320"): a division
    /// beats no one. "With" only straight after the one beaten: "the government was defeated on the amendment with 297
    /// votes to 203" is a division.
    /// "Steve Tuckwell polled 13,965 votes to 13,470 for Labour's Danny Beales": a count polled or won by one named is
    /// no division either.</summary>
    private static bool IsDivision(string sentence) =>
        Division().Matches(sentence).Any(m => !CandidateBeatenBy().IsMatch(sentence[..m.Index]) && !CountPolled().IsMatch(sentence[..m.Index]));

    [GeneratedRegex(@"(?:⟦P[A-Z]+⟧|\b(?:[Hh]e|[Ss]he)\b)[^.;]{0,60}?\b(?:polled|received|won|secured|gained|took|got|attracted)\s+(?:(?:just|only|some|about|around)\s+)?$")]
    private static partial Regex CountPolled();

    [GeneratedRegex(@"(?<![\d,])\b\d[\d,]*\s+votes?\s+to\s+\d")]
    private static partial Regex Division();

    [GeneratedRegex(@"\b(?:" + Owners.Beat + @")\s+(?:[^\s,;.]+\s+){1,4}?by\s+(?:(?:just|only)\s+)?$|\b(?:" + Owners.Beat + @")\s+(?:RON\b|⟦P[A-Z]+⟧)\s+with\s+$|\b(?:" + Owners.Beat + @")\s+(?:RON\b|⟦P[A-Z]+⟧)[^.;]*,\s*$")]
    private static partial Regex CandidateBeatenBy();

    /// <summary>A clause of its own after the figure, with no other number before the poll word: "turnout was only
    /// 44%, and recent polls indicate it will fall" reports a result, then a poll; "Labour is on 38% and the
    /// Conservatives on 33%, says the latest YouGov poll" is a poll throughout.</summary>
    [GeneratedRegex(@"(?:,|\s)\s*(?:and|but|while|whereas)\s|;")]
    private static partial Regex NextClause();

    [GeneratedRegex(@"\s[–—]\s")]
    private static partial Regex DashAside();

    /// <summary>A number that is no year: "its best tally since 1971, but below a YouGov poll" has none between the
    /// figure and the poll's clause.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?!(?:19|20)\d\d\b(?![.,]\d))\d")]
    private static partial Regex NumberOtherThanYear();

    /// <summary>A result set against the polls ("fewer seats than what the polls had foreseen") is still a result.</summary>
    [GeneratedRegex(@"\bthan\s+(?:what\s+)?(?:the\s+)?$")]
    private static partial Regex ComparedWithPolls();

    [GeneratedRegex(@"\b(?:who|which)\s+")]
    private static partial Regex Relative();

    /// <summary>Words of a vote in Parliament. A government that "lost 2 votes of confidence" lost them in its
    /// parliament, whichever country's.</summary>
    [GeneratedRegex(@"\b(?:votes of (?:no )?confidence|(?:lost|lose|loses|losing|won|win|wins|winning|survived|survives|surviving|faces|faced|facing|tabled|called)\s+(?:a|the|another|\w+)\s+(?:no[ -]confidence\s+votes?|votes?\s+of\s+(?:no\s+)?confidence|confidence\s+votes?)|confidence votes|MPs voted|MPs backed|MPs rejected|House of Lords|the Lords|peers|[Bb]ill\b|amendment|rebels?\b|rebellion|second reading|third reading|division)")]
    private static partial Regex ParliamentCue();

    /// <summary>The Commons and a government's majority there: a division's words, unless the sentence tells the seats
    /// an election won (<see cref="SeatsWon"/>). "Seats in the House of Commons" are an election's.</summary>
    [GeneratedRegex(@"(?<!\bseats?\s+in\s+the\s+(?:House\s+of\s+)?)\bCommons|working majority|[Gg]overnment['’]s majority")]
    private static partial Regex CommonsCue();

    /// <summary>Seats or a term won at an election: "won 356 seats", "finished with 33 councillors" (a council's working
    /// majority is the election's too), "has won a historic third term" (its Commons majority is the election's); or one
    /// seat held or won ("who quit the Commons last month, had held the seat in 2019 with a majority
    /// of 7,210": the seat's majority); or members left ("only eight Lib Dem MPs remain in the House of Commons").</summary>
    [GeneratedRegex(@"\b(?:won|winning|gained|secured|took|taking|finished\s+with|ended\s+(?:up\s+)?with)\s+(?:(?:just|only|a\s+total\s+of)\s+)?\d[\d,]*\s+(?:seats|councillors)\b|\b(?:held|won|took|kept|retained|gained)\s+the\s+seat\b|\b(?:won|wins|winning|secured)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:term|landslide)\b|\bMPs\s+(?:now\s+)?remain\s+in\s+the\s+(?:House\s+of\s+)?Commons\b")]
    private static partial Regex SeatsWon();

    [GeneratedRegex(@"\b(?:on\s+average|an\s+average\s+of|average)\b|\bper\s+(?:MP|seat|member|head|constituency)\b|\bfor\s+each\s+(?:of\s+the\s+)?(?:seats?|MPs?)\b")]
    private static partial Regex Rate();

    /// <summary>A change rather than a level: "a swing of 3.2 per cent", "(down 8.7%)", "an increase of 5.5%", "turnout fell by 3%"; not what
    /// something "made up" ("which only made up 18% of their students").</summary>
    [GeneratedRegex(@"\b(?:swing\s+of|down|(?<!\b(?:made|make|makes|making|adds|added|adding)\s+)up|(?:an?\s+)?(?:increase|decrease|rise|fall|drop)\s+of|(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|climbed|increased|decreased|jumped|slumped|grew|went\s+(?:up|down)|(?:is|was)\s+(?:up|down))\s+by)\s+(?:(?:about|around|some|nearly|almost|more\s+than|just\s+over|just\s+under)\s+)?$")]
    private static partial Regex ChangeBefore();

    /// <summary>"a 5% swing", "a 3.2 per cent swing to Labour", and a gain told against an earlier share: "gained 1% on
    /// its 2005 share", "up 2 points on last time".</summary>
    [GeneratedRegex(@"\G(?:\s*(?:%|per\s+cent|points?|percentage\s+points?))?\s+(?:swing\b|on\s+(?:its|their|his|her|the)\s+(?:(?:19|20)\d\d\s+|previous\s+|last\s+)?(?:share|result|total|tally)\b|on\s+last\s+time\b)")]
    private static partial Regex SwingAfter();

    /// <summary>"The swing from Conservative to Labour was 10.3 per cent": a swing told as the subject.</summary>
    [GeneratedRegex(@"\bswing\s+(?:from\s+[^.;,\d]{1,40}?\s+)?(?:to\s+[^.;,\d]{1,40}?\s+)?(?:was|is|stood\s+at|of)\s+(?:(?:about|around|some|nearly|almost|more\s+than|just\s+over|just\s+under)\s+)?$")]
    private static partial Regex SwingWas();

    [GeneratedRegex(@"\bdeposits?\b")]
    private static partial Regex Deposit();

    [GeneratedRegex(@"\b(?:separated|split|divided)\s+by\s+(?:(?:just|only|a\s+mere|some|about|around|fewer\s+than|less\s+than)\s+)?$")]
    private static partial Regex Gap();

    /// <summary>A candidate's own number before the figure: "Ann Poe won", "won 47,634 votes, or", "lost his deposit after
    /// taking just"; not anyone "who won" it, a bar.</summary>
    [GeneratedRegex(@"(?<!\b(?:who|that|which)\s+)\b(?:won|winning|took|taking|got|getting|gained|gaining|secured|securing|received|receiving|polled|polling|attracted|attracting)\s+(?:(?:just|only|a\s+mere|some|about|around)\s+)?(?:\d[\d,]*\s+votes\s*,?\s+or\s+)?$")]
    private static partial Regex WonJustBefore();

    /// <summary>A bar to clear, not a result: "needs 326 seats", "the 5% threshold", "if they fail to reach 4% of the vote".</summary>
    [GeneratedRegex(@"\b(?:needs?|needed|required|requires|target|threshold|mark\b|enough\s+(?:votes\s+)?to|short\s+(?:of|on)|(?:fail(?:s|ed|ing)?|has|have|had)\s+to\s+reach\b)")]
    private static partial Regex Threshold();

    [GeneratedRegex(@"\G(?:\s+votes)?\s+(?:was|were|is|are|fell|came|remained)\s+(?:(?:well|just|far|still|some\s+way)\s+)?short\s+of\b")]
    private static partial Regex FellShortOf();

    /// <summary>A round number passed on the way: "went below 20% of the vote (16.7%)", "rose above 40%".</summary>
    [GeneratedRegex(@"\b(?:went|go|goes|going|fell|falls|falling|dropped|dropping|slipped|sank|rose|rising|climbed|pushed)\s+(?:below|under|above|over|past|beyond)\s+$")]
    private static partial Regex BarCrossed();

    [GeneratedRegex(@"[;,:]\s+(?:but\s+|and\s+)?(?:instead|in\s+the\s+event|in\s+fact|in\s+the\s+end)\b")]
    private static partial Regex ResultAgainstPolls();

    [GeneratedRegex(@"\b(?:[Oo]pinion polls?|[Pp]olls?\s+(?:last|this|earlier|had|have|has)\b|[Pp]olls?\s+(?:suggest|suggested|suggests|showed|show|shows|put|puts|gave|gives|found|finds|indicate|indicated|indicates|predict|predicted)|[Ss]urveys?\b|[Pp]ollsters?|YouGov|ICM|MORI|Ipsos|Populus|ComRes|Survation|Opinium|NOP\b|those polled|respondents|those who responded|[A-Z]\w+ poll\b|\b(?:recent|latest|new|snap|online|similar|our|a)\s+(?:opinion\s+)?poll\b(?!\s+(?:tax|station|card|booth))|\bpolling\s+(?:data|average|figures|suggests|shows)|\b(?:are|were|will\s+be|would\s+be)\s+voting\s+for\b|\bvoting\s+intentions?\b)")]
    private static partial Regex OpinionPoll();

    [GeneratedRegex(@"\b(?:would|could|can|might|may|will|predicted|predicts|predicting|forecast|forecasts|projected|projects|expected to|expects|on course|set to|likely to|hoping to|hoped to|hopes to|aims? to|wants? to|hop(?:e|es|ed|ing)\s+for|aim(?:s|ed|ing)?\s+for)\b")]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:overturn(?:s|ed|ing)?|overc(?:a|o)me|overcoming|defend(?:s|ed|ing)?|wip(?:e|es|ed|ing)\s+out)\s+(?:a|an|the|his|her|their|its|\S+['’]s)\s+(?:[\w’'-]+\s+){0,2}majority\s+of\s+$")]
    private static partial Regex PreviousMajority();

    [GeneratedRegex(@"\b(?:overturn(?:s|ed|ing)?|overc(?:a|o)me|overcoming|defend(?:s|ed|ing)?|wip(?:e|es|ed|ing)\s+out)\s+(?:a|an|the|his|her|their|its|\S+['’]s)\s+(?:[\w’'-]+\s+)?$")]
    private static partial Regex PreviousOwnersMajority();

    [GeneratedRegex(@"^(?:-vote)?\s+majority\b")]
    private static partial Regex MajorityNext();

    [GeneratedRegex(@"\b(?:gain(?:s|ed|ing)?|lost|los(?:es|ing)|picked\s+up|shed(?:s|ding)?)\s+(?:a\s+(?:further|net|total\s+of)\s+|another\s+|an\s+(?:extra|additional)\s+)?$")]
    private static partial Regex SeatsChanged();

    [GeneratedRegex(@"\b(?:lost|los(?:es|ing)|kept|keeping|held|retained|retaining)\s+\S+\s+of\s+(?:its|their|his|her)\s+$")]
    private static partial Regex SeatsHadBefore();

    [GeneratedRegex(@"\bfrom\s+(?:(?:about|around|some|nearly|almost|over|under|more\s+than|just\s+over|just\s+under)\s+)?$")]
    private static partial Regex FromBefore();

    /// <summary>The level a change went to, right after the number it went from: "57 seats to eight", "22.6% to 28.7%".</summary>
    [GeneratedRegex(@"\G(?:\s*(?:%|per\s+cent))?(?:\s+(?:seats|MPs|MEPs|councillors|votes|of\s+the\s+vote))?\s+to\s+(?:(?:just|only|a\s+mere|about|around|nearly|almost)\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|zero\b|none\b|a\s+single\b|a\s+handful\b)")]
    private static partial Regex ToAfter();
}
