using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>A party told by its leader's name, "Nigel Farage's party": which party that is.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The party that won, named as the subject of the sentence just read: "UKIP has won the European
    /// elections".</summary>
    private (string Party, int Sentence, IReadOnlyList<FigureKind> Measured)? partyThatWon;

    /// <summary>"Nigel Farage's party took 27.5%": the leader's party, never the leader's own figure. "David Cameron's
    /// party polled 36.1% of the vote, Labour 29%": a party named after the leader owns what follows it. Otherwise the
    /// party the article gives the leader, or, right after a sentence that opens on a party's win ("UKIP has won the
    /// European elections. Nigel Farage's party took 27.5% of the vote"), that party: the second sentence names the
    /// winner again by its leader, as news writes it.
    /// "Labour went backwards. Ed Miliband's party won 232 seats": failing those, the party the sentence just before, in
    /// the same paragraph, opened on. Neither, when that sentence gave the party a figure of the same kind.</summary>
    private string? PartyOfLeader(int index, ArticleSentence s, RawFigure raw, string leader, int clauseStart, Func<string, string?> partyOf) =>
        Owners.Party(s.Tokenised, raw, LeaderEnd(s, leader, clauseStart, raw.Position), winnerOnly: false) ?? partyOf(leader)
            ?? (partyThatWon is { } won && won.Sentence == index - 1 && !won.Measured.Contains(raw.Kind) ? won.Party : null)
            ?? (partySubject is { } about && about.Sentence == index - 1 && about.Paragraph == s.Paragraph && !about.Measured.Contains(raw.Kind) ? about.Party : null);

    /// <summary>The party the last sentence naming a party opened on ("Labour went backwards."), with that sentence, its
    /// paragraph and the kinds of figure it held; none when that sentence opened on no party. A party has one figure of a
    /// kind: after "The Conservatives won 330 seats.", "Ed Miliband's party won 232 seats" is a rival's, but after "Labour
    /// fell back to 258.", "Gordon Brown's party took 29%" is Labour's.</summary>
    private (string Party, int Sentence, int Paragraph, IReadOnlyList<FigureKind> Measured)? partySubject;

    private void RememberPartyThatWon(int index, ArticleSentence s, IReadOnlyList<FigureKind> measured)
    {
        if (s.Cues.Party && PartyWins().Match(s.Tokenised) is { Success: true } m) partyThatWon = (Parties.Canonical(m.Groups["party"].Value), index, measured);
    }

    /// <summary>A sentence that opens on a party winning: "Labour has won the general election", "The SNP swept Scotland".</summary>
    [GeneratedRegex(@"^\W*(?:[Tt]he\s+)?(?<party>" + Parties.Names + @")\s+(?:(?:has|have|had)\s+)?(?:won|swept|topped|triumphed|secured|clinched|romped)\b")]
    private static partial Regex PartyWins();

    /// <summary>The leader a figure's unnamed party is told by: the person read as its owner, when named as "X's party";
    /// with no owner read (seats read no person), the last person named so in the clause.</summary>
    private static string? PartysLeader(ArticleSentence s, string? person, string? party, int clauseStart, int position) =>
        person is not null ? (LeadersParty(s, person, clauseStart, position) ? person : null)
            : party is null ? LeaderOfUnnamedParty(s, clauseStart, position) : null;

    /// <summary>Whether the person is named in the clause as the owner of a party left unnamed ("Nigel Farage's party").</summary>
    private static bool LeadersParty(ArticleSentence s, string person, int clauseStart, int position) =>
        ArticleSentence.PersonToken().Matches(s.Tokenised[..position], clauseStart)
            .Any(token => s.PersonAt(token) == person && PartyOfPerson().IsMatch(s.Tokenised, token.Index + token.Length));

    /// <summary>The person the clause names as the owner of a party left unnamed, last before the figure.</summary>
    private static string? LeaderOfUnnamedParty(ArticleSentence s, int clauseStart, int position) =>
        ArticleSentence.PersonToken().Matches(s.Tokenised[..position], clauseStart)
            .LastOrDefault(token => PartyOfPerson().IsMatch(s.Tokenised, token.Index + token.Length)) is { } leader ? s.PersonAt(leader) : null;

    /// <summary>Where the leader's "'s party" ends: a party named after it is another's.</summary>
    private static int LeaderEnd(ArticleSentence s, string person, int clauseStart, int position) =>
        ArticleSentence.PersonToken().Matches(s.Tokenised[..position], clauseStart).Where(token => s.PersonAt(token) == person)
            .Select(token => PartyOfPerson().Match(s.Tokenised, token.Index + token.Length)).Where(m => m.Success)
            .Select(m => m.Index + m.Length).DefaultIfEmpty(clauseStart).Last();

    [GeneratedRegex(@"\G['’]s\s+(?:own\s+)?party\b")]
    private static partial Regex PartyOfPerson();
}
