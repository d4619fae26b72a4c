using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Whose a figure is: the nearest person or party before it in its clause, never across someone
/// else's speech; a majority belongs to the winner, so the object of "over", "beating" or "to" cannot own one.</summary>
internal static partial class Owners
{
    public static string? Person(ArticleSentence sentence, RawFigure figure, int clauseStart, bool winnerOnly)
    {
        var text = sentence.Tokenised;
        // "sitting MP Oona King, who had a 10,000-vote majority": the relative clause says whose it is.
        if (RelativeOwner().Match(text[..figure.Position]) is { Success: true } relative)
            return sentence.PersonAt(ArticleSentence.PersonToken().Match(text, relative.Groups["p"].Index));
        // "Hall, who had been predicted to run Khan close, won 32.7%", "Labour's Ali Milani, who had hoped to unseat the
        // prime minister, took 18,141 votes": a person named inside the relative clause is not the one the main verb is told of.
        if (AfterRelative().Match(text[..figure.Position]) is { Success: true } after)
            return sentence.PersonAt(ArticleSentence.PersonToken().Match(text, after.Groups["p"].Index));
        // "Khan won 1,310,143 votes, against 994,614 for Goldsmith, giving him 56.8%", "Corbyn saw off a challenge from
        // Owen Smith, winning 61.8%": the one given it, or winning it, is the one the sentence opens on, not the one
        // named last.
        if (GivenToSubject().IsMatch(text[..figure.Position]) && ArticleSentence.PersonToken().Match(text) is { Success: true } opening
            && opening.Index < figure.Position && (opening.Index <= ShortOpening || !text[..opening.Index].Contains(',')) && !Possessive().IsMatch(text, opening.Index + opening.Length))
            return sentence.PersonAt(opening);
        Match? best = null;
        foreach (Match token in ArticleSentence.PersonToken().Matches(text[..figure.Position], clauseStart))
        {
            if (winnerOnly && LosingSide().IsMatch(text[Math.Max(0, token.Index - 60)..token.Index])) continue;
            // "The Conservatives, led by Andrew Scheer, won 121 seats and 34.4%", "under Ruth Davidson, came second": the
            // leader set off after the party is not what won.
            if (LedBy().IsMatch(text[Math.Max(0, token.Index - 20)..token.Index])) continue;
            if (InClosedAside(text, token.Index, token.Index + token.Length, figure.Position)) continue;
            // "Reform UK won five seats, including Clacton, where Nigel Farage was elected with 21,225 votes, and took 14.3%":
            // after the "where" clause closes, the verb is the main subject's again.
            if (InsideWhere().IsMatch(text[..token.Index]) && SubjectResumed().IsMatch(text[(token.Index + token.Length)..figure.Position])) continue;
            // "have held Boris Johnson's old seat of Uxbridge by 495 votes": whose seat it was is not who won it now.
            if (SeatOf().IsMatch(text, token.Index + token.Length)) continue;
            // "Jo Swinson lost her seat to the SNP by 149 votes": the one who lost to someone owns no majority.
            if (winnerOnly && LostTo().IsMatch(text[(token.Index + token.Length)..figure.Position])) continue;
            // "Van der Bellen beat Norbert Hofer with 53.8%": what comes "with" the one beaten is the winner's.
            // "Paddick came fourth, behind the Green candidate Jenny Jones, with 4.2%": nor is the one placed against.
            if ((BeatenBefore().IsMatch(text[Math.Max(0, token.Index - 20)..token.Index]) || PlacedAgainst().IsMatch(text[Math.Max(0, token.Index - 50)..token.Index]))
                && WithAfter().IsMatch(text[(token.Index + token.Length)..figure.Position])) continue;
            best = token;
        }
        if (best is null) return null;
        var between = text[(best.Index + best.Length)..figure.Position];
        // "Nicola Sturgeon's SNP swept Scotland, winning 50%": the leader's party is what won.
        if (LeadersParty().IsMatch(between)) return null;
        // "Richard Barnbrook won a seat after his party took 5.3% of the vote", "as his Conservatives won a majority of
        // 80": the party's, not the person's.
        if (OwnParty().IsMatch(between)) return null;
        // "Julia Lopez clung on by 1,943 votes, as Reform UK took 25% of the vote", "..., and the Liberal Democrats took
        // Somerton and Frome with a majority of more than 11,000": the party a clause of its own is about.
        if (PartyClause().IsMatch(between)) return null;
        // "Mr Trump won 306 votes to Mrs Clinton's 232, though she won the popular vote by nearly three million": a
        // pronoun the figure's clause opens on is the one person named before it, or, of several, nobody known.
        if (PronounSubject().IsMatch(between)
            && ArticleSentence.PersonToken().Matches(text[..figure.Position]).Select(sentence.PersonAt).Distinct().Count() > 1) return null;
        return TextCues.Speech().IsMatch(between) ? null : sentence.PersonAt(best);
    }

