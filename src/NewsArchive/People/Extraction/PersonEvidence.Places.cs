using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Words before a run of capitals that make it a place or a seat, not a person.</summary>
internal static partial class PersonEvidence
{
    /// <summary>"in Saudi Arabia", "visited Dixville Notch": words after a place preposition name a place.</summary>
    private static bool AfterPlacePreposition(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first].Has(TokenFlags.Joined)) return false;
        return tokens[first - 1].Text(text) is "in" or "at" or "from" or "to" or "near" or "across" or "around" or "outside"
            or "visiting" or "visited" or "into" or "throughout" or "towards"
            // A sentence opening "In Madrid, …".
            or "In" or "At" or "Across" or "Around" or "Outside" or "Throughout" or "Inside";
    }

    /// <summary>"Nick Clegg held Sheffield Hallam", "Labour won Erith and Thamesmead": a seat is held, won or
    /// contested; a person is beaten. Only names that open with no known given name are asked.</summary>
    private static bool AfterSeatVerb(string text, List<Token> tokens, int first, int last)
    {
        // "won Sadiq Khan's support", "police held Abu Hamza": a possessive is no seat, and a person is held too,
        // so "held" needs the result after it ("held Sheffield Hallam with a majority", "by 2,353 votes").
        if (first == 0 || !tokens[first].Has(TokenFlags.Joined) || tokens[last].Has(TokenFlags.Possessive)) return false;
        var verb = tokens[first - 1].Text(text);
        if (verb is "held" or "holds") return HeldWith().IsMatch(text.AsSpan(tokens[last].After));
        return verb is "won" or "wins" or "retained" or "retains" or "regained" or "gained" or "gains" or "contested" or "contests";
    }

    [GeneratedRegex(@"^\s+(?:with\s+(?:a\s+)?(?:majority|[\d,]+)|by\s+[\d,]+)")]
    private static partial Regex HeldWith();

    /// <summary>"Enfield Southgate, won by Bambos Charalambous", "Kensington was taken by Labour": a seat is won by
    /// someone; a person is not. Only names that open with no known given name are asked.</summary>
    private static bool BeforeSeatPassive(string text, List<Token> tokens, int last) =>
        !tokens[last].Has(TokenFlags.Possessive) && SeatPassive().IsMatch(text.AsSpan(tokens[last].After));

    [GeneratedRegex(@"^\s*,?\s+(?:was\s+|were\s+)?(?:won|taken|gained|captured|retained|regained)\s+by\s")]
    private static partial Regex SeatPassive();

    /// <summary>Class: a ballot's option to leave a post empty ("RON", "Re-Open Nominations"). Reason: a union's results
    /// count it like a candidate, but it is nobody.</summary>
    [GeneratedRegex("^(?:" + ElectionWords.Ron + ")$")]
    private static partial Regex BallotOption();
}
