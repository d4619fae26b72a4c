using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Where a name stands among a sentence's clauses: which clause it is the subject of.</summary>
internal static partial class Speakers
{
    /// <summary>"Gerry Conlon - who was wrongly convicted - said", "Mr Smith, who chairs the committee, warned": the
    /// name's verb comes after a relative clause set off by commas or dashes.</summary>
    private static bool VerbAfterRelativeClause(string text, List<Token> tokens, int last)
    {
        var who = last + 1;
        if (who >= tokens.Count || tokens[who].Sentence != tokens[last].Sentence || !tokens[who].Is(text, "who") || !SetOff(text, tokens, who)) return false;
        for (var j = who + 1; j < tokens.Count && j - who <= 25 && tokens[j].Sentence == tokens[last].Sentence && !tokens[j].Has(TokenFlags.InQuote); j++)
            if (SetOff(text, tokens, j)) return IsVerb(text, tokens[j]);
        return false;
    }

    /// <summary>The person named in apposition to the office opening a sentence, when a verb follows the name's
    /// second comma ("The Chelsea MP, Jo Bloggs, stated"); not a name in commas later in the sentence ("The MP thanked
    /// the organiser, Jo Bloggs, for …").</summary>
    public static int? SubjectInApposition(string text, List<Token> tokens, List<ResolvedMention> mentions, int office) =>
        NameInApposition(text, tokens, mentions, office) is { } named && mentions.FirstOrDefault(m => m.FirstToken == named.Token) is { Person: var person } m
            && m.FirstToken == named.Token && VerbAfterApposition(text, tokens, m) ? person : null;

    /// <summary>"The Chelsea and Fulham MP, Jo Bloggs, stated …", "Hammersmith's Labour MP, Jo Bloggs, said …": a name
    /// set off in commas with a verb right after the second comma is in apposition to the subject, and so the subject.</summary>
    private static bool VerbAfterApposition(string text, List<Token> tokens, in ResolvedMention m)
    {
        var next = m.LastToken + 1;
        if (m.FirstToken == 0 || next >= tokens.Count || tokens[next].Sentence != tokens[m.FirstToken].Sentence
            || tokens[m.FirstToken - 1].Sentence != tokens[m.FirstToken].Sentence || tokens[next].Has(TokenFlags.InQuote)) return false;
        return !tokens[m.FirstToken].Has(TokenFlags.Joined) && text.AsSpan(tokens[m.FirstToken - 1].After, tokens[m.FirstToken].Start - tokens[m.FirstToken - 1].After) is ", "
               && !tokens[next].Has(TokenFlags.Joined) && text.AsSpan(tokens[m.LastToken].After, tokens[next].Start - tokens[m.LastToken].After) is ", "
               && IsVerb(text, tokens[next]);
    }

    /// <summary>"Asked if Mr Blunkett could return, he replied": the name is inside the participle clause that
    /// opens the sentence, before its first comma, and is not the sentence's subject.</summary>
    public static bool InOpeningParticiple(string text, List<Token> tokens, in ResolvedMention m)
    {
        var start = m.FirstToken;
        while (start > 0 && tokens[start - 1].Sentence == tokens[m.FirstToken].Sentence) start--;
        var opener = tokens[start].Text(text);
        // "Speaking to", "Responding to": an -ing word opens a clause when a word in lower case follows it
        // ("Fostering Network executive director Robert Tapsfield" is a name's title).
        if (start == m.FirstToken || !(opener is "Asked" or "Pressed" or "Questioned" or "Challenged" or "Told"
                                       || opener.Length > 4 && char.IsUpper(opener[0]) && opener.EndsWith("ing", StringComparison.Ordinal)
                                       && !tokens[start + 1].Has(TokenFlags.Capitalised)))
            return false;
        for (var j = start + 1; j <= m.FirstToken; j++)
            if (SetOff(text, tokens, j)) return false;
        // The clause ends in a comma after the name ("Launching it Mr Clarke said" has no clause to end).
        for (var j = m.LastToken + 1; j < tokens.Count && tokens[j].Sentence == tokens[m.FirstToken].Sentence; j++)
            if (SetOff(text, tokens, j)) return true;
        return false;
    }

