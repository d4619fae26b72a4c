namespace NewsArchive.Elections;

public enum ElectionKind
{
    Mayoral,
    General,
    ByElection,
    DevolvedParliament,
    Constituency,
    Local,
    Referendum,
    PartyLeadership,

    /// <summary>The UK's election to the European Parliament (area "UK"), or one nation's part of it.</summary>
    EuropeanParliament,

    /// <summary>Another country's national or state election, primaries and caucuses included (area: the country).</summary>
    Foreign,

    /// <summary>A body's internal vote: a students' union's officers, a society's or a club's committee (area: the
    /// body, "Imperial College Union"). Stored by name, like every kind, so adding it changed no schema.</summary>
    Organisation,
}

/// <summary>Where an election's year came from.</summary>
public enum YearSource
{
    /// <summary>The sentence states it ("in 2016", "the 2014 referendum").</summary>
    Stated,

    /// <summary>The article's date, because a sentence reports the election as happening now ("tonight").</summary>
    ReportedAsNow,

    /// <summary>The article's date, because the article reports elections as happening now and this one is
    /// named with a result but no year of its own.</summary>
    ArticleContext,

    /// <summary>Counted from the article's date: "last year's", "this year's", "last June's".</summary>
    Relative,

    /// <summary>From the calendar of elections whose dates are common knowledge: "the last general election" before
    /// the article's date, "the EU referendum", a general election "in 2001".</summary>
    Calendar,

    /// <summary>Not settled: an undated article names the election and states a result of it, but nothing in
    /// the text dates it. Such an election is kept only for its figures, on a page of the article's own
    /// (<see cref="ElectionEntry.Year"/> 0), never merged with another article's.</summary>
    Unknown,
}

public enum FigureKind
{
    Votes,
    Share,
    Majority,

    /// <summary>A winning margin in percentage points ("a 14-point win").</summary>
    MarginPoints,
    Seats,
    Turnout,

    /// <summary>Finishing place ("came third").</summary>
    Position,
}

/// <summary>How final a figure is: a declared result, or an exit poll, projection or running tally reported
/// before the count was over, which is shown labelled and never as the result.</summary>
public enum FigureStatus
{
    Result,
    ExitPoll,
    Projection,
    Tally,
}

/// <summary>The count a figure belongs to, under a preferential system such as London's supplementary vote.</summary>
public enum CountRound
{
    NotStated,
    FirstPreferences,
    Final,
}

/// <summary>For a candidate, elected or defeated; for a party row, won (largest party, held the seat) or lost.</summary>
public enum Outcome
{
    Elected,
    Defeated,
}

public enum LeftOutReason
{
    /// <summary>A division in the Commons or Lords ("won by 297 votes to 203"), not an election.</summary>
    ParliamentaryVote,
    OpinionPoll,

    /// <summary>A forecast or a hypothetical ("would gain", "could take").</summary>
    Prediction,

    /// <summary>A bar to reach, not a result ("more than five per cent to keep their deposit", "needs 65 seats").</summary>
    Threshold,

    /// <summary>A running total while counts were still being declared (no longer left out: such a figure is kept
    /// as a tally, see <see cref="FigureStatus.Tally"/>).</summary>
    PartialCount,

    /// <summary>A rate, an average or a change ("26,000 votes for each seat", "40,000 per MP", "a swing of 3.2 per
    /// cent", "down 8.7%"), not a total won.</summary>
    Rate,
    NoElection,
    ElectionYearUnknown,
    NoCandidateOrParty,

    /// <summary>A turnout or count of a part of the electorate ("60% of undergraduates", "the Faculty of Medicine had
    /// 52%", "turnout among young voters"): the whole election's figure it is not, and a figure has no place for the part.</summary>
    PartOfElectorate,

    /// <summary>Posts a body's election filled ("eight of the 12 posts were filled"): how many went uncontested, not
    /// seats anyone won.</summary>
    PostsFilled,

    /// <summary>The count of a body's vote on a motion after the first the article counts for that body and year
    /// ("passed 405 to 389", then "overturned in an EGM by 315 to 254"): the election has one line per side, and a
    /// second motion's count there would read as another report of the first's.</summary>
    AnotherMotion,
}
