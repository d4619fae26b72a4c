using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>"the Conservatives won 31% of the seats but secured only 37% of the vote": a clause after "but" that
    /// opens on its verb, or on "it" or "they" and its verb ("UKIP won 23% ..., but it took only one seat"), shares the
    /// subject of the clause before it, as does one that leaves the verb out ("but (only) one seat") and a majority told
    /// as the subject's own ("Labour has won a third term, but with its Commons majority slashed to 66", "Tony Blair has
    /// won a third term, but his majority was cut to 66").</summary>
    private static (string? Person, string? Party) SubjectBeforeBut(ArticleSentence s, RawFigure raw, int clauseStart, bool winnerOnly)
    {
        var text = s.Tokenised;
        if (AfterBut().Match(text[..clauseStart]) is not { Success: true, Index: > 1 } but || SharedSubject().Match(text[clauseStart..raw.Position]) is not { Success: true } shared)
            return (null, null);
        var before = TextCues.ClauseAt(text, Math.Max(0, text[..but.Index].TrimEnd(' ', ',').Length - 1)).Start;
        // "his", "her": a person's, before any party the clause names ("held Ashford for Labour, but her majority ...").
        if (shared.Groups["person"].Success && Owners.Person(s, raw, before, winnerOnly) is { } person) return (person, null);
        return (null, Owners.Party(text, raw, before, winnerOnly));
    }

    [GeneratedRegex(@"^\s*(?:(?:it|they)\s+)?(?:(?:only|just|also|then)\s+)?(?:won|secured|got|took|gained|received|polled|attracted)\b|^\s*(?:(?:only|just|merely)\s*)?$|^\s*(?:with\s+)?(?:its|their|the\s+party['’]s|(?<person>his|her))\s+(?:(?:overall|Commons|parliamentary|working)\s+)?majority\b")]
    private static partial Regex SharedSubject();

    /// <summary>A place lost to a rival ("lost Hartlepool to the Conservatives") that is not the area of the race for an
    /// office, a party's leadership or a body's post in view: another seat's contest.</summary>
    private bool SeatLostElsewhere(string clause, string slug) =>
        registry.KindOf(slug) is ElectionKind.Mayoral or ElectionKind.PartyLeadership or ElectionKind.Organisation
        && PlaceLostTo().Match(clause) is { Success: true } lost && lost.Groups["place"].Value != registry.AreaOf(slug);

    [GeneratedRegex(@"\b(?:lost|losing|loses)\s+(?<place>\p{Lu}[\w’'&-]*(?:\s+(?:and|&|upon|on|under|\p{Lu}[\w’'&-]*)){0,5})\s+to\b")]
    private static partial Regex PlaceLostTo();

    /// <summary>"ahead of Labour on 25.4% and 20 seats": seats joined by "and" to the share just read; and "against
    /// 10,200 for the Conservatives, or 39%": a share restating the count just read. Each is the owner's of the figure
    /// before it.</summary>
    private (string? Person, string? Party)? SameOwnerAsBefore(ArticleSentence s, RawFigure raw)
    {
        if (lastOwned is not { } prior || !ReferenceEquals(prior.Sentence, s) || prior.Raw.End > raw.Position) return null;
        var between = s.Tokenised[prior.Raw.End..raw.Position];
        return raw.Kind == FigureKind.Seats && prior.Raw.Kind == FigureKind.Share && AndSeats().IsMatch(between)
            || raw.Kind == FigureKind.Share && prior.Raw.Kind == FigureKind.Votes && OrShare().IsMatch(between) ? (prior.Person, prior.Party) : null;
    }

    [GeneratedRegex(@"^(?:\s?(?:%|per cent))?(?:\s+of\s+the\s+vote)?\s+and\s+$")]
    private static partial Regex AndSeats();

    [GeneratedRegex(@"^(?:\s+votes)?(?:\s+for\s+(?:the\s+)?[^,;⟦\d]{1,40}?)?\s*,\s*or\s+$")]
    private static partial Regex OrShare();

    [GeneratedRegex(@"\bbut\s+$")]
    private static partial Regex AfterBut();
}
