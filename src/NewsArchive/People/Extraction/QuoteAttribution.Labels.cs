using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Quoted words nobody is saying (a title, a nickname, a label), and verbs that speak of something else.</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>"Ms Hassan, who he described as an activist, and that he was “willing …”": a verb inside a relative
    /// clause closed by a comma before the quote speaks of something else.</summary>
    private static bool InClosedRelativeClause(string text, List<Token> tokens, int verb, int quote)
    {
        if (verb < 2 || tokens[verb - 1].Class != WordClass.Pronoun || tokens[verb - 2].Text(text) is not ("who" or "whom" or "which")) return false;
        for (var j = verb + 1; j < quote; j++)
            if (Speakers.SetOff(text, tokens, j)) return true;
        return false;
    }

    /// <summary>"an email entitled “Autumn Elections: We’ve made a mistake”", "dubbed ‘King of the North’": a
    /// title or a nickname, which nobody is saying.</summary>
    private static bool NamedByTheWordBefore(string text, List<Token> tokens, int first) =>
        first > 0 && first <= tokens.Count && !tokens[first - 1].Has(TokenFlags.InQuote)
        && tokens[first - 1].Text(text) is "entitled" or "titled" or "headlined" or "headed" or "named" or "nicknamed" or "dubbed" or "christened";

    /// <summary>"the ‘too big to fail’ financial institutions": quoted words between a determiner and the noun they
    /// describe are a label, which nobody is saying.</summary>
    private static bool UsedAsModifier(string text, List<Token> tokens, int first, QuoteSpan span)
    {
        if (first == 0 || first > tokens.Count || tokens[first - 1].Has(TokenFlags.InQuote)
            || tokens[first - 1].Text(text) is not ("the" or "The" or "a" or "an" or "their" or "its" or "this")) return false;
        var after = FirstTokenAt(tokens, span.End);
        if (after >= tokens.Count || tokens[after].Sentence != tokens[first].Sentence) return false;
        var gap = text.AsSpan(span.End, tokens[after].Start - span.End).Trim("\"'’”‘“");
        var word = tokens[after].Text(text);
        // The word after is a noun the quote describes, not a function word ("an ‘umbilical cord’ between them").
        return gap.IsWhiteSpace() && char.IsLower(word[0]) && tokens[after].Class is WordClass.None
            && Vocabulary.Classify(char.ToUpperInvariant(word[0]) + word[1..].ToString()) != WordClass.Stop;
    }
}
