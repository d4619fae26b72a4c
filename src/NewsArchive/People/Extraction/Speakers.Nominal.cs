using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Speakers named by a phrase, not a name: an office ("the mayor"), a body or someone unnamed ("a source").</summary>
internal static partial class Speakers
{
    /// <summary>"The Labour leader set out…": an office opening the sentence at <paramref name="at"/>, or nothing.</summary>
    public static SpeakerPhrase OfficeOpening(string text, List<Token> tokens, int at) =>
        tokens[at].Is(text, "The") && Nominal(text, tokens, at, forward: true) is { Kind: SpeakerKind.Office } office ? office : default;

    /// <summary>"According to the Green party leader, the NHS is “moving to the American system”": the office the
    /// sentence opens on as the source of what it says.</summary>
    public static SpeakerPhrase AccordingToOffice(string text, List<Token> tokens, int first) =>
        first + 2 < tokens.Count && tokens[first].Is(text, "According") && tokens[first + 1].Is(text, "to") && tokens[first + 2].Is(text, "the")
        && tokens[first + 2].Sentence == tokens[first].Sentence && Nominal(text, tokens, first + 2, forward: true) is { Kind: SpeakerKind.Office } office
            ? office : default;

    /// <summary>"When asked about the cuts, the President was clear:": an office right after the comma of a clause
    /// that opens the sentence (before <paramref name="before"/>) is the sentence's subject.</summary>
    public static SpeakerPhrase OfficeAfterOpeningClause(string text, List<Token> tokens, int first, int before)
    {
        if (!OpeningClause.Contains(tokens[first].Text(text).ToString())) return default;
        for (var t = first + 1; t < before && tokens[t].Sentence == tokens[first].Sentence; t++)
            if (text.AsSpan(tokens[t - 1].After, tokens[t].Start - tokens[t - 1].After).Contains(','))
                return tokens[t].Is(text, "the") && Nominal(text, tokens, t, forward: true) is { Kind: SpeakerKind.Office } office ? office : default;
        return default;
    }

    /// <summary>Class: words that open a clause before the sentence's subject ("When asked…,", "Speaking to…,").</summary>
    private static readonly HashSet<string> OpeningClause = new(StringComparer.Ordinal)
    {
        "When", "While", "After", "Before", "Asked", "Pressed", "Questioned", "Challenged", "Speaking", "Responding", "Writing",
    };

