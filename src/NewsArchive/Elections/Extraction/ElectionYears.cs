using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Settles the year of an election a sentence names, from the strongest evidence to the weakest: a year the
/// words state; the calendar ("the EU referendum"); the article's date counted as the words say ("last year's",
/// "last June's", "the last general election"); the article's date when the sentence reports a result as
/// happening now; the calendar election nearest the date ("the general election" in a story of the campaign);
/// and, in an article that names the same contest elsewhere with a year, that year. Without any of these the
/// election is left unplaced, and nothing is attached to it.
/// </summary>
/// <param name="told">For an undated article, the months and years it tells of (see <see cref="ToldYears"/>).</param>
internal sealed partial class ElectionYears(DateOnly? published, bool reportsNow, IReadOnlyDictionary<(ElectionKind, string), int>? learned, Lazy<bool>? aboutWestminster = null, IReadOnlyList<(string Sentence, int Year)>? told = null)
{
    /// <summary>How far from an article's date "the general election" may lie: months after it, months ahead.</summary>
    private const int MonthsAfter = 8, MonthsAhead = 6;

    /// <summary>How long a party's leadership contest runs before its winner is declared, at the longest: Labour's of
    /// 2015 ran four months (from 8 May to 12 September). A contest declared further ahead of the article had not
    /// begun ("had split the party" in April 2015 is not 2015's).</summary>
    private const int ContestMonths = 4;

    /// <summary>How far back an election told in the past tense may lie: one parliament's length, near enough.</summary>
    private const int MonthsBack = 30;

