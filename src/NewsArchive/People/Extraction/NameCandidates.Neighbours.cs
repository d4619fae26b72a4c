using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>What the words around a run of capitals say of it: the list it stands in, the question it opens.</summary>
internal static partial class NameCandidates
{
    /// <summary>"Will Morales go down …?": "Will" opening a sentence that ends in a question mark is the verb.</summary>
    private static bool ModalQuestion(string text, List<Token> tokens, int k)
    {
        // "Will Morales go", not "Will Straw, executive director …, asked: “…?”".
        if (tokens[k].Text(text) is not "Will" || k + 2 >= tokens.Count || !tokens[k + 2].Has(TokenFlags.Joined) || !char.IsLower(text[tokens[k + 2].Start])) return false;
        // After the modal comes a bare verb ("go", "win"); after a person a told one ("Will Hutton asks whether …?").
        var verb = tokens[k + 2].Text(text);
        if (verb.EndsWith("s") || verb.EndsWith("ed") || tokens[k + 2].Class == WordClass.Speech) return false;
        var last = k;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[k].Sentence) last++;
        var end = last + 1 < tokens.Count ? tokens[last + 1].Start : text.Length;
        return text.AsSpan(tokens[last].After, end - tokens[last].After).TrimEnd().TrimEnd("\"'”’)").EndsWith("?");
    }

    /// <summary>"Felix spoke to Rhidian Thomas, Jennifer Wong and Aditya Singh": a name with a person's name beside it in
    /// a list is a person's too, even after a word that usually brings a place.</summary>
    public static bool InPersonList(string text, List<Token> tokens, int first, int last) =>
        PersonBesideInList(text, tokens, last + 1, after: true) || PersonBesideInList(text, tokens, first - 1, after: false);

    /// <summary>"These are Becky Lane, David Goldsmith and Ali Ibrahim": the next (or previous) item of a list is a
    /// given name and a surname that is no cue word, so the list names people.</summary>
    private static bool PersonBesideInList(string text, List<Token> tokens, int edge, bool after)
    {
        var (given, surname) = after ? (edge, edge + 1) : (edge - 1, edge);
        if (given < 1 || surname >= tokens.Count || tokens[given].Sentence != tokens[surname].Sentence || !tokens[surname].Has(TokenFlags.Joined)) return false;
        // The run's last word and the next item's first, or the previous item's last word and the run's first.
        var (left, right) = after ? (tokens[given - 1], tokens[given]) : (tokens[surname], tokens[surname + 1]);
        var gap = text.AsSpan(left.After, right.Start - left.After);
        return gap is ", " or " and " or ", and " && tokens[given].Class is WordClass.None or WordClass.Common
               && GivenNames.IsGivenName(tokens[given].Text(text).ToString()) && tokens[surname].Class == WordClass.None
               && tokens[surname].Has(TokenFlags.Capitalised) && !tokens[surname].Has(TokenFlags.Possessive);
    }
}
