using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A place in a sentence that names an election, before its year is settled.</summary>
/// <param name="Explicit">Named as an election ("by-election", "mayoral election"), not only by the office
/// or body ("mayor of X", "Holyrood"), which counts only beside a word of voting or winning.</param>
/// <param name="Future">"the next general election", "a new referendum": not a contest that has happened.</param>
/// <param name="Past">"the last election": happened, but not now, so the year must be stated or known.</param>
internal sealed record ElectionAnchor(
    int Position,
    ElectionKind Kind,
    string Area,
    bool Explicit,
    int? StatedYear,
    bool Future = false,
    bool Past = false)
{
    /// <summary>Years from the article's date, when the words count them: "this year's" 0, "last year's" -1,
    /// "next year's" 1.</summary>
    public int? YearOffset { get; init; }

    /// <summary>"last June's elections", "the by-election in September": a month with no year.</summary>
    public MonthPhrase? Month { get; init; }

    /// <summary>The year the calendar gives whatever the article's date ("the EU referendum" after 2016).</summary>
    public int? CalendarYear { get; init; }

    /// <summary>"a general election", "an election": a hypothetical one, placed only by a year the words give or by
    /// the same contest dated elsewhere in the article, never by the calendar.</summary>
    public bool Indefinite { get; init; }

    /// <summary>"higher than at any general election since 1992", "every election": a kind of contest, no one of them, so
    /// it leaves nothing beside it unplaced.</summary>
    public bool AnyOne { get; init; }

    /// <summary>What a referendum was about, in the calendar's terms ("europe", "independence"), or which round of a
    /// country's elections ("presidential", "midterm"), when the words say.</summary>
    public string? Topic { get; init; }

    /// <summary>Named only as "the election" with nothing else to say which: taken as the general election
    /// held near the article's date, and only when the sentence is about Westminster politics.</summary>
    public bool Bare { get; init; }

    /// <summary>A seat named only by the verb of its winner ("Boris Johnson held Uxbridge and South Ruislip with a
    /// majority of 7,210"): a constituency of the general election in view, and with none in view no election at all,
    /// so a mayor's "won Greater Manchester by" stays the mayoral race's.</summary>
    public bool OnlyAtGeneral { get; init; }

    /// <summary>A year a contest is measured against ("have not won a general election since 1992"): that year's
    /// contest is named, but it dates no other in the sentence and owns none of its figures.</summary>
    public bool Measured { get; init; }
}