    public (int? Year, YearSource Source) Of(ElectionAnchor anchor, ArticleSentence sentence)
    {
        // "the 2020 election" in an article written after 2020: the law had set one then, but none was held.
        if (anchor is { Kind: ElectionKind.General, StatedYear: { } planned } && ElectionCalendar.PlannedGeneral(planned) && published is { } after && planned <= after.Year)
            return (null, YearSource.Stated);
        // A year the calendar does not hold for a kind it knows is another event's ("in a general election ... in 1930").
        if (anchor.StatedYear is { } stated && (stated > published?.Year || Possible(anchor, stated)) && (!anchor.Bare || TextCues.Westminster().IsMatch(sentence.Tokenised) || LastGeneralIn(anchor, stated)))
            return (stated, YearSource.Stated);
        if (anchor.CalendarYear is { } known && !anchor.Future) return (known, YearSource.Calendar);
        // "Labour will hold a leadership contest", "triggering a leadership election in the near future": a party's
        // contest told as set in motion is the one near the article's date, not a supposed one.
        if (anchor.Indefinite && anchor.Kind == ElectionKind.PartyLeadership && published is { } on && UnderWay().IsMatch(sentence.Tokenised)
            && !Supposed().IsMatch(sentence.Tokenised) && !LocalBody().IsMatch(sentence.Tokenised))
            return ElectionCalendar.Around(anchor.Kind, anchor.Area, on, 0, ContestMonths) is { } due ? (due.Year, YearSource.Calendar) : Learned(anchor);
        // "held an independence referendum on 1 October": a date makes it no hypothetical one.
        if (anchor.Indefinite && (anchor.Month is not { Last: false } || published is null) && !(published is not null && ToldAsJustDecided(anchor, sentence)))
            return Learned(anchor);
        if (published is not { } date) return Learned(anchor) is ({ }, _) and var learned ? learned : FromToldYear(anchor, sentence) ?? ElectionCalendarDays.DayTold(CalendarOf(anchor), sentence.Tokenised) ?? Undated(anchor, sentence);
        if (anchor.Bare) return Bare(anchor, sentence, date);
        if (anchor.YearOffset is { } offset) return (date.Year + offset, YearSource.Relative);
        // "last June's elections", "the by-election in September": a month with no year. For a kind whose polling
        // days the calendar holds, a year it holds none in is not the one meant ("the last general election in May",
        // told in November 2011, is 2010's): the calendar below settles it. So for another country's the calendar keeps
        // ("the Spanish general election in April gave no party a majority", told in November 2019, is 2019's).
        var (kind, area) = CalendarOf(anchor);
        if (MonthYear(anchor, sentence, date) is { } monthYear && (!ElectionCalendar.Knows(kind, area) || ElectionCalendar.HeldIn(kind, area, monthYear))
            && AbroadDays(anchor) is var abroadDays && (abroadDays.Count == 0 || abroadDays.Any(d => d.Year == monthYear)))
            return (monthYear, YearSource.Relative);
        // A body's own vote named in a dated report, with no other word of its time: the round of the article's
        // year (a union elects its officers every year, and its paper reports the one under way).
        if (anchor.Kind == ElectionKind.Organisation) return anchor.Past ? (null, YearSource.Stated) : (date.Year, YearSource.ArticleContext);
        // "the Labour leadership race has divided the party": a party's contest told in the present, with no other
        // word of its time, is the one under way at the article's date.
        if (anchor.Kind == ElectionKind.PartyLeadership && !anchor.Past && !anchor.Future && !TextCues.PastTense().IsMatch(sentence.Tokenised)
            && TextCues.PresentTense().IsMatch(sentence.Tokenised))
            return (date.Year, YearSource.ArticleContext);
        // "the recent by-election in X", "the Conservatives have narrowly held the seat ... winning the by-election": a
        // one-off contest told as just held, or in the perfect of news, is of the article's year.
        // So is "has become UKIP's first elected MP after winning the Clacton by-election".
        if (anchor.Kind == ElectionKind.ByElection && !anchor.Future && (TextCues.Recently().IsMatch(sentence.Tokenised) || TextCues.NewsPerfect().IsMatch(sentence.Tokenised)
            || TextCues.BecameNow().IsMatch(sentence.Tokenised)))
            return (date.Year, YearSource.Relative);
        // "The by-election was called after the MP died", in an article that reports a result now: a one-off contest
        // with no word of its time is the one the article reports.
        if (anchor.Kind == ElectionKind.ByElection && reportsNow && !anchor.Future && !anchor.Past && !anchor.Indefinite)
            return (date.Year, YearSource.ArticleContext);
        // "Germany's election has ended in deadlock", "French voters have rejected the EU constitution in a referendum":
        // another country's vote told in the perfect of news, with no other word of its time, is of the article's year.
        if (!ElectionCalendar.Knows(kind, area) && ToldAsJustDecided(anchor, sentence)) return (date.Year, YearSource.Relative);
        if (anchor.Kind == ElectionKind.Referendum && anchor.Topic is { } topic && !anchor.Future)
            return ElectionCalendar.ReferendumNear(anchor.Area, topic, date) is { } referendum ? (referendum.Date.Year, YearSource.Calendar) : (null, YearSource.Stated);
        if ((anchor.Past || anchor.Future) && AbroadYear(anchor, sentence, date) is { } abroad) return (abroad, YearSource.Calendar);
        if (anchor.Past)
            return LastHeld(ElectionCalendar.DatesOf(kind, area), date, anchor, sentence) is { } last ? (last.Year, YearSource.Calendar) : Learned(anchor);
        // "the upcoming general election" a few months before one the calendar holds.
        if (anchor.Future)
            return (NextSet(kind, date) ?? ElectionCalendar.Around(kind, area, date, 0, MonthsAhead)) is { } next ? (next.Year, YearSource.Calendar) : (null, YearSource.Stated);
        var decided = sentence.Cues.Result;
        if (anchor.Kind == ElectionKind.Local && decided && !ElectionCalendar.Knows(kind, area) && RoundJustHeld(date) is { } round) return (round, YearSource.Calendar);
        if (decided && sentence.Cues.Now) return (date.Year, YearSource.ReportedAsNow);
        if (decided && reportsNow) return (date.Year, YearSource.ArticleContext);
        // A result the sentence tells as decided is not of an election still to come at the article's date, unless it
        // is a round's ("secured 114 votes in the first round of voting"): a contest is under way before it is declared.
        if (ElectionCalendar.Around(kind, area, date, MonthsAfter, kind == ElectionKind.PartyLeadership ? ContestMonths : MonthsAhead) is { } near
            && !(decided && near > date && TextCues.PastTense().IsMatch(sentence.Tokenised) && !TextCues.EarlyRound().IsMatch(sentence.Tokenised)))
            return (near.Year, YearSource.Calendar);
        // "the Lib Dems ran a pro-EU campaign in the European elections": told in the past, the last one held. Not a
        // party's leadership contest, which may come a year after the last ("ever since 2015, when Corbyn won the
        // leadership election", told in 2019, is not 2016's).
        if (kind is not (ElectionKind.Foreign or ElectionKind.PartyLeadership) && TextCues.PastTense().IsMatch(sentence.Tokenised)
            && ElectionCalendar.LastBefore(kind, area, date) is { } previous && previous >= date.AddMonths(-MonthsBack))
            return (previous.Year, YearSource.Calendar);
        // "900 million people are going to the polls for parliamentary elections in India", "Spain votes this week":
        // another country's election still to come, or held this week or month, is the article's year's.
        // Late in the year a contest to come may be the next year's ("will take place in March", told in December),
        // and one "last week" or "last month" is past, whatever the sentence goes on to say.
        if (anchor.Kind == ElectionKind.Foreign && !ElectionCalendar.Knows(kind, area) && !TextCues.PastTense().IsMatch(sentence.Tokenised)
            && !LastWeekOrMonth().IsMatch(sentence.Tokenised)
            && (TextCues.FutureTense().IsMatch(sentence.Tokenised) && !NextYear().IsMatch(sentence.Tokenised) && date.Month <= LastMonthForComing
                || ThisWeekOrMonth().IsMatch(sentence.Tokenised)))
            return (date.Year, YearSource.ArticleContext);
        // "Egypt's parliamentary elections took place last week", "the Russian elections on Sunday": another country's election told as just held is of the article's date, less the time the words give.
        // The time must be the election's own, close to its words, and not inside what someone said ("Tsipras told
        // supporters on Sunday that the Greek election ...").
        // So is a by-election ("clung on in Westfield on Thursday night, winning the by-election").
        if (anchor.Kind is ElectionKind.Foreign or ElectionKind.ByElection && !ElectionCalendar.Knows(kind, area) && !TextCues.FutureTense().IsMatch(sentence.Tokenised)
            && OwnTimeJustPast(sentence.Tokenised, anchor.Position) is { } held)
            return (DayOf(held, date).Year, YearSource.Relative);
        // "I'm looking at the Canadian election results": another country's election reported with its result.
        if (anchor.Kind == ElectionKind.Foreign && decided && !TextCues.FutureTense().IsMatch(sentence.Tokenised) && !ElectionCalendar.Knows(kind, area))
            return (date.Year, YearSource.ArticleContext);
        // "Results from Egypt's first stage of parliamentary elections suggest Islamist parties will take two thirds":
        // results from the election, whatever they are said to foretell, mean it has been held, at least in part.
        if (anchor.Kind == ElectionKind.Foreign && !ElectionCalendar.Knows(kind, area) && ResultsFrom().IsMatch(sentence.Tokenised[..anchor.Position]))
            return (date.Year, YearSource.ArticleContext);
        // "Understanding the Spanish Election", the headline of an article of 8 November 2019: a headline or standfirst
        // names the contest of its day, so another country's named there with no word of its time is of the article's year;
        // so is a by-election's ("Westfield by-election: Conservatives hold the seat").
        if (anchor.Kind is ElectionKind.Foreign or ElectionKind.ByElection && sentence.Paragraph < 0 && !anchor.Indefinite && !anchor.Past
            && !ElectionCalendar.Knows(kind, area))
            return (date.Year, YearSource.ArticleContext);
        return AbroadYear(anchor, sentence, date) is { } kept ? (kept, YearSource.Calendar) : Learned(anchor);
    }

