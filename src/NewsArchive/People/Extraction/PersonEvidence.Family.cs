using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

internal static partial class PersonEvidence
{
    /// <summary>A given name alone names a person beside a family word or a description: "his wife Ffion",
    /// "daughter Victoria", "his wife, ex-model Sandra", "Lucy's mother", "Lucy, who was adopted", "their two
    /// children Emily, 16, and Pelham, 14".</summary>
    public static bool GivenNameAlone(string text, List<Token> tokens, in NameCandidate c)
    {
        if (c.CoreCount != 1 || c.TitleToken >= 0) return false;
        // Right after a family word any name is a person's, known to the data set or not ("with wife Ffion", "her
        // husband Bill"); further off it must be a known given name.
        var before = FamilyWordBefore(text, tokens, c.FirstToken);
        var family = before != ListHead.None;
        if (!GivenNames.IsGivenName(c.Core)
            && !(before == ListHead.Family && tokens[c.FirstToken].Class == WordClass.None && !PlaceNames.IsCountryNotGivenName(c.Core)))
            return false;
        // "But in London, the foreign secretary, Jack Straw": after "in" a given name is a place's ("London").
        if (AfterPlacePreposition(text, tokens, c.FirstToken)) return false;
        var token = tokens[c.FirstToken];
        // A given name that is also a law's or a place's word ("Bill", "Rose") is a name only beside a family word.
        if (token.Class is not (WordClass.None or WordClass.Common) && !(family && token.Class == WordClass.Cue)) return false;
        if (family) return true;
        if (token.Has(TokenFlags.Possessive) && c.FirstToken + 1 < tokens.Count && tokens[c.FirstToken + 1].Class == WordClass.Kin) return true;
        for (var i = c.FirstToken - 1; i >= 0 && c.FirstToken - i <= 3 && tokens[i].Sentence == token.Sentence; i--)
        {
            if (tokens[i].Class == WordClass.Kin) return true;
            // Only descriptions may stand between ("his wife, ex-model Sandra"); "brother of the London mayor" is no name.
            if (tokens[i].Class != WordClass.Descriptor && !tokens[i].Text(text).Contains('-')) break;
        }
        if (text.AsSpan(token.After).StartsWith(", who ")) return true;
        // "Philippa, the Felix editor,", "a research student, Alex, as": an office or a description in apposition.
        if (DescribedAsPerson(text, tokens, c.LastToken)) return true;
        return DescriptionBefore(text, tokens, c.FirstToken);
    }

