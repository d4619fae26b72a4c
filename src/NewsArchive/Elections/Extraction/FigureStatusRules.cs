using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// How final a figure is, from its sentence: an exit poll's, a projection's, or a running tally's while the count goes
/// on ("an overnight tally showed", "with 49 of the 73 results declared", "with 11 of the borough's 20 wards declared",
/// "with Missouri still too close to call", "on the latest figures", "so far", but not "so far this year", "at the time
/// of writing"). A tally is a count still running ("an overnight tally", "the BBC's tally at 4am") unless it is the
/// final one ("the final tally put the Conservatives on 306"). Such a figure is kept and shown labelled, never as the
/// declared result.
/// </summary>
internal static partial class FigureStatusRules
{
    public static FigureStatus Of(string sentence)
    {
        if (!SentenceCues.HasAny(sentence, "poll", "project", "tally", "declared", "so far", "count", "arly results", "irst results", "arly figures", "irst figures", "arly returns", "irst returns", "artial", "rovisional", "running total", "time of", "current total", "leading", "leads", "ballot", "votes by", "to declare", "to report", "to be called", "undeclared", "uncounted", "uncalled", "latest", "close to call")) return FigureStatus.Result;
        if (ExitPoll().IsMatch(sentence)) return FigureStatus.ExitPoll;
        if (Projection().IsMatch(sentence)) return FigureStatus.Projection;
        if (Tally().IsMatch(sentence)) return FigureStatus.Tally;
        return FigureStatus.Result;
    }

    /// <summary>"The exit poll was published at ten. It gave the Conservatives 316 seats": a sentence that opens on the
    /// poll, or on "it" or "the survey" for it ("The survey for the BBC, ITV and Sky suggests"), right after one that
    /// names an exit poll, tells the poll's figures.</summary>
    public static bool ExitPollGoesOn(string previous, string sentence) =>
        ExitPoll().IsMatch(previous) && PollOpens().IsMatch(sentence) && !Declared().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:It|The\s+(?:exit\s+)?(?:poll|survey|forecast)(?:\s+(?:for|by|of|from)\s+[^.;:]{1,40}?)?)\s+(?:\w+\s+){0,2}?(?:gave|gives|put|puts|suggested|suggests|predicted|predicts|showed|shows|had|has|forecast|forecasts)\b")]
    private static partial Regex PollOpens();

    /// <summary>"Labour is forecast to take 255", "the Greens will win one", right after an exit poll's figures: the poll's
    /// forecast goes on.</summary>
    public static bool Forecast(string sentence) => ForecastVerb().IsMatch(sentence) && !Declared().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:(?:is|are)\s+(?:forecast|projected|predicted|expected)\s+to|will)\s+(?:take|win|get|have)\b")]
    private static partial Regex ForecastVerb();

    [GeneratedRegex(@"\b(?:declared|final|result|results|won|winning)\b")]
    private static partial Regex Declared();

    [GeneratedRegex(@"\bexit[- ]polls?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExitPoll();

    /// <summary>A broadcaster's projection from the results in so far ("the BBC's projected national share").</summary>
    [GeneratedRegex(@"\bprojections?\b|\bprojected\s+(?:national\s+)?(?:share|vote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Projection();

    /// <summary>A count still under way: a tally, results so far, "with 40 of 73 seats declared", "with most wards declared",
    /// "with New Mexico and Iowa still undeclared", "with two wards yet to declare", a provisional turnout, early figures,
    /// "Clinton leads the popular vote" (a lead in a count told in the present), ballots "returned by Wednesday" in a
    /// postal vote still open. "had won 282 of the 543 seats" is a party's seats of the whole, no count under way.</summary>
    [GeneratedRegex(@"(?<!\b(?:final|best|worst|highest|lowest|biggest|largest|smallest|record)\s+(?:vote\s+|seat\s+)?)\btally\b|\brunning total\b|(?<!\b(?:won|wins|winning|took|takes|taking|held|holds|secured|gained|captured)\s+(?:(?:just|only|some|about)\s+)?)\b\d+\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?\d+\s+(?:[\w-]+\s+){0,2}(?:results|seats|constituencies|counts|wards|councils|areas)\b|\bso far\b(?!\s+(?:(?:this|in)\s+(?:year|month|decade|century|parliament|term|session)|since)\b)|still to (?:be )?(?:declared|counted)|\b(?:still|yet)\s+(?:un|not\s+)(?:declared|counted|called)\b|\b(?:yet|still)\s+to\s+(?:declare|report|be\s+called)\b|\btoo\s+close\s+to\s+call\b|\bon\s+the\s+latest\s+(?:figures|count|results|returns|tally)\b|counting (?:is |was )?(?:still )?under ?way|\b(?:early|first|partial)\s+(?:results|figures|returns)\b|\bprovisional(?:ly)?\b|\bwith\s+most\s+(?:of\s+the\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?(?:wards|boroughs|seats|constituencies|councils|results|counts|areas|boxes)\s+(?:now\s+)?(?:declared|counted|in)\b|\b(?:at|as\s+of)\s+(?:the\s+)?time\s+of\s+(?:writing|going\s+to\s+(?:print|press))|\bcurrent\s+total\b|\b(?:leads|is\s+leading|are\s+leading)\s+(?:in\s+)?the\s+(?:popular\s+)?(?:vote|count)\b|\b(?:returned|cast|posted|sent\s+back)\s+(?:their\s+)?(?:postal\s+)?(?:ballot\s+papers|ballots|votes)\s+by\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last\s+night|midday|noon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();
}