    /// <summary>Another country's vote whose outcome the sentence tells in the perfect of news. One named as "a
    /// referendum" only as the vote the outcome was given in ("have rejected the constitution in a referendum"), not one
    /// called for ("have backed calls for a referendum"). A word of its own time ("last month") is left to the rules
    /// that read it, and the UK's and its nations' referendums to the calendar ("Scotland has rejected independence in
    /// a referendum", told in 2015, is 2014's).</summary>
    private static bool ToldAsJustDecided(ElectionAnchor anchor, ArticleSentence sentence) =>
        (anchor.Kind == ElectionKind.Foreign || anchor.Kind == ElectionKind.Referendum && anchor.Topic is null
            && !ElectionCalendar.Referendums.Any(r => r.Area == anchor.Area))
        && anchor.Area != "UK" && !anchor.Future && !anchor.Past
        && !TextCues.FutureTense().IsMatch(sentence.Tokenised) && TextCues.VotePerfect().IsMatch(sentence.Tokenised)
        && !LastWeekOrMonth().IsMatch(sentence.Tokenised) && OwnTimeJustPast(sentence.Tokenised, anchor.Position) is null
        && (!anchor.Indefinite || InAVote().IsMatch(sentence.Tokenised[..anchor.Position]));

    [GeneratedRegex(@"\bin\s+(?:an?\s+)?(?:[\w-]+\s+)?$")]
    private static partial Regex InAVote();

