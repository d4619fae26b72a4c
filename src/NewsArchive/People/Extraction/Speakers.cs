using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Who a verb of speech has for its speaker, as the words say it: a named person, a pronoun, an
/// office ("the mayor", "the Tory leader"), or someone unnamed ("a source", "Labour", "officials").</summary>
/// <param name="Token">The person's first word, the pronoun, or the head of an office or unnamed speaker.</param>
/// <param name="From">Where an office's phrase opens ("the Labour leader"), to read its party.</param>
internal readonly record struct SpeakerPhrase(SpeakerKind Kind, int Person = -1, int Token = -1, int From = -1);

internal enum SpeakerKind : byte
{
    Nobody,
    Person,
    Pronoun,
    Office,
    Unnamed,
    /// <summary>A verb with no subject of its own ("And continued: …"): the subject of the text.</summary>
    Subject,
}

/// <summary>Reads the speaker phrase next to a verb of speech, and which mentions are the subject of their sentence.</summary>
internal static partial class Speakers
{
    /// <summary>The speaker of an inverted verb ("…," said Mr Oaten / said the mayor / said a spokesman).</summary>
    public static SpeakerPhrase After(string text, List<Token> tokens, List<ResolvedMention> mentions, int verb)
    {
        var next = verb + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[verb].Sentence || tokens[next].Has(TokenFlags.InQuote)) return default;
        // "told he was", "told MPs": what follows "told" is the hearer, never the speaker.
        if (tokens[verb].Text(text) is "told" or "tell" or "tells") return default;
        if (tokens[next].Class == WordClass.Pronoun) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: next);
        // "pledged that the party would …": what follows "that" is what was said, not who said it.
        if (tokens[next].Is(text, "that")) return default;
        foreach (var m in mentions)
            if (m.FirstToken >= next && m.FirstToken <= next + 4 && (OnlyLabelsBetween(text, tokens, next, m.FirstToken) || OfficeWordsBetween(text, tokens, next, m.FirstToken)))
                return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        var nominal = Nominal(text, tokens, next, forward: true);
        // "said the chairman of the committee, Labour MP Barry Sheerman": the name in apposition to the office.
        return nominal.Kind is SpeakerKind.Office or SpeakerKind.Unnamed && NameInApposition(text, tokens, mentions, nominal.Token) is { } named ? named : nominal;
    }

    /// <summary>The speaker of a verb from the words before it: "Mr Khan said", "he added", "the mayor said",
    /// "a source said", "Shahid Malik, who is on Labour's NEC, said".</summary>
    public static SpeakerPhrase Before(string text, List<Token> tokens, List<ResolvedMention> mentions, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k].Sentence == tokens[verb].Sentence && PersonEvidence.IsFiller(text, tokens[k]) && tokens[k + 1].Has(TokenFlags.Joined)) k--;
        // "Mr Brown is alleged to have told": a report of what someone said is still theirs.
        if (HearsayBefore(text, tokens, k) is var hearsay && hearsay < k)
        {
            k = hearsay;
            while (k >= 0 && tokens[k].Sentence == tokens[verb].Sentence && PersonEvidence.IsFiller(text, tokens[k]) && tokens[k + 1].Has(TokenFlags.Joined)) k--;
        }
        // "Adding that: …" opening a sentence goes on with the subject of the one before.
        if ((k < 0 || tokens[k].Sentence != tokens[verb].Sentence) && tokens[verb].Text(text) is "Adding" or "Saying")
            return new SpeakerPhrase(SpeakerKind.Subject, Token: verb);
        if (k < 0 || tokens[k].Sentence != tokens[verb].Sentence || tokens[k].Has(TokenFlags.InQuote)) return default;
        // "Jo Bloggs MP commented": letters after a name are part of how the speaker is written, and the name is read
        // as if they were not there ("a spokesman for Jo Bloggs MP said" is still the spokesman's).
        var written = k;
        // Only after a name: "the Tory MP admitted" is an office.
        if (k > 0 && tokens[k].Has(TokenFlags.Joined) && tokens[k].Text(text) is "MP" or "MEP" or "MSP" or "QC" or "KC"
            && mentions.Exists(m => m.LastToken == k - 1)) k--;
        foreach (var m in mentions)
        {
            if (m.LastToken != k) continue;
            // "Nicola Sturgeon, responding to Miliband, said": a name ending a phrase set off in commas is its object;
            // the speaker is the name the phrase follows.
            if (!tokens[written + 1].Has(TokenFlags.Joined) && AfterPreposition(text, tokens, m.FirstToken)
                && NameBeforeDescription(text, tokens, mentions, k) is { } described)
                return described;
            // "A source close to Mr Starmer said": the name is the object of a phrase whose head speaks.
            return AfterPreposition(text, tokens, m.FirstToken) && UnnamedHeadBefore(text, tokens, m.FirstToken) is { } unnamed
                ? new SpeakerPhrase(SpeakerKind.Unnamed, Token: unnamed)
                : new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        }
        if (tokens[k].Class == WordClass.Pronoun) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: k);
        // "… by Mr Blair, who said: …", "business leaders including Sir Jo Bloggs who warns of …": the relative
        // pronoun stands for the name right before it; "Jo Bloggs, a history student, who told …": for the name
        // before the description in commas.
        // Without a comma, a name after a preposition is the object of the phrase the clause belongs to ("a friend of
        // Jo Bloggs who asked not to be named said"): not its speaker.
        if (tokens[k].Is(text, "who") && k > 0)
        {
            var setOff = SetOff(text, tokens, k);
            foreach (var m in mentions)
                if (m.LastToken == k - 1 && (setOff || !AfterPreposition(text, tokens, m.FirstToken))) return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
            if (setOff && NameBeforeDescription(text, tokens, mentions, k - 1) is { } described) return described;
        }
        // "And continued: …", "… and added: …": a verb joined on with no subject of its own.
        if (tokens[k].Text(text) is "And" or "and" or "But" or "but") return new SpeakerPhrase(SpeakerKind.Subject, Token: k);
        // "Mr Crosby's statement said": a person's own statement, letter or message speaks for them; so does the "it"
        // that goes on from it ("… It added: …").
        if ((DocumentOwner(text, tokens, mentions, k) ?? (tokens[k].Text(text) is "it" or "It" ? DocumentOwnerBefore(text, tokens, mentions, k) : null)) is { } owner)
            return new SpeakerPhrase(SpeakerKind.Person, owner.Person, owner.FirstToken);
        // "Manchester United's manager said": someone of the name's, unnamed, speaks; not the name.
        if (k > 0 && tokens[k - 1].Has(TokenFlags.Possessive) && tokens[k].Has(TokenFlags.Joined) && char.IsLower(text[tokens[k].Start])
            && tokens[k].Class == WordClass.None && !IsPlural(text, tokens[k]))
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: k);
        // "despite being told he was …", "she was told": told in the passive has an unnamed speaker.
        if (tokens[k].Text(text) is "being" or "been" or "was" or "were" or "is" or "are" && tokens[verb].Text(text) is "told" or "asked")
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: verb);
        // "a letter left at the Treasury which read: …", "the by-laws which state that …": a document speaks.
        if (DocumentVerb(text, tokens, verb)) return new SpeakerPhrase(SpeakerKind.Unnamed, Token: k);
        // "the election by-laws which state that …": a relative pronoun after a body or a document is theirs.
        if (tokens[k].Text(text) is "which" or "that" && k > 0 && tokens[k - 1].Class == WordClass.Unnamed)
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: k - 1);
        // "they told MailOnline", "it said": a group or a body speaks, not a named person.
        if (tokens[k].Text(text) is "they" or "They" or "we" or "We" or "it" or "It") return new SpeakerPhrase(SpeakerKind.Unnamed, Token: k);
        // "the Mayor of London said", "the Labour MP for Birkenhead asked": the office's head stands before its place.
        if (tokens[k + 1].Has(TokenFlags.Joined) && OfficeBeforePlace(text, tokens, k) is { } officeHead
            && Nominal(text, tokens, officeHead, forward: false) is { Kind: SpeakerKind.Office } placed)
            return placed;
        if (tokens[k + 1].Has(TokenFlags.Joined))
        {
            var nominal = Nominal(text, tokens, k, forward: false);
            // "Colin Asplin, Blackpool Hotel Association said": a body or an office with no article, in apposition to
            // the name opening the sentence, says who the person is, not who spoke.
            if (nominal.Kind is SpeakerKind.Unnamed && BareApposition(text, tokens, mentions, k) is { } named) return named;
            // "Robert Gates, the US Defence Secretary argued": the office is in apposition to the name opening the clause.
            if (nominal is { Kind: SpeakerKind.Office, From: > 0 } office && text.AsSpan(tokens[office.From - 1].After, tokens[office.From].Start - tokens[office.From - 1].After) is ", ")
                foreach (var m in mentions)
                    if (m.LastToken == office.From - 1 && IsSubject(text, tokens, m)) return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
            if (nominal.Kind != SpeakerKind.Nobody) return nominal;
        }
        // After a description in commas, the subject is the name the description follows ("David Cameron, MP for
        // Witney, added"), else the sentence's own subject, named before it.
        if (!tokens[k + 1].Has(TokenFlags.Joined) || text.AsSpan(tokens[k].After, tokens[k + 1].Start - tokens[k].After).Contains(','))
        {
            if (NameBeforeDescription(text, tokens, mentions, k) is { } named) return named;
            foreach (var m in mentions)
                if (tokens[m.FirstToken].Sentence == tokens[verb].Sentence && m.FirstToken < verb && IsSubject(text, tokens, m))
                    return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        }
        return default;
    }

    /// <summary>The name right before the comma that opens the description ending at <paramref name="last"/>.</summary>
    private static SpeakerPhrase? NameBeforeDescription(string text, List<Token> tokens, List<ResolvedMention> mentions, int last)
    {
        for (var j = last - 1; j >= 0 && last - j <= 10 && tokens[j].Sentence == tokens[last].Sentence && !tokens[j].Has(TokenFlags.InQuote); j--)
        {
            if (tokens[j + 1].Has(TokenFlags.Joined) || !text.AsSpan(tokens[j].After, tokens[j + 1].Start - tokens[j].After).Contains(',')) continue;
            foreach (var m in mentions)
                if (m.LastToken == j) return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
            return null;
        }
        return null;
    }

    /// <summary>"She warned Boris Johnson …, saying …", "The documentary showed Mr Nattrass, …, telling the
    /// meeting: …": a participle of speech belongs to its sentence's subject (a pronoun or office opening it, or a
    /// name in a subject's place), else to the person named last before it.</summary>
    public static SpeakerPhrase? ParticipleSpeaker(string text, List<Token> tokens, List<ResolvedMention> mentions, int verb)
    {
        if (!tokens[verb].Text(text).EndsWith("ing", StringComparison.Ordinal)) return null;
        var sentence = tokens[verb].Sentence;
        var first = verb;
        while (first > 0 && tokens[first - 1].Sentence == sentence) first--;
        if (OpeningPronoun(text, tokens, first) is { } pronoun && pronoun < verb) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: pronoun);
        // "Mr Blair has failed, he claimed, saying …": the participle is the tag's speaker's.
        if (TagBefore(text, tokens, first, verb) is { } tag) return new SpeakerPhrase(SpeakerKind.Pronoun, Token: tag);
        if (OpeningClauseSubject(text, tokens, mentions, first, verb) is { } opening) return opening;
        if (OfficeOpening(text, tokens, first) is { Kind: SpeakerKind.Office } office) return office;
        ResolvedMention? last = null;
        foreach (var m in mentions)
        {
            if (m.LastToken >= verb || tokens[m.FirstToken].Sentence != sentence || tokens[m.FirstToken].Has(TokenFlags.InQuote)) continue;
            if (IsSubject(text, tokens, m)) return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
            last = m;
        }
        return last is { } named ? new SpeakerPhrase(SpeakerKind.Person, named.Person, named.FirstToken) : null;
    }

    /// <summary>True when the mention opens its clause: at the sentence's start after any title, party or
    /// office words, after a comma or a time ("On Tuesday Labour chairman Ian McCartney said"), or right
    /// before a verb of speech. A name after a verb or a preposition is an object, not a subject.</summary>
    public static bool IsSubject(string text, List<Token> tokens, in ResolvedMention m)
    {
        if (tokens[m.FirstToken].Has(TokenFlags.InQuote)) return false;
        // "The problem for May was that …", "the fight against Trump has …": a name a preposition governs is no
        // subject, though a verb follows it. Not "of" or "from": "the message from Nick Clegg was that" is his.
        if (PrepositionBefore(text, tokens, m.FirstToken) && !AccordingToBefore(text, tokens, m.FirstToken)) return false;
        if (VerbFollows(text, tokens, m.LastToken) || VerbAfterRelativeClause(text, tokens, m.LastToken) || VerbAfterApposition(text, tokens, m)) return true;
        // Back over the noun phrase the name ends: titles, offices, parties and capitalised words
        // ("Fostering Network executive director Robert Tapsfield").
        var k = m.FirstToken - 1;
        while (k >= 0 && tokens[k + 1].Has(TokenFlags.Joined) && tokens[k].Sentence == tokens[m.FirstToken].Sentence
               && (IsLabel(text, tokens[k]) || tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.InQuote)))
            k--;
        if (k < 0 || tokens[k].Sentence != tokens[m.FirstToken].Sentence) return true;
        if (!tokens[k + 1].Has(TokenFlags.Joined) && !tokens[k].Has(TokenFlags.Possessive))
        {
            var gap = text.AsSpan(tokens[k].After, tokens[k + 1].Start - tokens[k].After);
            // "According to current President, Victor du Buisson": named in apposition to an office after
            // "according to", the source of what follows.
            if (gap.Contains(',') && tokens[k].Class == WordClass.Role && AccordingToBefore(text, tokens, k)) return true;
            // "The Shadow Secretary of State for Justice, Sadiq Khan, …": in apposition to the office opening the sentence.
            if (gap.Contains(',') && OfficeOpensSentence(text, tokens, m.FirstToken)) return true;
            // After a comma: an opening phrase ("Appearing on Radio 4, Mr Malik"), not a list of names.
            return !(gap.Contains(',') && tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.SentenceStart));
        }
        // Only a conjunction or a word of time may stand right before a subject: after any other word
        // ("close to Mr Starmer", "expecting Angela Rayner", "rang Lucy") the name is an object.
        if (AccordingToBefore(text, tokens, k + 1)) return true;
        var word = tokens[k].Text(text);
        return word is "and" or "but" or "while" or "when" or "as" or "after" or "before" or "because" or "if" or "although"
            or "though" or "yesterday" or "today" or "tonight" or "then" or "now" or "also" or "meanwhile" or "later" or "earlier";
    }

    /// <summary>A preposition right before the name, in its sentence, with nothing between them.</summary>
    private static bool PrepositionBefore(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first].Has(TokenFlags.Joined) && tokens[first - 1].Sentence == tokens[first].Sentence
        && tokens[first - 1].Text(text) is "for" or "to" or "with" or "against" or "about" or "towards" or "at" or "into" or "than" or "on";

    /// <summary>An office phrase that opens the sentence with "The" and ends in the comma right before the name.</summary>
    private static bool OfficeOpensSentence(string text, List<Token> tokens, int first)
    {
        var start = first - 1;
        while (start > 0 && tokens[start - 1].Sentence == tokens[first].Sentence) start--;
        return tokens[start].Is(text, "The") && first - start <= 12 && Office.InPhraseBefore(text, tokens, first) is not null;
    }

    /// <summary>"according to (the office) …" just before the token.</summary>
    private static bool AccordingToBefore(string text, List<Token> tokens, int at)
    {
        var k = at - 1;
        while (k > 0 && (tokens[k].Class is WordClass.Role or WordClass.RoleModifier or WordClass.Party
                         || tokens[k].Text(text) is "the" or "current" or "former" or "then" or "new")) k--;
        return k >= 1 && tokens[k].Is(text, "to") && tokens[k - 1].Text(text) is "according" or "According";
    }

    /// <summary>A verb right after the name makes it a subject, however the sentence opens ("from the left of the
    /// party former shadow chancellor John McDonnell piled in"): a verb of speech, an auxiliary, a past tense.</summary>
    private static bool VerbFollows(string text, List<Token> tokens, int last)
    {
        var next = last + 1;
        if (next >= tokens.Count || !tokens[next].Has(TokenFlags.Joined) || tokens[next].Sentence != tokens[last].Sentence) return false;
        return IsVerb(text, tokens[next]);
    }

    /// <summary>A comma or a dash (not a hyphen) stands between the token and the one before it.</summary>
    public static bool SetOff(string text, List<Token> tokens, int at)
    {
        var gap = text.AsSpan(tokens[at - 1].After, tokens[at].Start - tokens[at - 1].After);
        return gap.IndexOfAny(",\u2013\u2014") >= 0 || gap.Contains('-') && gap.Length > 1;
    }

    /// <summary>A verb that makes the name before it a subject: a verb of speech, an auxiliary, a past tense.</summary>
    public static bool IsVerb(string text, in Token token)
    {
        if (token.Class == WordClass.Speech) return true;
        var word = token.Text(text);
        if (word.Length < 2 || !char.IsLower(word[0])) return false;
        return word is "has" or "had" or "have" or "was" or "is" or "will" or "would" or "could" or "should" or "can" or "may"
                or "might" or "must" or "did" or "does" or "wrote" or "won" or "lost" or "took" or "made" or "went" or "came"
                or "met" or "rang" or "gave" or "got" or "left" or "led" or "held" or "kept" or "sent" or "spoke" or "became"
            || word.EndsWith("ed") && word.Length > 3;
    }

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

    /// <summary>"said courts minister Christopher Leslie", "says third-year chemist, Michael Edwards": words in lower
    /// case that end in an office or a description, the name right after it (or after one comma), nothing else between.</summary>
    private static bool OfficeWordsBetween(string text, List<Token> tokens, int from, int to)
    {
        if (to == from || tokens[to - 1].Class is not (WordClass.Role or WordClass.Descriptor)) return false;
        if (!tokens[to].Has(TokenFlags.Joined) && text.AsSpan(tokens[to - 1].After, tokens[to].Start - tokens[to - 1].After) is not ", ") return false;
        for (var i = from; i < to; i++)
            if (!IsLabel(text, tokens[i]) && (tokens[i].Has(TokenFlags.Capitalised) || i > from && !tokens[i].Has(TokenFlags.Joined))) return false;
        return true;
    }
}
