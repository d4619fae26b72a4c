using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>The one candidate of a party the article knows in a race for one office or seat: of its votes or share,
    /// however the party is named ("The Tory share was 45.2 per cent and Labour's 43.6 per cent": the party stood one
    /// candidate, and the count is that candidate's), and, in a by-election or a mayor's race, of the majority of the party
    /// that won; of another figure, when the clause names the party as a label of an office or a candidacy ("the Labour
    /// mayor", "against 48.5% for his Labour rival") or as one member of it ("the Conservative polled 971,931 votes"). A
    /// seat held by a party by so many votes at a general or devolved election stays the party's, and a swing is the
    /// parties' own.</summary>
    private string? PartyCandidate(string text, RawFigure raw, int clauseStart, string party, string slug, Func<string, string?> partyOf)
    {
        var offices = PartyOffice().Matches(text[clauseStart..raw.Position]).Where(m => Parties.Canonical(m.Groups["party"].Value) == party).ToList();
        // "to the Conservative's 44.8 per cent", after the winner's: the party's singular name for the one compared with
        // the winner, not an office it holds ("the Labour MP"). Not a third's told alone ("the Liberal Democrat's share
        // was 4.4 per cent"), which may be any candidate of that party.
        var member = offices.Any(m => m.Groups["member"].Success && text.AsSpan(0, clauseStart + m.Index).TrimEnd().EndsWith(" to", StringComparison.Ordinal)
            && text.AsSpan()[(clauseStart + m.Index + m.Length)..raw.Position].IsWhiteSpace());
        // "The Conservatives have held Eastbrook by 495 votes", "The Tory majority was 4,478": a party's majority in a
        // by-election or a mayor's race says it won, and is its candidate's. A seat at a general or devolved election is
        // the party's seat in that parliament ("The Tories held Aberdeenshire West by more than 3,000 ballots").
        var wonBy = raw.Kind == FigureKind.Majority && registry.KindOf(slug) is ElectionKind.ByElection or ElectionKind.Mayoral;
        if (raw.Kind is not (FigureKind.Votes or FigureKind.Share) && !wonBy && offices.Count == 0
            && !(RoleAfter().Match(text, raw.End) is { Success: true } after && Parties.Canonical(after.Groups["party"].Value) == party)) return null;
        var inRace = (known ?? new Dictionary<string, string>()).Where(k => k.Value == slug).Select(k => k.Key).ToList();
        var candidates = inRace.Where(k => partyOf(k) == party).ToList();
        if (candidates is [var only]) return only;
        var rival = RoleAfter().Match(text, raw.End) is { Success: true } role && Rival().IsMatch(role.Value);
        // "The Tory share was 45.2 per cent" of the party that won, "37% for his Labour rival": where the article gives
        // every other candidate of the race another party and one none, that one is the party's (a party stands one
        // candidate). Not a party that lost with no candidate named ("UKIP took 1,102 votes").
        if (candidates.Count == 0 && (raw.Kind is FigureKind.Votes or FigureKind.Share && (rival || candidacies.PartyElectedIn(slug, party)) || wonBy)
            && inRace.Count >= 2 && inRace.Where(k => partyOf(k) is null).ToList() is [var unlabelled]
            && !(wonBy && candidacies.DefeatedIn(slug).Contains(unlabelled)))
        {
            // The party's one candidate: the article's later sentences and the candidacy know that candidate's party.
            articleLabels.TryAdd(unlabelled, party);
            return unlabelled;
        }
        // "against 909,755 for his Conservative opponent", with no figure of the opponent's read before, or "to the
        // Conservative's 44.8 per cent" (a party's word for one of its people): the one candidate the article has said
        // so far was beaten, unless it gives that one another party.
        return candidates.Count == 0 && (rival || member) && candidacies.DefeatedIn(slug) is [var beaten] && (partyOf(beaten) is not { } own || own == party) ? beaten : null;
    }

    /// <summary>"his Conservative rival", "her Labour opponent": the one a candidate ran against.</summary>
    [GeneratedRegex(@"\b(?:his|her|their)\s+(?:" + Parties.Names + @")\s+(?:rival|opponent|challenger)\b")]
    private static partial Regex Rival();

    /// <summary>Class: a party's label before a word for one of its people, or its singular name for one member, before a
    /// verb of a result or in the possessive ("the Tory took 44%", "to the Conservative's 44.8 per cent"; "the Tories
    /// took" is the party).</summary>
    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")(?:['’]s)?\s+(?:mayor|candidate|challenger|incumbent|nominee|contender|rival|opponent|MP|politician|hopeful|veteran|man|woman)\b|\b[Tt]he\s+(?<member>)(?<party>Conservative|Tory|Liberal Democrat|Lib Dem|Green|Republican)(?:['’]s\b|\s+(?=(?:won|took|polled|received|secured|got|held|kept|retained|gained|finished|came|trailed|beat|defeated)\b))")]
    private static partial Regex PartyOffice();

    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?(?:\s+(?:votes|seats))?(?:\s+of\s+the\s+vote)?\s+for\s+(?:his|her|their|the)\s+(?<party>" + Parties.Names + @")(?:['’]s)?\s+(?:(?:mayoral|parliamentary)\s+)?(?:candidate|challenger|incumbent|nominee|contender|rival|opponent)\b")]
    private static partial Regex RoleAfter();

    /// <summary>"The mayor secured a margin of some 276,000 votes", "the Labour mayor won 1,088,225 votes": in a race for
    /// one office, the holder of it named as the subject after the article has said who won is that one winner, and so
    /// is a winning margin that names nobody.</summary>
    private string? WinnerByRole(string text, RawFigure raw, int clauseStart, string? party, string slug, Func<string, string?> partyOf)
    {
        var role = WinnerRole().Matches(text[clauseStart..raw.Position]).LastOrDefault();
        // "The Mayor of Greater Manchester": an office of another place is another race's.
        // But "The Labour MP for Tooting", in a mayor's race: the seat the candidate holds, not the office run for.
        if (role is { Groups: var g } && g["place"].Success && g["place"].Value != registry.AreaOf(slug)
            && !(g["office"].Value is "MP" or "member" && registry.KindOf(slug) == ElectionKind.Mayoral)) return null;
        // A margin of victory with no subject is the winner's by definition ("the margin of victory was 11 points").
        var margin = role is null && party is null && raw.Kind is FigureKind.Majority or FigureKind.MarginPoints;
        if (role is null && !margin || ArticleSentence.PersonToken().IsMatch(text[(clauseStart + (role?.Index ?? 0))..raw.Position])) return null;
        // "The Labour MP for Tooting took 1,310,143 votes, against 994,614 for his Conservative rival": another party's
        // figure is not the winner's.
        if (role?.Groups["party"] is { Success: true } label && party is not null && Parties.Canonical(label.Value) != party) return null;
        if (candidacies.ElectedIn(slug) is not [var only]) return null;
        return party is null || partyOf(only) is not { } own || own == party ? only : null;
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?:(?:new|newly[- ]elected|re-elected|victorious|winning|(?<party>" + Parties.Names + @"))\s+)?(?<office>mayor|[Mm]ayor|winner|victor|MP|member)\b(?:\s+(?:of|for)\s+(?<place>\p{Lu}[\w'’-]*(?:\s+(?:of\s+)?\p{Lu}[\w'’-]*)*))?")]
    private static partial Regex WinnerRole();
}