    /// <summary>Whose polling days date an election: a seat's contest is fought at a general election.</summary>
    /// <summary>The year a month without one gives: "last June's" the last June before the date; a month named on its
    /// own the next such month for a contest still to come, the last for one told in the past, else the nearer of the
    /// two ("is planning to hold a general election on 12 December").</summary>
    private static int? MonthYear(ElectionAnchor anchor, ArticleSentence sentence, DateOnly date)
    {
        if (anchor.Month is not { } month) return null;
        if (month.Last) return month.Number < date.Month ? date.Year : date.Year - 1;
        var named = month.Number;
        var (next, last) = (named >= date.Month ? date.Year : date.Year + 1, named <= date.Month ? date.Year : date.Year - 1);
        if (anchor.Future || TextCues.FutureTense().IsMatch(sentence.Tokenised)) return next;
        if (anchor.Past || TextCues.PastTense().IsMatch(sentence.Tokenised)) return last;
        return (named - date.Month + 12) % 12 < (date.Month - named + 12) % 12 ? next : last;
    }

    private static (ElectionKind Kind, string Area) CalendarOf(ElectionAnchor anchor) =>
        anchor.Kind == ElectionKind.Constituency ? (ElectionKind.General, "UK")
        // "the last US presidential election" is held every fourth year, the midterms between: each its own calendar.
        : anchor.Kind == ElectionKind.Foreign && anchor.Topic is { } round ? (anchor.Kind, ElectionCalendar.Round(anchor.Area, round))
        // A party's candidate selection has no calendar; its leadership contests do.
        : anchor.Kind == ElectionKind.PartyLeadership && anchor.Topic == LeadershipContests.Selection ? (anchor.Kind, LeadershipContests.Selection)
        // The European Parliament is elected across the Union in the same few days: a member state's are the Union's.
        : anchor.Kind == ElectionKind.EuropeanParliament && anchor.Area != "UK" ? (anchor.Kind, ElectionCalendar.EuropeanUnion)
        : anchor is { Kind: ElectionKind.Local, Area: "London" } ? (anchor.Kind, "England") // London's boroughs vote with England's round.
        : (anchor.Kind, anchor.Area);

    /// <summary>"last year's European elections", "last June's", in an undated article that tells of January 2005:
    /// written in 2005 or 2006, so the contest is of 2004, 2005 or 2006, and the calendar holds one only in 2004.
    /// The latest month told in another sentence is taken as recent; kept only when the calendar leaves one year.</summary>
    private (int? Year, YearSource Source)? FromToldYear(ElectionAnchor anchor, ArticleSentence sentence)
    {
        // "its best showing since it won its first seats in June 1999": a year beside the contest is another event's.
        if (told?.Where(t => t.Sentence != sentence.Tokenised).Select(t => (int?)t.Year).Max() is not { } latest) return null;
        var (kind, area) = CalendarOf(anchor);
        if (!ElectionCalendar.Knows(kind, area)) return null;
        // "the coming general election" in an article that tells of January 2005: written then or soon after, so the
        // contest to come is the one the calendar holds that year or the next, when it holds exactly one.
        if (anchor.Future)
            return anchor.Kind == ElectionKind.General && !anchor.Indefinite
                && new[] { latest, latest + 1 }.Where(y => ElectionCalendar.HeldIn(kind, area, y)).ToList() is [var coming] ? (coming, YearSource.Relative) : null;
        // Only a contest told as last year's or last month's: "this election" beside "June 2001" may be years later.
        int[] candidates = anchor.YearOffset is -1 ? [latest - 1, latest]
            : anchor.Month is { Last: true } ? [latest - 1, latest, latest + 1] : [];
        return candidates.Where(y => ElectionCalendar.HeldIn(kind, area, y)).Distinct().ToList() is [var year] ? (year, YearSource.Relative) : null;
    }