    /// <summary>"The comments of union General Secretary, Len McCluskey, cemented the rift": the name owns the noun
    /// the sentence opens with, so the sentence is about them as if it said "McCluskey's comments".</summary>
    public static bool OwnsOpeningNoun(string text, List<Token> tokens, in ResolvedMention m)
    {
        var start = m.FirstToken;
        while (start > 0 && tokens[start - 1].Sentence == tokens[m.FirstToken].Sentence) start--;
        if (m.FirstToken < start + 3 || !tokens[start].Is(text, "The") || !tokens[start + 2].Is(text, "of")
            || !char.IsLower(text[tokens[start + 1].Start]) || tokens[start + 1].Class != WordClass.None) return false;
        // Titles and a description may stand between ("of union General Secretary, Len McCluskey"), not a verb.
        if (m.FirstToken - (start + 3) > 5) return false;
        for (var k = start + 3; k < m.FirstToken; k++)
            if (IsVerb(text, tokens[k]) || tokens[k].Has(TokenFlags.InQuote)) return false;
        return true;
    }

    /// <summary>"…, where George Bush opposed it": the name is the subject of a clause inside the sentence, which
    /// says nothing of whom the text is about.</summary>
    public static bool InRelativeClause(string text, List<Token> tokens, in ResolvedMention m)
    {
        var k = m.FirstToken - 1;
        while (k >= 0 && tokens[k + 1].Has(TokenFlags.Joined) && IsLabel(text, tokens[k])) k--;
        return k >= 0 && tokens[k].Sentence == tokens[m.FirstToken].Sentence
            && tokens[k].Text(text) is "where" or "which" or "whom" or "whose" or "whereby" or "wherein";
    }

    /// <summary>"He", or "And he", "So she", "However, he": a pronoun opening the sentence that starts at
    /// <paramref name="first"/>, after at most a joining word or a short opening phrase set off by a comma
    /// ("Later that day, she").</summary>
    /// <summary>"Mr Pike has failed, he claimed, saying …": a "he" or "she" tagged on after a reported clause, set off by
    /// a comma and followed by a verb of speech that ends the tag. Whom it stands for is not the clause's subject, whom
    /// the writer would otherwise have named in the tag ("Mr Pike has failed, Mr Howard claimed").</summary>
    public static bool TagAfterClause(string text, List<Token> tokens, int pronoun)
    {
        var sentence = tokens[pronoun].Sentence;
        if (pronoun == 0 || tokens[pronoun - 1].Sentence != sentence || tokens[pronoun].Class != WordClass.Pronoun
            || tokens[pronoun].Has(TokenFlags.InQuote) || tokens[pronoun - 1].Has(TokenFlags.InQuote) || !SetOff(text, tokens, pronoun))
            return false;
        var verb = pronoun + 1;
        if (verb >= tokens.Count || tokens[verb].Sentence != sentence || tokens[verb].Class != WordClass.Speech) return false;
        return verb + 1 >= tokens.Count || tokens[verb + 1].Sentence != sentence || SetOff(text, tokens, verb + 1);
    }

    /// <summary>The first pronoun tagged on after a reported clause (<see cref="TagAfterClause"/>) after the sentence's
    /// first token and before <paramref name="before"/>, in the same sentence.</summary>
    public static int? TagBefore(string text, List<Token> tokens, int first, int before)
    {
        for (var p = first + 1; p < before && tokens[p].Sentence == tokens[first].Sentence; p++)
            if (TagAfterClause(text, tokens, p)) return p;
        return null;
    }

    public static int? OpeningPronoun(string text, List<Token> tokens, int first)
    {
        if (first >= tokens.Count) return null;
        if (tokens[first].Class == WordClass.Pronoun) return first;
        var sentence = tokens[first].Sentence;
        if (first + 1 < tokens.Count && tokens[first + 1].Class == WordClass.Pronoun && tokens[first + 1].Sentence == sentence
            && tokens[first].Text(text) is "And" or "But" or "So" or "Yet" or "Then" or "Now" or "Still" or "Also" or "Instead" or "Later")
            return first + 1;
        for (var i = first; i < first + OpeningPhraseWords && i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence; i++)
        {
            // A name in the opening phrase may be what the pronoun stands for, or the subject itself: not a bare opening.
            if (tokens[i].Has(TokenFlags.Capitalised) && i > first || tokens[i].Has(TokenFlags.InQuote)) return null;
            if (text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Trim() is ",")
                return tokens[i + 1].Class == WordClass.Pronoun ? i + 1 : null;
        }
        return null;
    }

    /// <summary>How long an opening phrase before "he" may be ("However,", "Later that day,", "In his speech on Monday,").</summary>
    private const int OpeningPhraseWords = 5;