    /// <summary>"Chris said it was too high", "Boris will continue": a known given name alone before a verb of speech
    /// or an auxiliary (<see cref="ActsAfter"/>), when neither the article nor the archive gives the word another
    /// use: never in lower case ("summer", "virgin"), never opening or ending a longer name ("Virgin Media", "North
    /// Carolina"), no place's name, and not in quotation marks.</summary>
    public static bool GivenNameActs(IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, in NameCandidate c, ArchiveWords archive)
    {
        if (c.CoreCount != 1 || c.TitleToken >= 0 || !GivenNames.IsGivenName(c.Core)) return false;
        var text = paragraphs[c.Paragraph];
        var token = tokens[c.Paragraph][c.FirstToken];
        // "Washington has claimed": a given name that is also a place's speaks for its government.
        if (PlaceNames.IsPlaceWord(c.Core)) return false;
        // "the state of North Carolina was offering": the last word of a longer name is no name alone.
        if (c.FirstToken > 0 && tokens[c.Paragraph][c.FirstToken].Has(TokenFlags.Joined) && tokens[c.Paragraph][c.FirstToken - 1].Has(TokenFlags.Capitalised)
            && tokens[c.Paragraph][c.FirstToken - 1].Class != WordClass.Stop)
            return false;
        if (token.Class != WordClass.None || token.Has(TokenFlags.InQuote) || token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Possessive)) return false;
        // "Chris", "James": a given name ending in s is no plural.
        if (!(SpeaksAfter(text, tokens[c.Paragraph], c.LastToken, mayEndInS: true) || ActsAfter(text, tokens[c.Paragraph], c.LastToken)
              || PairedAlone(text, tokens[c.Paragraph], c.FirstToken, archive)) || archive.Lowercase.Contains(c.Core.ToLowerInvariant())) return false;
        for (var p = 0; p < paragraphs.Count; p++)
            for (var i = 0; i + 1 < tokens[p].Count; i++)
                if (tokens[p][i + 1].Has(TokenFlags.Joined) && tokens[p][i + 1].Has(TokenFlags.Capitalised) && !tokens[p][i].Has(TokenFlags.Possessive)
                    && tokens[p][i].Text(paragraphs[p]).SequenceEqual(c.Core))
                    return false;
        return true;
    }

    /// <summary>"Boris will continue being ours", "what Paul taught him": an auxiliary or a verb of teaching or
    /// telling right after the name, which things seldom take.</summary>
    private static bool ActsAfter(string text, List<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Has(TokenFlags.Joined) && !tokens[last].Has(TokenFlags.Possessive)
        && tokens[last + 1].Text(text) is "will" or "would" or "can" or "could" or "should" or "must" or "has" or "had" or "is" or "was" or "taught" or "told" or "brought";

    /// <summary>"Hosts, Mel and Sue, became martyrs": two known given names alone joined by "and", neither one
    /// a place's or an everyday word, nor part of a longer name ("Marks and Spencer", "Victoria and Albert Museum").</summary>
    private static bool PairedAlone(string text, List<Token> tokens, int at, ArchiveWords archive)
    {
        bool Alone(int i)
        {
            if (i < 0 || i >= tokens.Count || tokens[i].Class != WordClass.None || tokens[i].Has(TokenFlags.AllCaps) || tokens[i].Has(TokenFlags.InQuote)) return false;
            var word = tokens[i].Text(text).ToString();
            return GivenNames.IsGivenName(word) && !PlaceNames.IsPlaceWord(word) && !archive.Lowercase.Contains(word.ToLowerInvariant())
                   && !(i + 1 < tokens.Count && tokens[i + 1].Has(TokenFlags.Joined) && tokens[i + 1].Has(TokenFlags.Capitalised) && !tokens[i + 1].Is(text, "and"))
                   && !(i > 0 && tokens[i].Has(TokenFlags.Joined) && tokens[i - 1].Has(TokenFlags.Capitalised) && tokens[i - 1].Class != WordClass.Stop);
        }
        bool Joined(int a) => text.AsSpan(tokens[a].After, tokens[a + 2].Start - tokens[a].After) is " and ";
        return Alone(at) && (at + 2 < tokens.Count && Joined(at) && Alone(at + 2) || at >= 2 && Joined(at - 2) && Alone(at - 2));
    }

    private enum ListHead { None, Family, Title }

    /// <summary>A family word right before the name ("wife Ffion"), or before the list the name ends ("children
    /// Emily, 16, and Pelham", "sons William and Harry"), or a title in the plural before that list ("Princes William
    /// and Harry"): the list's other items may be names and ages only.</summary>
    private static ListHead FamilyWordBefore(string text, List<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && first - i <= 6 && tokens[i].Sentence == tokens[first].Sentence; i--)
        {
            var word = tokens[i].Text(text);
            // "children" stays a role's word too ("children's minister"), so it is asked for by itself.
            if (tokens[i].Class == WordClass.Kin || word is "children")
                return i < first - 1 || tokens[first].Has(TokenFlags.Joined) ? ListHead.Family : ListHead.None;
            // "Princes William and Harry": a title in the plural is each listed person's.
            if (i < first - 1 && tokens[i].Class == WordClass.Role && Vocabulary.SingularOfRole(word.ToString()) is not null) return ListHead.Title;
            var listed = word is "and" || char.IsDigit(word[0]) && word.Length <= 3
                         || tokens[i].Has(TokenFlags.Capitalised) && tokens[i].Class is WordClass.None or WordClass.Common && !tokens[i].Has(TokenFlags.Possessive);
            if (!listed) return ListHead.None;
        }
        return ListHead.None;
    }

    /// <summary>The name ends in a possessive that a family word follows ("Jacqui Smith’s husband").</summary>
    private static bool KinOwned(List<Token> tokens, int last) =>
        tokens[last].Has(TokenFlags.Possessive) && last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[last].Sentence && tokens[last + 1].Class == WordClass.Kin;
}