    /// <summary>An undated article names an election nothing dates: year 0, kept only if a figure is attached to
    /// it (<see cref="YearSource.Unknown"/>). A contest still to come or only supposed is not one.</summary>
    private static (int? Year, YearSource Source) Undated(ElectionAnchor anchor, ArticleSentence sentence) =>
        anchor.Future || (anchor.Bare && !TextCues.Westminster().IsMatch(sentence.Tokenised)) ? (null, YearSource.Stated) : (0, YearSource.Unknown);

    /// <summary>"The last election was in June 2001": a previous election dated by a year in which the calendar
    /// holds a general election. A body's own vote is seldom called "the last election" with its year.</summary>
    private static bool LastGeneralIn(ElectionAnchor anchor, int year) =>
        anchor.Past && anchor.Kind == ElectionKind.General && ElectionCalendar.HeldIn(anchor.Kind, anchor.Area, year);

    private static bool Possible(ElectionAnchor anchor, int year)
    {
        // The calendar of leadership contests dates the words that give no year; a year the words give stands.
        if (anchor.Kind == ElectionKind.PartyLeadership) return true;
        // The calendar holds the UK's referendums only: another country's may be of any year.
        if (anchor.Kind == ElectionKind.Referendum && anchor.Topic is { } topic && ElectionCalendar.Referendums.Any(r => r.Area == anchor.Area))
            return ElectionCalendar.ReferendumOn(anchor.Area, topic, before: null, year) is not null;
        var (kind, area) = CalendarOf(anchor);
        return !ElectionCalendar.Knows(kind, area) || ElectionCalendar.HeldIn(kind, area, year);
    }

    /// <summary>"the election", "the last election": a general election only in a sentence about Westminster, and
    /// only one the calendar holds near the article's date (or the last before it).</summary>
    private (int? Year, YearSource Source) Bare(ElectionAnchor anchor, ArticleSentence sentence, DateOnly date)
    {
        // "the referendum": the UK's held within months of the article, whatever the sentence's words.
        if (anchor.Kind == ElectionKind.Referendum)
            return ElectionCalendar.Referendums.Where(r => r.Area is "UK" && r.Date >= date.AddMonths(-MonthsAfter) && r.Date <= date.AddMonths(MonthsAhead))
                .Select(r => r.Date.Year).ToList() is [var referendum] ? (referendum, YearSource.Calendar) : (null, YearSource.Stated);
        if (TextCues.ForeignCountry().IsMatch(sentence.Tokenised) || TextCues.Organisation().IsMatch(sentence.Tokenised)) return (null, YearSource.Stated);
        // Without a word of Westminster, only in the weeks around a general election is "the election" that one.
        // In an article about Westminster, "the election" is Westminster's wherever the sentence has no word of it.
        var westminster = TextCues.Westminster().IsMatch(sentence.Tokenised) || aboutWestminster?.Value == true;
        var held = anchor.Past ? LastHeld(ElectionCalendar.DatesOf(anchor.Kind, anchor.Area), date, anchor, sentence)
            : anchor.Future ? (westminster ? NextSet(anchor.Kind, date) : null) ?? ElectionCalendar.Around(anchor.Kind, anchor.Area, date, 0, westminster ? MonthsAhead : 1)
            : ElectionCalendar.Around(anchor.Kind, anchor.Area, date, westminster ? MonthsAfter : 1, westminster ? MonthsAhead : 1);
        // ...and only in an article that names that general election outright somewhere.
        if (!westminster && (anchor.Past || learned?.GetValueOrDefault((ElectionKind.General, "UK")) != held?.Year)) held = null;
        // "introduced for this election, there was no second round": told in the past, not one still to come.
        if (held > date && !anchor.Future && TextCues.PastTense().IsMatch(sentence.Tokenised)) held = null;
        return held is { } d ? (d.Year, YearSource.Calendar) : (null, YearSource.Stated);
    }

    /// <summary>"the next general election" in a parliament whose end the law had fixed: the day set, even where
    /// an early election came sooner, which the writer could not know.</summary>
    private static DateOnly? NextSet(ElectionKind kind, DateOnly date) =>
        kind == ElectionKind.General ? ElectionCalendar.ScheduledGeneral(date) : null;

