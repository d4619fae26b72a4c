using System.Text.RegularExpressions;
using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Cue words ("Street", "Hall") that are a person's surname: after a given name, or alone where the article
/// gives them a title.</summary>
internal static partial class NameCandidates
{
    /// <summary>A cue word ends a place's name ("Downing Street", "City Hall"); after a given name it is a surname
    /// before words said of a person ("Andy Street, the Conservative mayor", "Susan Hall said", "Martin Ward, of
    /// the Secondary Heads Association") or a verb of winning or losing ("Andy Street narrowly lost"), after a
    /// party or a description ("his Conservative rival Susan Hall"), or where the article gives it a title too
    /// ("Ms Hall"). A party or an office may open the run ("beating Conservative Susan Hall"), and a party there is
    /// enough ("the Conservative Susan Hall"); a possessive is a person's before a count ("to Susan Hall's 812,397").</summary>
    private static bool EndsPersonLikeRun(string text, List<Token> tokens, int k, int runStart, int runEnd, IReadOnlySet<string>? titledCues)
    {
        if (k != runEnd - 1 || k - 1 < runStart) return false;
        var given = tokens[k - 1];
        if (given.Class is not (WordClass.None or WordClass.Common) || !GivenNames.IsGivenName(text.Substring(given.Start, given.Length))) return false;
        // "to Susan Hall's 812,397": a count is a candidate's; "Albert Hall's roof" is a building's.
        if (tokens[k].Has(TokenFlags.Possessive)) return CountAfter(text, tokens[k].End);
        // Only a party or an office may stand before the given name in the run: "the Conservative Susan Hall", and a
        // party there labels a person ("Tory Andy Street"); no street or hall is a party's.
        for (var i = runStart; i < k - 1; i++)
            if (tokens[i].Class is not (WordClass.Party or WordClass.Nationality or WordClass.Role or WordClass.RoleModifier)) return false;
        if (tokens[runStart].Class == WordClass.Party) return true;
        // "at Gateshead's Sage Centre, the chancellor said", "in Emma Hall": after a preposition of place, a place.
        if (PlacePrepositionBefore(text, tokens, runStart)) return false;
        // Bodies come after an article or a preposition: "the Law Commission said", "for Darlington Council".
        if (k - 1 == runStart && runStart > 0 && tokens[runStart].Has(TokenFlags.Joined) && IsArticleOrPreposition(text, tokens[runStart - 1])) return false;
        return PersonEvidence.SaidOfPersonAfter(text, tokens, k) || PersonEvidence.LabelBefore(text, tokens, runStart) || RoleThenComma(text, tokens, runStart)
               || ResultVerbAfter(text, tokens, k) || titledCues?.Contains(tokens[k].Text(text).ToString()) == true
               || PersonBesideInList(text, tokens, k + 1, after: true) || PersonBesideInList(text, tokens, runStart - 1, after: false);
    }

    /// <summary>"at", "in" or "near" right before the run, or before a place's possessive that opens it ("at Gateshead's").</summary>
    private static bool PlacePrepositionBefore(string text, List<Token> tokens, int runStart)
    {
        var k = runStart - 1;
        if (k >= 0 && tokens[k].Has(TokenFlags.Possessive) && tokens[k].Has(TokenFlags.Capitalised) && tokens[k + 1].Has(TokenFlags.Joined)) k--;
        return k >= 0 && tokens[k + 1].Has(TokenFlags.Joined) && IsPlacePreposition(text, tokens[k]);
    }