    /// <summary>"the mayor", "the Tory leader", "a spokesman", "one Labour MP", "Downing Street", "Labour": an
    /// office names a person the article has given it to; anything else speaks without a name.</summary>
    private static SpeakerPhrase Nominal(string text, List<Token> tokens, int at, bool forward)
    {
        // Walk to the determiner that opens the phrase (backward) or to the head that closes it (forward).
        int first = at, head = at;
        if (forward)
        {
            // "said one CGCU departmental representative": on to the first word that can head a speaker.
            for (var h = at; h < tokens.Count && h - at <= 5 && tokens[h].Sentence == tokens[at].Sentence && (h == at || tokens[h].Has(TokenFlags.Joined)); h++)
            {
                // "The comments of union General Secretary …": the phrase's head comes before any "of".
                if (tokens[h].Class is WordClass.Speech or WordClass.Pronoun || tokens[h].Has(TokenFlags.InQuote) || tokens[h].Is(text, "of")) break;
                if (tokens[h].Class is WordClass.Role or WordClass.Descriptor or WordClass.Unnamed or WordClass.Party || IsSpokesperson(text, tokens[h]) || IsOfficeMember(text, tokens, h))
                {
                    head = h;
                    // The head is the last of the phrase's offices and parties ("the Tory leader", "the Green party leader").
                    if (h + 1 < tokens.Count && tokens[h + 1].Has(TokenFlags.Joined) && tokens[h + 1].Class is WordClass.Role or WordClass.RoleModifier) continue;
                    if (h + 2 < tokens.Count && tokens[h + 1].Has(TokenFlags.Joined) && tokens[h + 1].Is(text, "party") && tokens[h + 2].Class == WordClass.Role) continue;
                    break;
                }
            }
        }
        else
        {
            while (first > 0 && tokens[first].Has(TokenFlags.Joined) && tokens[first - 1].Sentence == tokens[at].Sentence
                   && (IsLabel(text, tokens[first - 1]) || IsDeterminer(text, tokens[first - 1]) || tokens[first - 1].Class == WordClass.Cue))
                first--;
        }
        var headToken = tokens[head];
        // The determiner may stand a few words before, past words that describe ("one usually supportive Labour MP").
        var opener = first;
        for (var d = first; d >= 0 && first - d <= 4 && tokens[d].Sentence == tokens[at].Sentence; d--)
        {
            if (IsDeterminer(text, tokens[d])) { opener = d; break; }
            if (!tokens[d].Has(TokenFlags.Joined)) break;
        }
        var determiner = tokens[opener].Text(text);
        var indefinite = determiner is "a" or "A" or "an" or "An" or "one" or "One" or "some" or "Some" or "another" or "Another";
        var definite = determiner is "the" or "The" or "his" or "her" or "His" or "Her";
        if (headToken.Class == WordClass.Unnamed || IsSpokesperson(text, headToken) || indefinite && headToken.Class is WordClass.Role or WordClass.Descriptor)
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: head);
        if ((headToken.Class == WordClass.Role || IsOfficeMember(text, tokens, head)) && !IsPlural(text, headToken))
            return definite ? new SpeakerPhrase(SpeakerKind.Office, Token: head, From: opener) : new SpeakerPhrase(SpeakerKind.Unnamed, Token: head);
        // "Labour said", "Downing Street said", "the Home Office said": a party or a body speaks.
        if (headToken.Class is WordClass.Party or WordClass.Cue || IsPlural(text, headToken) && headToken.Class is WordClass.Role or WordClass.Descriptor)
            return new SpeakerPhrase(SpeakerKind.Unnamed, Token: head);
        return default;
    }

    /// <summary>The office word before "of" or "for" and the capitalised place ending at <paramref name="last"/>.</summary>
    private static int? OfficeBeforePlace(string text, List<Token> tokens, int last)
    {
        var j = last;
        // A seat's name may join two places ("the MP for Sleaford and North Hykeham").
        while (j > 0 && last - j < 6 && tokens[j].Has(TokenFlags.Joined)
               && (tokens[j].Has(TokenFlags.Capitalised) || j < last && tokens[j].Is(text, "and") && tokens[j - 1].Has(TokenFlags.Capitalised)))
            j--;
        if (j == last || j < 1 || !(tokens[j].Is(text, "of") || tokens[j].Is(text, "for")) || !tokens[j].Has(TokenFlags.Joined)
            || tokens[j - 1].Class != WordClass.Role || tokens[j - 1].Sentence != tokens[last].Sentence)
            return null;
        return j - 1;
    }

    /// <summary>"a letter … which read", "the by-laws which state": a verb of writing after "which" or "that" whose
    /// antecedent, a few words back, speaks for no one person: a document, a body or a source (the vocabulary's
    /// unnamed class).</summary>
    public static bool DocumentVerb(string text, List<Token> tokens, int verb)
    {
        if (verb < 2 || tokens[verb].Text(text) is not ("read" or "reads" or "state" or "states" or "stated" or "said" or "says")
            || tokens[verb - 1].Text(text) is not ("which" or "that")) return false;
        for (var i = verb - 2; i >= 0 && verb - i <= 12 && tokens[i].Sentence == tokens[verb].Sentence; i--)
            if (tokens[i].Class == WordClass.Unnamed) return true;
        return false;
    }

    /// <summary>"cabinet member", "shadow cabinet member": a member of a body an office names is an office holder.</summary>
    private static bool IsOfficeMember(string text, List<Token> tokens, int at) =>
        at > 0 && tokens[at].Is(text, "member") && tokens[at].Has(TokenFlags.Joined) && tokens[at - 1].Class == WordClass.RoleModifier;

    private static bool IsDeterminer(string text, in Token token) => IsDeterminerWord(token.Text(text));

    public static bool IsDeterminerWord(ReadOnlySpan<char> word)
    {
        return word is "the" or "The" or "a" or "A" or "an" or "An" or "one" or "One" or "some" or "Some" or "his" or "her" or "His" or "Her"
            or "its" or "their" or "another" or "Another";
    }

    public static bool IsSpokesperson(string text, in Token token)
    {
        var word = token.Text(text);
        return word.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Spokes", StringComparison.Ordinal);
    }

    private static bool IsPlural(string text, in Token token)
    {
        var word = token.Text(text);
        return word is "MPs" or "MSPs" or "MEPs" or "ministers" or "Ministers" or "candidates" or "leaders" or "officials";
    }

    /// <summary>The name after the first comma following an office or a spokesman, with only titles, offices and
    /// parties between ("the chairman of the committee, Labour MP Barry Sheerman").</summary>
    public static SpeakerPhrase? NameInApposition(string text, List<Token> tokens, List<ResolvedMention> mentions, int head)
    {
        for (var j = head + 1; j < tokens.Count && j - head <= 10 && tokens[j].Sentence == tokens[head].Sentence && !tokens[j].Has(TokenFlags.InQuote); j++)
        {
            if (!SetOff(text, tokens, j)) continue;
            foreach (var m in mentions)
                if (m.FirstToken >= j && m.FirstToken <= j + 4 && OnlyLabelsBetween(text, tokens, j, m.FirstToken))
                    return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
            return null;
        }
        return null;
    }

    /// <summary>The name opening the sentence before a comma and a capitalised phrase with no article that ends at
    /// <paramref name="last"/> ("Colin Asplin, Blackpool Hotel Association").</summary>
    private static SpeakerPhrase? BareApposition(string text, List<Token> tokens, List<ResolvedMention> mentions, int last)
    {
        var start = last;
        while (start > 0 && tokens[start].Has(TokenFlags.Joined) && tokens[start - 1].Sentence == tokens[last].Sentence
               && (tokens[start - 1].Has(TokenFlags.Capitalised) || tokens[start - 1].Class is WordClass.Cue or WordClass.Party or WordClass.Role))
            start--;
        if (start == 0 || IsDeterminer(text, tokens[start]) || !text.AsSpan(tokens[start - 1].After, tokens[start].Start - tokens[start - 1].After).Contains(','))
            return null;
        foreach (var m in mentions)
            if (m.LastToken == start - 1 && IsSubject(text, tokens, m)) return new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken);
        return null;
    }
}
