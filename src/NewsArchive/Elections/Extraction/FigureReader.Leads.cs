using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>A winner's lead told in votes: "held the seat, by just 495 votes", "beating Jo Bloggs by 68 votes",
/// "Kensington fell to Labour by 20 votes", "120 votes clear of Jo Bloggs".</summary>
internal static partial class FigureReader
{
    /// <summary>A character of the words between a win and its "by", which hold no other number but a year ("held
    /// Uxbridge in the 2023 by-election by 495 votes").</summary>
    private const string NoFigure = @"(?:[^.;:\d]|(?<=\s)(?:19|20)\d\d(?=[\s,]))";

    /// <summary>The verbs of a seat or a contest won or kept, whose "by N votes" is the winner's lead, not a count.</summary>
    private const string WinVerbs = "won|win|wins|winning|took|takes|gained|regained|captured|clinched|secured|held|holds|kept|keeps|retained|retains|clung|hung|survived|scraped|squeezed|romped|edged";

    /// <summary>A winner's lead told after the seat and the contest: "have held Jo Bloggs's old seat of Uxbridge in a
    /// by-election, by just 495 votes" (<see cref="Majority"/> takes only the short forms, "held the seat by"). Not "won
    /// by 300 votes to 200", a division.</summary>
    [GeneratedRegex(@"(?<=\b(?:" + WinVerbs + @")\b" + NoFigure + @"{0,80}\bby\s+(?:(?:just|only|a\s+(?:mere|slender|narrow|slim|tiny)|some|about|around)\s+)?" + Qualifier + ")" + Q + @"(?=\s+votes\b)(?!\s+votes\s+to\s+\d)")]
    private static partial Regex WonByVotes();

    /// <summary>A winning margin in votes: "beating Jo Bloggs by only 68 votes", "defeated his rival by 200 votes", "ousted
    /// Oona King by 823 votes", and
    /// the loser's side of it, whose owner is the winner named after "to": "narrowly lost to Jo Bloggs by 1,508 votes",
    /// "lost her East Dunbartonshire seat to the SNP by 149 votes".</summary>
    [GeneratedRegex(@"(?<=\b(?:" + Owners.Beat + @"|ousted|ousting|unseated|unseating|" + Owners.LostBefore + @"to)\s+(?:[^\s,;.]+\s+){0,3}?[^\s,;.]+(?:,[^,;.\d]{1,60},)?\s+by\s+(?:(?:only|just|a\s+mere|some|about|around)\s+)?)" + Q + @"(?=\s+votes\b)(?!\s+votes\s+to\s+\d)")]
    private static partial Regex BeatBy();

    /// <summary>A seat or a post won told from its side: "Kensington fell to Labour by just 20 votes", "the post went to
    /// Jo Bloggs by 31 votes". The one it went to owns the margin.</summary>
    [GeneratedRegex(@"(?<=\b(?:fell|falls|went|goes|passed|passes)\s+to\s+(?:[^\s,;.]+\s+){1,4}?by\s+(?:(?:just|only|a\s+mere)\s+)?" + Qualifier + ")" + Q + @"(?=\s+votes\b)(?!\s+votes\s+to\s+\d)")]
    private static partial Regex FellToBy();

    /// <summary>A lead told in votes: "more than 50 votes ahead of their nearest rival", "finished 120 votes clear of
    /// Jo Bloggs". The one ahead owns it, as a winner owns a majority.</summary>
    [GeneratedRegex(Q + @"(?=\s+(?:votes?|ballots)\s+(?:ahead\s+of|clear\s+of|in\s+front\s+of|more\s+than(?!\s+(?:in|at|last|the\s+last)\b))\b)")]
    private static partial Regex VotesAhead();
}