    /// <summary>A count or a share straight after a possessive and ending its clause ("to Hall's 812,397.",
    /// "Hall’s 32.7%,"), not a number of something ("Albert Hall's 5,000 seats", "Victoria Street's 200-yard").</summary>
    private static bool CountAfter(string text, int end) => VoteCountAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(?:'s|’s|'|’)?\s+\d(?:[\d,.]*\d)?(?![,.]?\d)(?:\s?%|\s+per\s+cent|\s+votes)?(?:\s*[,.;:)]|\s*$|\s+(?:and|against|while|with)\b)")]
    private static partial Regex VoteCountAfter();

    /// <summary>"to Hall's 33%": a cue word standing alone, which the article also writes after a title ("Ms Hall"), is
    /// that person's surname; "the Hall" is still a building, and "Street parties were held" opening a sentence is
    /// a street's unless it is possessive.</summary>
    private static bool TitledAlone(string text, List<Token> tokens, int k, int runStart, int runEnd, IReadOnlySet<string>? titledCues) =>
        runEnd - runStart == 1 && titledCues?.Contains(tokens[k].Text(text).ToString()) == true
        && (!tokens[k].Has(TokenFlags.SentenceStart) || tokens[k].Has(TokenFlags.Possessive)
            // "Hall told supporters", "Street conceded": a street or a hall neither speaks nor loses; "Hall, who": a
            // place is "which".
            || PersonEvidence.SpeaksAfter(text, tokens, k) || ResultVerbAfter(text, tokens, k) || WhoAfter(text, tokens[k].End))
        && !(k > 0 && tokens[k].Has(TokenFlags.Joined) && tokens[k - 1].Text(text) is "the" or "The" or "a" or "A" or "an" or "An" or "this" or "This");

    /// <summary>"The Conservative candidate, Susan Hall,": an office or a description, then a comma, before the name.</summary>
    private static bool RoleThenComma(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].Class is WordClass.Role or WordClass.Descriptor
        && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is ", ";

    /// <summary>", who" straight after the word: a relative clause of a person.</summary>
    private static bool WhoAfter(string text, int end) => text.AsSpan(end).StartsWith(", who ", StringComparison.Ordinal);

    /// <summary>"Andy Street narrowly lost", "Susan Hall has conceded": a verb of an election's result, which a place
    /// or a body ending in a cue word rarely takes.</summary>
    private static bool ResultVerbAfter(string text, List<Token> tokens, int last)
    {
        var next = last + 1;
        while (next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && tokens[next].Text(text) is "narrowly" or "comfortably" or "easily" or "has" or "had" or "finally") next++;
        return next < tokens.Count && tokens[next].Has(TokenFlags.Joined)
               && tokens[next].Text(text) is "won" or "lost" or "beat" or "defeated" or "conceded" or "retained" or "trailed" or "topped";
    }

    /// <summary>The cue words an article writes right after a title ("Ms Hall", "Mr Street"), and the titles it
    /// writes as a surname after a given name ("Will Prince").</summary>
    public static HashSet<string> TitledCues(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
            for (var i = 1; i < tokens[p].Count; i++)
                if (tokens[p][i].Class == WordClass.Cue && tokens[p][i].Has(TokenFlags.Joined) && tokens[p][i - 1].Class == WordClass.Honorific
                    && tokens[p][i - 1].Text(paragraphs[p]) is "Mr" or "Mrs" or "Ms" or "Miss")
                    found.Add(tokens[p][i].Text(paragraphs[p]).ToString());
                else if (tokens[p][i].Class == WordClass.Role && TitleSurnames.Contains(tokens[p][i].Text(paragraphs[p]).ToString())
                    && tokens[p][i].Has(TokenFlags.Joined) && tokens[p][i - 1].Class is WordClass.None or WordClass.Common
                    && GivenNames.IsGivenName(tokens[p][i - 1].Text(paragraphs[p]).ToString())
                    && (i + 1 >= tokens[p].Count || !tokens[p][i + 1].Has(TokenFlags.Joined) || !char.IsUpper(paragraphs[p][tokens[p][i + 1].Start])))
                    found.Add(tokens[p][i].Text(paragraphs[p]).ToString());
        return found;
    }

    /// <summary>The cue words that end a full name the article gives ("Susan Hall", "Andy Street"), as a run's last
    /// word after a given name (<see cref="EndsPersonLikeRun"/>).</summary>
    public static IEnumerable<string> CueSurnames(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, List<NameCandidate> candidates) =>
        candidates.Where(c => c.CoreCount >= 2 && tokens[c.Paragraph][c.LastToken].Class == WordClass.Cue)
            .Select(c => tokens[c.Paragraph][c.LastToken].Text(paragraphs[c.Paragraph]).ToString()).ToList();
}
