using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>A person's own words named by a noun: "Churchill's quotation: “…”".</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>"Churchill's quotation: “…”", "CJ's admission in the book of “…”", "a line from Tony Blair, “…”": a
    /// person's own words, named by a noun for what is said just before the quote.</summary>
    private int? OwnWords(string text, List<Token> tokens, List<ResolvedMention> mentions, int quote)
    {
        for (var t = quote - 1; t > 0 && quote - t <= 6 && tokens[t].Sentence == tokens[quote].Sentence && !tokens[t].Has(TokenFlags.InQuote); t--)
        {
            if (!SaidNounLookup.Contains(tokens[t].Text(text))) continue;
            // The owner may stand before words that describe ("Osborne's new favourite line").
            var owner = t - 1;
            while (owner > 0 && t - owner < 3 && !tokens[owner].Has(TokenFlags.Possessive) && tokens[owner].Text(text) is not ("his" or "her")
                   && tokens[owner].Has(TokenFlags.Joined) && char.IsLower(tokens[owner].Text(text)[0]) && !Speakers.IsDeterminerWord(tokens[owner].Text(text)))
                owner--;
            if (tokens[owner].Text(text) is "his" or "her") return Pronoun(text, tokens, mentions, owner);
            foreach (var m in mentions)
                if (m.LastToken == owner && tokens[owner].Has(TokenFlags.Possessive)
                    || t + 1 < quote && tokens[t + 1].Is(text, "from") && m.FirstToken == t + 2)
                    return m.Person;
            return null;
        }
        return null;
    }

    /// <summary>Class: nouns for words someone said. Reason: a person's quotation, line or admission is their quote.</summary>
    private static readonly HashSet<string> SaidNouns = new(StringComparer.Ordinal)
    {
        "quotation", "quote", "words", "line", "phrase", "admission", "remark", "remarks", "claim", "comment", "comments",
        "statement", "promise", "pledge", "warning", "verdict", "message", "retort", "reply", "answer", "boast", "quip",
        "announcement", "assertion", "declaration", "insistence", "suggestion", "argument", "response", "explanation",
        "observation", "confession", "accusation",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SaidNounLookup = SaidNouns.GetAlternateLookup<ReadOnlySpan<char>>();
}
