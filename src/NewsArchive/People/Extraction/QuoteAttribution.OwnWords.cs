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
            // "To quote Jo Bloggs, “…”", "To cite the chancellor, George Osborne: “…”": the writer lends the words to them.
            if (tokens[t].Text(text) is "quote" or "cite" or "paraphrase" && t > 0 && tokens[t - 1].Text(text) is "To" or "to")
                return NameStartingAt(text, tokens, mentions, t + 1, quote);
            if (!SaidNounLookup.Contains(tokens[t].Text(text))) continue;
            // The owner may stand before words that describe ("Osborne's new favourite line").
            var owner = t - 1;
            while (owner > 0 && t - owner < 3 && !tokens[owner].Has(TokenFlags.Possessive) && tokens[owner].Text(text) is not ("his" or "her")
                   && tokens[owner].Has(TokenFlags.Joined) && char.IsLower(tokens[owner].Text(text)[0]) && !Speakers.IsDeterminerWord(tokens[owner].Text(text)))
                owner--;
            if (tokens[owner].Text(text) is "his" or "her") return Pronoun(text, tokens, mentions, owner);
            foreach (var m in mentions)
                if (m.LastToken == owner && tokens[owner].Has(TokenFlags.Possessive))
                    return m.Person;
            // "a line from Tony Blair, “…”", "in the words of Jo Bloggs, “…”".
            return t + 1 < quote && tokens[t + 1].Text(text) is "from" or "of" ? NameStartingAt(text, tokens, mentions, t + 2, quote) : null;
        }
        return OwnerOfThatClause(text, tokens, mentions, quote);
    }

    /// <summary>"thrown by Mr MacKenzie's suggestion that instead of being treated by the NHS, young drunks should “…”":
    /// the words are in a clause that a noun for what was said opens, and the noun's owner said them.</summary>
    private static int? OwnerOfThatClause(string text, List<Token> tokens, List<ResolvedMention> mentions, int quote)
    {
        for (var t = quote - 1; t > 1 && quote - t <= ThatClauseReach && tokens[t].Sentence == tokens[quote].Sentence && !tokens[t].Has(TokenFlags.InQuote); t--)
        {
            if (tokens[t].Text(text) is not "that" || !SaidNounLookup.Contains(tokens[t - 1].Text(text))) continue;
            foreach (var m in mentions)
                if (m.LastToken == t - 2 && tokens[m.LastToken].Has(TokenFlags.Possessive))
                    return m.Person;
            return null;
        }
        return null;
    }

    /// <summary>How many words a "that" clause may run before the quote it holds.</summary>
    private const int ThatClauseReach = 20;

    /// <summary>The person named from <paramref name="from"/>, after at most titles, offices and parties, right before
    /// the comma or colon that opens the quote: not "Jo Bloggs's lawyer" (someone of theirs), not "agreed not to quote
    /// Jo Bloggs on “…”" (the words are not theirs).</summary>
    private static int? NameStartingAt(string text, List<Token> tokens, List<ResolvedMention> mentions, int from, int quote)
    {
        var first = from;
        while (first < quote && (tokens[first].Class is WordClass.Role or WordClass.RoleModifier or WordClass.Party
                                 || tokens[first].Text(text) is "the" or "former")) first++;
        foreach (var m in mentions)
            if ((m.FirstToken == from || m.FirstToken == first) && m.LastToken < quote && !tokens[m.LastToken].Has(TokenFlags.Possessive)
                && OpensQuote(text.AsSpan(tokens[m.LastToken].After, tokens[quote].Start - tokens[m.LastToken].After)))
                return m.Person;
        return null;
    }

    /// <summary>Only a comma or a colon, with spaces and quote marks, stands between the name and the quoted words.</summary>
    private static bool OpensQuote(ReadOnlySpan<char> between)
    {
        var marks = 0;
        foreach (var c in between)
            if (c is ',' or ':') marks++;
            else if (!char.IsWhiteSpace(c) && c is not ('“' or '"' or '‘' or '\'')) return false;
        return marks == 1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SaidNounLookup = VocabularyWords.Lookup(VocabularyWords.SaidNouns);
}