    /// <summary>The person whose statement, letter or message the word at <paramref name="k"/> is ("Mr Crosby's statement").</summary>
    private static ResolvedMention? DocumentOwner(string text, List<Token> tokens, List<ResolvedMention> mentions, int k)
    {
        if (k <= 0 || tokens[k].Text(text) is not ("statement" or "letter" or "message" or "email" or "tweet" or "blog") || !tokens[k - 1].Has(TokenFlags.Possessive))
            return null;
        foreach (var m in mentions)
            if (m.LastToken == k - 1) return m;
        return null;
    }

    /// <summary>"Mr Crosby's statement said: “…” It added: “…”": the person's document that spoke in the sentence
    /// before the "it", with no other person or pronoun between.</summary>
    private static ResolvedMention? DocumentOwnerBefore(string text, List<Token> tokens, List<ResolvedMention> mentions, int it)
    {
        for (var k = it - 1; k >= 0 && tokens[k].Sentence >= tokens[it].Sentence - 1; k--)
        {
            if (tokens[k].Has(TokenFlags.InQuote)) continue;
            // The document itself spoke ("statement said"); one only sent or read ("letter was sent to the council") did not.
            if (DocumentOwner(text, tokens, mentions, k) is { } owner)
                return k + 1 < tokens.Count && (tokens[k + 1].Class == WordClass.Speech || tokens[k + 1].Text(text) is "read" or "reads") ? owner : null;
            if (tokens[k].Class is WordClass.Pronoun || mentions.Any(m => m.LastToken == k)) return null;
        }
        return null;
    }

    /// <summary>"close to Mr Starmer", "for Mr Khan", "by Sunday Telegraph journalist Robert Peston": the name is
    /// a preposition's object.</summary>
    private static bool AfterPreposition(string text, List<Token> tokens, int first)
    {
        var k = first - 1;
        while (k >= 0 && (tokens[k].Class is WordClass.Honorific or WordClass.Role or WordClass.RoleModifier or WordClass.Party or WordClass.Descriptor
                          || tokens[k].Has(TokenFlags.Capitalised) && tokens[k + 1].Has(TokenFlags.Joined) && !tokens[k].Has(TokenFlags.SentenceStart))) k--;
        return k >= 0 && tokens[k].Text(text) is "to" or "for" or "of" or "with" or "from" or "at" or "near" or "behind" or "around" or "by";
    }

    /// <summary>An unnamed speaker earlier in the sentence whose phrase the name ends ("a source close to Mr X",
    /// "a spokesman for Mr X").</summary>
    private static int? UnnamedHeadBefore(string text, List<Token> tokens, int first)
    {
        for (var i = first - 1; i >= 0 && tokens[i].Sentence == tokens[first].Sentence && first - i <= 6; i--)
            if (tokens[i].Class == WordClass.Unnamed || IsSpokesperson(text, tokens[i])) return i;
        return null;
    }

    /// <summary>The word before "is alleged to" ("Mr Brown is alleged to have told", "she was said to have
    /// remarked") when the words ending at <paramref name="k"/> are such a frame; else <paramref name="k"/>.</summary>
    private static int HearsayBefore(string text, List<Token> tokens, int k)
    {
        if (k < 2 || !tokens[k].Is(text, "to") || tokens[k - 2].Sentence != tokens[k].Sentence
            || tokens[k - 1].Text(text) is not ("alleged" or "said" or "reported" or "understood" or "thought" or "believed" or "known" or "rumoured" or "claimed")
            || tokens[k - 2].Text(text) is not ("is" or "was" or "are" or "were"))
            return k;
        return k - 3;
    }

    /// <summary>"While admitting that it would “take longer to pay off the debt,” Nicola Sturgeon justified …": a
    /// participle of speech after "while", "after" or the like opening the sentence belongs to the subject of the
    /// clause it leads into.</summary>
    private static SpeakerPhrase? OpeningClauseSubject(string text, List<Token> tokens, List<ResolvedMention> mentions, int first, int verb)
    {
        if (!(verb == first + 1 && tokens[first].Text(text) is "While" or "Whilst" or "After" or "Before" or "When" or "Despite" or "Since"))
            return null;
        foreach (var m in mentions)
            if (m.FirstToken > verb && tokens[m.FirstToken].Sentence == tokens[verb].Sentence && !tokens[m.FirstToken].Has(TokenFlags.InQuote))
                return IsSubject(text, tokens, m) ? new SpeakerPhrase(SpeakerKind.Person, m.Person, m.FirstToken) : null;
        return null;
    }
}