    /// <summary>"Labour gained Canterbury, a seat held by the Tories since 1918, by 187 votes", "…, which the SNP had won
    /// in 2015, …": a name inside an aside that closes before the figure is not what the main verb is told of.</summary>
    private static bool InClosedAside(string text, int start, int end, int figure) =>
        AsideOpen().IsMatch(text[Math.Max(0, start - 60)..start]) && AsideClosed().IsMatch(text[end..figure]);

    [GeneratedRegex(@",\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){1,5}(?:by|of|for|from|with|to)|which)\s+(?:the\s+)?$")]
    private static partial Regex AsideOpen();

    [GeneratedRegex(@"^[^,;]*,")]
    private static partial Regex AsideClosed();

    [GeneratedRegex(@",\s+(?:where|when)\s+[^,;⟦]*$")]
    private static partial Regex InsideWhere();

    [GeneratedRegex(@"^[^;⟦]*,\s+and\s+(?:also\s+)?(?:took|won|got|polled|secured|gained|received|had)\s+(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than)\s+)?$")]
    private static partial Regex SubjectResumed();

    [GeneratedRegex(@"\G['’]s\s+(?:(?:old|former|vacant|previous)\s+)?seat\b")]
    private static partial Regex SeatOf();

    [GeneratedRegex(@",\s+(?:(?:led|headed|fronted)\s+by|under)\s+$")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"(?:[,;]\s*|\b(?:and|but|though|although|while|whereas|as)\s+)(?:[Hh]e|[Ss]he)\s+(?!said|says|told|added)\w+")]
    private static partial Regex PronounSubject();

    /// <summary>The nearest party named on its own (not as a label in front of a person) before the figure, or "RON"
    /// (<see cref="ElectionWords.Ron"/>) when named after every party.</summary>
    public static string? Party(string text, RawFigure figure, int clauseStart, bool winnerOnly)
    {
        string? party = null;
        foreach (Match m in Parties.Mention().Matches(text[..figure.Position], clauseStart))
        {
            var after = text[(m.Index + m.Length)..];
            if (LabelsPerson().IsMatch(after)) continue;
            if (winnerOnly && LosingSide().IsMatch(text[Math.Max(0, m.Index - 60)..m.Index])) continue;
            // "took control of Richmond from the Conservatives, winning 39 of the 54 seats": the party it was taken from.
            if (TakenFrom().IsMatch(text[Math.Max(0, m.Index - 60)..m.Index])) continue;
            // "Labour finished behind the Greens with 8%": the party placed against is not the subject named before it.
            if (party is not null && PlacedAgainst().IsMatch(text[Math.Max(0, m.Index - 50)..m.Index])) continue;
            if (InClosedAside(text, m.Index, m.Index + m.Length, figure.Position)) continue;
            // "held Wandsworth with 33 seats to Labour's 26, and kept Westminster by 41": a party given its own number
            // before the figure is that number's owner, not the figure's.
            if (OwnNumber().Match(after) is { Success: true } own && m.Index + m.Length + own.Length <= figure.Position) continue;
            party = Parties.Canonical(m.Groups["party"].Value);
        }
        // "Re-open Nominations (RON) received 312 votes": the option to leave the post empty, counted like a candidate.
        var ron = FigureSubjects.Ron().Matches(text[..figure.Position], clauseStart).LastOrDefault();
        if (ron is not null && !(winnerOnly && LosingSide().IsMatch(text[Math.Max(0, ron.Index - 60)..ron.Index]))
            && !Parties.Mention().Matches(text[..figure.Position], ron.Index).Any())
            party = "RON";
        return party;
    }

    /// <summary>True when the figure is in a relative clause on someone the sentence does not name as a person
    /// ("sitting MP Jo Bloggs, who had a 10,000 majority" with the name unread): whoever else is named is not its owner.</summary>
    public static bool InUnreadRelative(string text, RawFigure figure) =>
        AnyRelative().IsMatch(text[..figure.Position]) && !RelativeOwner().IsMatch(text[..figure.Position]);

    /// <summary>"The Liberal Democrats, who won 8 seats in 2015, …": a party the relative clause is on is its owner.</summary>
    public static string? RelativeParty(string text, RawFigure figure) =>
        PartyRelative().Match(text[..figure.Position]) is { Success: true } m ? Parties.Canonical(m.Groups["party"].Value) : null;

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:on\s+)?\d[\d,.]*")]
    private static partial Regex OwnNumber();

    /// <summary>"The Liberal Democrats, who won 8 seats", "The Conservative MP for Folkestone and Hythe, who has a 19,000
    /// majority": the party, or the party of the member, the relative clause is on.</summary>
    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")(?:\s+(?:MP|MEP|MSP|AM|councillor|member)\s+for\s+[^,;⟦]{1,40}?)?\s*,\s*(?:who|whose)\s+[^,;⟦]{0,40}$")]
    private static partial Regex PartyRelative();

    [GeneratedRegex(@"(?<p>" + ArticleSentence.Person + @")(?:['’]s)?\s*,\s*(?:who|whose)\s+[^,;⟦]{0,40}$")]
    private static partial Regex RelativeOwner();

    [GeneratedRegex(@"^\W*(?:(?:" + Parties.Names + @")['’]s\s+)?(?<p>" + ArticleSentence.Person + @")\s*,\s*who\s+[^,;]{0,80},\s+(?:(?:also|only|then|still)\s+)?(?:won|took|polled|got|received|secured|gained)\s+(?:only\s+|just\s+)?$")]
    private static partial Regex AfterRelative();

    [GeneratedRegex(@"[\w⟧’']\s*,\s*(?:who|whose)\s+[^,;⟦]{0,40}$")]
    private static partial Regex AnyRelative();

    /// <summary>Verbs of one candidate or party beating another: "beating Jo Bloggs by 68 votes", "after crushing Zac
    /// Goldsmith by more than 300,000 votes". Shared by every rule that reads a rival beaten.</summary>
    public const string Beat = @"beat|beats|beating|defeated|defeats|defeating|crushed|crushes|crushing|trounced|trounces|trouncing|routed|routing|thrashed|thrashes|thrashing";

    /// <summary>The words of a loss just before the winner's "to": "lost to", "lost her East Dunbartonshire seat to",
    /// "lost Bethnal Green and Bow to". Shared by the owner rules here and <see cref="FigureReader"/>'s margin of the
    /// loser's side.</summary>
    public const string LostBefore = @"(?:lost|losing|loses)\s+(?:(?:her|his|their|its|the)\s+(?:[^\s⟦,;.]+\s+){0,4}?seat\s+|\p{Lu}[\w’'&-]*(?:\s+(?:and|&|upon|on|under|\p{Lu}[\w’'&-]*)){0,5}\s+)?";

    [GeneratedRegex(@"\b(?:behind|ahead\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")]
    private static partial Regex PlacedAgainst();

    [GeneratedRegex(@",\s+(?:giving\s+(?:him|her)|winning|taking|securing|polling)\s+(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than)\s+)?$")]
    private static partial Regex GivenToSubject();

    /// <summary>The most a sentence's opening phrase takes before its subject ("A year later, Mr ").</summary>
    private const int ShortOpening = 20;

    [GeneratedRegex(@"\G['’]")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:" + Beat + @")\s+$")]
    private static partial Regex BeatenBefore();

    [GeneratedRegex(@"^(?:['’]s)?\s*,?\s+(?:with|taking|winning)\s+(?:(?:just|only|some|about|around|nearly|almost|over|more\s+than)\s+)?$")]
    private static partial Regex WithAfter();

    [GeneratedRegex(@"\b(?:took|taken|taking|gained|gaining|won|winning|seized|seizing|captured|capturing|wrested|wresting)\b[^,;.⟦]{0,40}?\bfrom\s+(?:the\s+)?$")]
    private static partial Regex TakenFrom();

    /// <summary>Words before the side that lost ("beating X", "a majority over X", "against 994,614 for X"); after "lost
    /// to", "fell to" or "went to" stands the winner, and after "won by" or "taken by" ("Enfield Southgate, won by Bambos
    /// Charalambous with a majority of 4,355"); not "to deprive Labour of its majority of 161", whose majority it is.</summary>
    [GeneratedRegex(@"\b(?:over|against|than|" + Beat + @"|ousting|ousted|unseating|unseated|(?<!\b" + LostBefore + @")(?<!\b(?:fell|falls|went|goes|passed|passes)\s+)to(?!\s+(?:deprive|strip|rob)\b)|(?<!\b" + WonBy + @")by|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$|\b(?:against|compared\s+(?:to|with)|versus|vs\.?)\s+(?:[^,;⟦]|(?<=\d),(?=\d)){1,30}?\s+for\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$")]
    private static partial Regex LosingSide();

    /// <summary>The passive of a seat's win, before its winner: "won by", "was taken by", "gained by".</summary>
    private const string WonBy = @"(?:won|taken|gained|captured|held|retained|regained)\s+";

    [GeneratedRegex(@"^['’]s\s+(?:" + Parties.Names + @")\b")]
    private static partial Regex LeadersParty();

    [GeneratedRegex(@"\b(?:his|her|their)\s+(?:own\s+)?(?:party|" + Parties.Names + @")\b")]
    private static partial Regex OwnParty();

    [GeneratedRegex(@",\s+(?:as|while|whereas)\s+(?:the\s+)?(?:" + Parties.Names + @")\s+(?:\w+\s+){0,2}$|,\s+and\s+the\s+(?:" + Parties.Names + @")\s+(?:took|won|held|gained|captured|seized|kept)\s+[^,;⟦]{1,60}?\s+(?:with|by)\s+(?:an?\s+)?(?:\w+\s+){0,2}$")]
    private static partial Regex PartyClause();

    [GeneratedRegex(@"^[^⟦]*\b" + LostBefore + @"to\b")]
    private static partial Regex LostTo();

    [GeneratedRegex(@"^\s*(?:(?:mayoral|parliamentary)\s+)?(?:(?:" + Parties.Roles + @"|leader)\s+)?⟦P")]
    private static partial Regex LabelsPerson();
}