    /// <summary>True when the election is still to come at the article's date: it names no result to attach.</summary>
    public bool IsAhead(ElectionAnchor anchor, int year)
    {
        if (published is not { } date) return anchor.Future;
        if (year > date.Year) return true;
        // A seat's contest is not dated by the general election's calendar here: a by-election is its own day.
        var (kind, area) = anchor.Kind is ElectionKind.Foreign or ElectionKind.EuropeanParliament ? CalendarOf(anchor) : (anchor.Kind, anchor.Area);
        // A leadership contest's ballots run for weeks before its winner is declared: one under way is not ahead.
        var held = kind == ElectionKind.PartyLeadership ? [] : ElectionCalendar.DatesOf(kind, area).Concat(AbroadDays(anchor)).Where(d => d.Year == year).ToList();
        return held.Count > 0 ? held.All(d => d > date) : anchor.Future && year == date.Year;
    }

    /// <summary>A one-off contest (a by-election, a council's or a constituency's election, a referendum) named
    /// elsewhere in the same article with a year: the same contest. Contests that recur every few years are not
    /// carried over: "returned as mayor" beside "became mayor in 2017" is the next mayoral election, and "the
    /// general election" beside "the 2001 general election" may well be the next one.</summary>
    private (int? Year, YearSource Source) Learned(ElectionAnchor anchor) =>
        !anchor.Future && !anchor.Past && !anchor.Bare && anchor.Kind is ElectionKind.ByElection or ElectionKind.Referendum or ElectionKind.Local or ElectionKind.Constituency
        && learned?.GetValueOrDefault((anchor.Kind, anchor.Area)) is > 0 and var year
            ? (year, YearSource.ArticleContext)
            : (null, YearSource.Stated);

    /// <summary>The one year each contest was placed in by a reading, for <see cref="Learned"/>.</summary>
    public static IReadOnlyDictionary<(ElectionKind, string), int> OneYearEach(IEnumerable<(ElectionKind Kind, string Area, int Year)> placed) =>
        placed.GroupBy(p => (p.Kind, p.Area)).Where(g => g.Select(p => p.Year).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Year);

    /// <summary>A contest set in motion: "will hold", "is holding", "faces", "triggering", "has called".</summary>
    [GeneratedRegex(@"\b(?:will\s+(?:hold|have|face|see|get)|(?:is|are)\s+(?:holding|having|facing)|faces|trigger(?:s|ed|ing)?|(?:has|have)\s+(?:called|launched|begun|started))\b")]
    private static partial Regex UnderWay();

    /// <summary>A party's club, society or branch: its contest is no national party's ("the university's Labour Club").</summary>
    [GeneratedRegex(@"\b(?:[Cc]lub|[Ss]ociety|[Aa]ssociation|[Bb]ranch|[Uu]niversity|[Ss]tudents?)\b")]
    private static partial Regex LocalBody();

    /// <summary>A contest only supposed: "could face", "would trigger", "if", "unless", "calls for".</summary>
    [GeneratedRegex(@"\b(?:could|would|might|may|if|unless|whether|calls?\s+for|threat(?:en(?:s|ed)?)?\s+(?:of|to))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supposed();

    [GeneratedRegex(@"\b(?:next|following)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextYear();

    /// <summary>Told as of the article's own week or month: "this week", "this weekend", "earlier this month".</summary>
    [GeneratedRegex(@"\b[Tt]his\s+week(?:end)?\b|\b(?:[Ee]arlier\s+)?this\s+month\b")]
    private static partial Regex ThisWeekOrMonth();

    [GeneratedRegex(@"\b[Ll]ast\s+(?:week(?:end)?|month|year)\b")]
    private static partial Regex LastWeekOrMonth();

    /// <summary>"Results from Egypt's first stage of", "The early results of the": results of the election named next,
    /// opening the sentence as its subject (not "he will await the results of").</summary>
    [GeneratedRegex(@"^(?:(?:The|the|Early|early|First|first|Provisional|provisional|Partial|partial|Official|official)\s+){0,2}[Rr]esults\s+(?:from|of)\s+[^,;:()]{0,40}$")]
    private static partial Regex ResultsFrom();

    /// <summary>The last month of the year in which a foreign contest told as still to come is taken to be that year's.</summary>
    private const int LastMonthForComing = 9;
}
