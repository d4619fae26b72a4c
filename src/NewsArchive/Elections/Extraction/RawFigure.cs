using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A figure-like number in a sentence, typed but not yet tied to anyone.</summary>
internal sealed record RawFigure(FigureKind Kind, Quantity Value, int Position, int End)
{
    /// <summary>A referendum side written with the number ('1,201,607 "Yes" votes').</summary>
    public string? Side { get; init; }

    /// <summary>The party a list names with the number ("the SNP had 40 seats, Liberal Democrats four").</summary>
    public string? ListParty { get; init; }

    /// <summary>The number's place in a pair ("52-48") or a "respectively" list, the list's length, and where
    /// the list starts: its subjects are the ones named before it, in the same order.</summary>
    public int ListIndex { get; init; } = -1;

    public int ListCount { get; init; }

    public int ListStart { get; init; }

    /// <summary>Where the list's first number stands: a pair's names may follow its result word ("Labour won
    /// Battersea from the Conservatives by 52% to 48%").</summary>
    public int ListFirst { get; init; }

    /// <summary>The year of an earlier contest the figure is told for ("up from 65.1% in 2010").</summary>
    public int? EarlierYear { get; init; }

    /// <summary>The same contest's figure a year before the article ("up from 33% last year", "last year's 3,387
    /// voters"), as <see cref="EarlierYear"/> is for a year written out.</summary>
    public bool LastYear { get; init; }

    /// <summary>The same contest's figure so many years before the article ("Ann Poe's 35.3% three years before").</summary>
    public int? YearsBefore { get; init; }

    /// <summary>The same contest's figure the time before ("up from 61% last time", "compared with 62% at the last
    /// election"): its year is the calendar's last before the contest in view.</summary>
    public bool LastTime { get; init; }

    /// <summary>Told of the same contest in an earlier year, by any of the four.</summary>
    public bool OfEarlierYear => EarlierYear is not null || LastYear || YearsBefore is not null || LastTime;

    /// <summary>The whole contest's own figure, like a turnout, with no candidate or party: votes cast ("over 900
    /// people voted"), or how far a running turnout is behind last year's ("3% behind last year").</summary>
    public bool Total { get; init; }

    /// <summary>Written as a student paper writes a body's own election ("Southampton had 7,285 voters", "last year's
    /// 3,387 voters", "3% behind last year"): read only when its election is a body's (<see cref="BodyFigures"/>);
    /// of a constituency, "had 70,000 voters" is its electorate.</summary>
    public bool BodyOnly { get; init; }

    /// <summary>A turnout of a ranking of parts ("The engineers came in second with 35.3%"): a part's, never the whole's.</summary>
    public bool Part { get; init; }

    /// <summary>Where the motion whose count this is was decided ("passed 405 to 389"): a body's vote on one motion.</summary>
    public int? Motion { get; init; }

    /// <summary>Posts a body's election filled ("eight of the 12 posts were filled"): read only to be left out.</summary>
    public bool PostsFilled { get; init; }
}
