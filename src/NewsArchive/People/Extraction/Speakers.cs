using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Who a verb of speech has for its speaker, as the words say it: a named person, a pronoun, an
/// office ("the mayor", "the Tory leader"), or someone unnamed ("a source", "Labour", "officials").</summary>
internal readonly record struct SpeakerPhrase(SpeakerKind Kind, int Person = -1, int Token = -1);

internal enum SpeakerKind : byte
{
    Nobody,
    Person,
    Pronoun,
    Office,
    Unnamed,
}

/// <summary>Reads the speaker phrase next to a verb of speech, and which mentions are the subject of their sentence.</summary>
internal static class Speakers
{
    /// <summary>The speaker of an inverted verb ("…," said Mr Oaten / said the mayor / said a spokesman).</summary>
    public static SpeakerPhrase After(string text, List<Token> tokens, List<ResolvedMention> mentions, int verb)
    {
        var next = verb + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[verb].Sentence || tokens[next].Has(TokenFlags.InQuote)) return default;
        if (tokens[next].Class == WordClass.Pronoun) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: next);
        foreach (var m in mentions)
            if (m.FirstToken >= next && m.FirstToken <= next + 4 && OnlyLabelsBetween(text, tokens, next, m.FirstToken))
                return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        return Nominal(text, tokens, next, forward: true);
    }

    /// <summary>The speaker of a verb from the words before it: "Mr Khan said", "he added", "the mayor said",
    /// "a source said", "Shahid Malik, who is on Labour's NEC, said".</summary>
    public static SpeakerPhrase Before(string text, List<Token> tokens, List<ResolvedMention> mentions, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k].Sentence == tokens[verb].Sentence && PersonEvidence.IsFiller(text, tokens[k]) && tokens[k + 1].Has(TokenFlags.Joined)) k--;
        if (k < 0 || tokens[k].Sentence != tokens[verb].Sentence || tokens[k].Has(TokenFlags.InQuote)) return default;
        foreach (var m in mentions)
        {
            if (m.LastToken != k) continue;
            // "A source close to Mr Starmer said": the name is the object of a phrase whose head speaks.
            return !IsSubject(text, tokens, m) && UnnamedHeadBefore(text, tokens, m.FirstToken) is { } unnamed
                ? new SpeakerPhrase(SpeakerKind.Unnamed, Token: unnamed)
                : new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        }
        if (tokens[k].Class == WordClass.Pronoun) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: k);
        if (tokens[k + 1].Has(TokenFlags.Joined))
        {
            var nominal = Nominal(text, tokens, k, forward: false);
            if (nominal.Kind != SpeakerKind.Nobody) return nominal;
        }
        // After a description in commas, the subject is the sentence's own subject, named before it.
        if (!tokens[k + 1].Has(TokenFlags.Joined) || text.AsSpan(tokens[k].After, tokens[k + 1].Start - tokens[k].After).Contains(','))
            foreach (var m in mentions)
                if (tokens[m.FirstToken].Sentence == tokens[verb].Sentence && m.FirstToken < verb && IsSubject(text, tokens, m))
                    return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        return default;
    }

    /// <summary>An unnamed speaker earlier in the sentence whose phrase the name ends ("a source close to Mr X",
    /// "a spokesman for Mr X").</summary>
    private static int? UnnamedHeadBefore(string text, List<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && tokens[i].Sentence == tokens[first].Sentence && first - i <= 6; i--)
            if (tokens[i].Class == WordClass.Unnamed || IsSpokesperson(text, tokens[i])) return i;
        return null;
    }

    /// <summary>True when the mention opens its clause: at the sentence's start after any title, party or
    /// office words, after a comma or a time ("On Tuesday Labour chairman Ian McCartney said"), or right
    /// before a verb of speech. A name after a verb or a preposition is an object, not a subject.</summary>
    public static bool IsSubject(string text, List<Token> tokens, in ResolvedMention m)
    {
        if (tokens[m.FirstToken].Has(TokenFlags.InQuote)) return false;
        // Back over the noun phrase the name ends: titles, offices, parties and capitalised words
        // ("Fostering Network executive director Robert Tapsfield").
        var k = m.FirstToken - 1;
        while (k >= 0 && tokens[k + 1].Has(TokenFlags.Joined) && tokens[k].Sentence == tokens[m.FirstToken].Sentence
               && (IsLabel(text, tokens[k]) || tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.InQuote)))
            k--;
        if (k < 0 || tokens[k].Sentence != tokens[m.FirstToken].Sentence) return true;
        if (!tokens[k + 1].Has(TokenFlags.Joined) && !tokens[k].Has(TokenFlags.Possessive))
        {
            // After a comma: an opening phrase ("Appearing on Radio 4, Mr Malik"), not a list of names.
            var gap = text.AsSpan(tokens[k].After, tokens[k + 1].Start - tokens[k].After);
            return !(gap.Contains(',') && tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.SentenceStart));
        }
        var word = tokens[k].Text(text);
        if (word is "and" or "but" or "while" or "yesterday" or "today" or "tonight") return true;
        // After a preposition or a verb the name is an object: "close to Mr Starmer", "expecting Angela Rayner".
        return !(IsPreposition(word) || tokens[k].Class == WordClass.Speech || word.EndsWith("ing") || word.EndsWith("ed")
                 || word is "met" or "beat" or "told" or "sacked" or "backed" or "named" or "appointed" or "thanked");
    }

    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "to" or "of" or "for" or "with" or "by" or "from" or "at" or "on" or "in" or "about" or "against" or "than"
            or "like" or "as" or "between" or "over" or "under" or "into" or "onto" or "towards" or "behind" or "beside"
            or "near" or "without" or "via" or "per" or "alongside" or "among" or "amid" or "despite" or "after" or "before";

    private static bool IsWeekday(ReadOnlySpan<char> word) =>
        word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    private static bool IsLabel(string text, in Token token) =>
        token.Class is WordClass.Honorific or WordClass.NameTitle or WordClass.Role or WordClass.RoleModifier or WordClass.Descriptor
            or WordClass.Party or WordClass.Nationality
        || token.Is(text, "the") || token.Is(text, "The") || token.Is(text, "of") || token.Is(text, "former");

    private static bool OnlyLabelsBetween(string text, List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!IsLabel(text, tokens[i])) return false;
        return true;
    }

    /// <summary>"the mayor", "the Tory leader", "a spokesman", "one Labour MP", "Downing Street", "Labour": an
    /// office names a person the article has given it to; anything else speaks without a name.</summary>
    private static SpeakerPhrase Nominal(string text, List<Token> tokens, int at, bool forward)
    {
        // Walk to the determiner that opens the phrase (backward) or to the head that closes it (forward).
        int first = at, head = at;
        if (forward)
        {
            while (head + 1 < tokens.Count && tokens[head + 1].Has(TokenFlags.Joined) && !tokens[head].Has(TokenFlags.Possessive)
                   && (IsLabel(text, tokens[head]) || IsDeterminer(text, tokens[head])) && tokens[head + 1].Sentence == tokens[at].Sentence)
                head++;
        }
        else
        {
            while (first > 0 && tokens[first].Has(TokenFlags.Joined) && tokens[first - 1].Sentence == tokens[at].Sentence
                   && (IsLabel(text, tokens[first - 1]) || IsDeterminer(text, tokens[first - 1]) || tokens[first - 1].Class == WordClass.Cue))
                first--;
        }
        var headToken = tokens[head];
        var determiner = tokens[first].Text(text);
        var indefinite = determiner is "a" or "A" or "an" or "An" or "one" or "One" or "some" or "Some";
        if (headToken.Class == WordClass.Unnamed || IsSpokesperson(text, headToken) || indefinite && headToken.Class is WordClass.Role or WordClass.Descriptor)
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: head);
        if (headToken.Class == WordClass.Role && !IsPlural(text, headToken))
            return new SpeakerPhrase(SpeakerKind.Office, Token: head);
        // "Labour said", "Downing Street said", "the Home Office said": a party or a body speaks.
        if (headToken.Class is WordClass.Party or WordClass.Cue || IsPlural(text, headToken) && headToken.Class is WordClass.Role or WordClass.Descriptor)
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: head);
        return default;
    }

    private static bool IsDeterminer(string text, in Token token)
    {
        var word = token.Text(text);
        return word is "the" or "The" or "a" or "A" or "an" or "An" or "one" or "One" or "some" or "Some" or "his" or "her" or "its" or "their";
    }

    private static bool IsSpokesperson(string text, in Token token)
    {
        var word = token.Text(text);
        return word.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Spokes", StringComparison.Ordinal);
    }

    private static bool IsPlural(string text, in Token token)
    {
        var word = token.Text(text);
        return word is "MPs" or "MSPs" or "MEPs" or "ministers" or "Ministers" or "candidates" or "leaders" or "officials";
    }
}
