using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A place in a sentence that names an election, before its year is settled.</summary>
/// <param name="Explicit">Named as an election ("by-election", "mayoral election"), not only by the office
/// or body ("mayor of X", "Holyrood"), which counts only beside a word of voting or winning.</param>
/// <param name="Future">"the next general election", "a new referendum": not a contest that has happened.</param>
/// <param name="Past">"the last election": happened, but not now, so the year must be stated.</param>
internal sealed record ElectionAnchor(
    int Position,
    ElectionKind Kind,
    string Area,
    bool Explicit,
    int? StatedYear,
    bool Future = false,
    bool Past = false);
