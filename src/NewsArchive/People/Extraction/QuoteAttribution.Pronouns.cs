using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Whom "he" and "she" stand for.</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>"he said": the subject named earlier in the same sentence (not when the pronoun is tagged on after a
    /// reported clause), else the person the text is about, else the last speaker; each only when the gender agrees.</summary>
    private int? Pronoun(string text, List<Token> tokens, List<ResolvedMention> mentions, int pronoun)
    {
        var gender = tokens[pronoun].Text(text) is "she" or "She" or "her" or "Her" ? Gender.Female : Gender.Male;
        var tag = Speakers.TagAfterClause(text, tokens, pronoun);
        foreach (var m in mentions)
        {
            if (m.FirstToken >= pronoun || tag) break;
            // "Mr Blair's government was “…”, he added": a possessive name in the same sentence is someone else.
            if (tokens[m.FirstToken].Sentence == tokens[pronoun].Sentence && Speakers.IsSubject(text, tokens, m) && Agrees(m.Person, gender)
                && !tokens[m.LastToken].Has(TokenFlags.Possessive) && !Speakers.InOpeningParticiple(text, tokens, m))
                return m.Person;
        }
        if (SpokespersonJustBefore(text, tokens, mentions, pronoun, gender)) return null;
        // A pronoun reaches back a few paragraphs at most: further, it stands for someone the text never named, or
        // for the one person its own paragraph names ("the president of Cataluña, Carles Puigdemont, gave a
        // statement. He stated: …", where the name is no subject).
        if (subjectParagraph >= paragraph - PronounReach)
        {
            // "Mr Blair's government was “…”, he added": the sentence named someone in the possessive; "he" is the
            // subject before it.
            if (possessiveSubject && subjectAt == (paragraph, tokens[pronoun].Sentence) && subjects.Count > 1 && Agrees(subjects[^2], gender))
                return subjects[^2];
            if (subject is { } s && Agrees(s, gender)) return s;
            if (lastSpeaker is { } l && Agrees(l, gender)) return l;
            // The subject is of the other gender: the most recent earlier subject that agrees.
            for (var i = subjects.Count - 1; i >= 0; i--)
                if (Agrees(subjects[i], gender)) return subjects[i];
        }
        // "…, with only Suzie Rayner running for President. She said …": no subject agrees, and the paragraph has
        // named one person who may be meant, outside a quote and not in the possessive.
        var named = mentions.Where(m => m.FirstToken < pronoun && !tokens[m.FirstToken].Has(TokenFlags.InQuote)
                                        && !tokens[m.LastToken].Has(TokenFlags.Possessive) && Agrees(m.Person, gender))
            .ToList();
        // Beyond the reach of any subject, not a name after a preposition ("the prime minister paid tribute to Alan
        // Milburn. He said"): the one who acts is then unnamed.
        if (subjectParagraph < paragraph - PronounReach)
            named = named.Where(m => !AfterPreposition(text, tokens, m)).ToList();
        return named.Select(m => m.Person).Distinct().ToList() is [var only] ? only : null;
    }

    /// <summary>"tribute to Alan Milburn", "a letter from Jo Bloggs": the name is the object of a preposition (not
    /// "by", whose name acts: "it was explained by Tom Wheeler").</summary>
    private static bool AfterPreposition(string text, List<Token> tokens, ResolvedMention m)
    {
        var before = m.FirstToken - 1;
        while (before >= 0 && tokens[before].Class is WordClass.Honorific or WordClass.Role or WordClass.RoleModifier or WordClass.Party) before--;
        return before >= 0 && tokens[before + 1].Has(TokenFlags.Joined)
               && tokens[before].Text(text) is "to" or "for" or "with" or "at" or "from" or "of" or "about" or "on" or "against";
    }

    /// <summary>"Felix asked a spokeswoman … In her response she said", "I called over an American colleague … “…,”
    /// he said": someone unnamed of the pronoun's gender, in its sentence or the one before with nobody named after,
    /// is whom the pronoun stands for. "The Tory spokesman" and "Mr Yeo, his spokesman" may be someone named, so
    /// only "a spokesman" or someone's, in a sentence that names nobody before it, counts.</summary>
    private static bool SpokespersonJustBefore(string text, List<Token> tokens, List<ResolvedMention> mentions, int pronoun, Gender gender)
    {
        var sentence = tokens[pronoun].Sentence;
        for (var i = pronoun - 1; i >= 0 && tokens[i].Sentence >= sentence - 1; i--)
        {
            if (tokens[i].Has(TokenFlags.InQuote)) continue;
            // "a spokesman for Mr Pike said": the name the unnamed speaker stands for is not the speaker.
            if (mentions.Any(m => m.FirstToken == i && !OwnsUnnamed(text, tokens, m))) return false;
            var word = tokens[i].Text(text);
            if (!Speakers.IsSpokesperson(text, tokens[i]) && !SomeoneNounLookup.Contains(word)
                && !(tokens[i].Class == WordClass.Descriptor && char.IsLower(word[0])))
                continue;
            if (!UnnamedOwner(text, tokens, i)) continue;
            var agrees = word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || word is "wife" or "mother" or "girl" or "actress" ? gender == Gender.Female
                : !(word.EndsWith("man", StringComparison.OrdinalIgnoreCase) || word is "husband" or "father" or "boy") || gender == Gender.Male;
            // A name in a clause before "but" is of another clause ("Mr Evans backed it, but a spokesman said").
            return agrees && !mentions.Any(m => m.FirstToken < i && tokens[m.FirstToken].Sentence == tokens[i].Sentence && !OwnsUnnamed(text, tokens, m)
                                                && !Enumerable.Range(m.LastToken + 1, i - m.LastToken - 1).Any(b => tokens[b].Is(text, "but")));
        }
        return false;
    }

    /// <summary>The name an unnamed speaker stands for: "Mr Pike's spokesman", "a spokesman for Mr Pike", "a source
    /// close to Mr Pike".</summary>
    private static bool OwnsUnnamed(string text, List<Token> tokens, ResolvedMention m)
    {
        var after = m.LastToken + 1;
        if (tokens[m.LastToken].Has(TokenFlags.Possessive) && after < tokens.Count && tokens[after].Has(TokenFlags.Joined)
            && (Speakers.IsSpokesperson(text, tokens[after]) || tokens[after].Class == WordClass.Unnamed))
            return true;
        var k = m.FirstToken - 1;
        while (k > 0 && tokens[k].Class is WordClass.Honorific or WordClass.Role or WordClass.RoleModifier or WordClass.Party) k--;
        if (k < 1 || tokens[k].Text(text) is not ("for" or "to") || !tokens[k].Has(TokenFlags.Joined)) return false;
        var head = tokens[k - 1].Text(text) is "close" or "closest" or "near" && k > 1 ? k - 2 : k - 1;
        return Speakers.IsSpokesperson(text, tokens[head]) || tokens[head].Class == WordClass.Unnamed;
    }

    /// <summary>Class: nouns for a person, which a text uses for someone it does not name. Reason: "an American
    /// colleague … he said" is the colleague speaking, not the last person named.</summary>
    private static readonly HashSet<string> SomeoneNouns = new(StringComparer.Ordinal)
    {
        "man", "woman", "colleague", "friend", "couple", "voter", "resident", "worker", "member", "protester", "supporter",
        "source", "insider", "aide", "official", "neighbour", "mother", "father", "husband", "wife", "boy", "girl", "nurse",
        "reporter", "passer-by", "constituent", "parent", "pensioner",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SomeoneNounLookup = SomeoneNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"a spokesman", "a Labour spokeswoman", "the prime minister's official spokesman".</summary>
    private static bool UnnamedOwner(string text, List<Token> tokens, int head)
    {
        for (var d = head - 1; d >= 0 && head - d <= 3 && tokens[d].Sentence == tokens[head].Sentence; d--)
        {
            // "he was a member of", "she remains a lawyer": what someone is, not someone new.
            if (tokens[d].Text(text) is "a" or "A" or "an" or "An")
                return d == 0 || tokens[d - 1].Text(text) is not ("is" or "was" or "are" or "were" or "be" or "been" or "being" or "remains"
                    or "remained" or "became" or "becomes" or "as" or "of" or "like");
            if (tokens[d].Has(TokenFlags.Possessive)) return true;
            if (tokens[d].Text(text) is "the" or "The" or "his" or "her" or "His" or "Her") return false;
        }
        return false;
    }

    private bool Agrees(int person, Gender gender) => Genders.Agree(people[person].Gender, gender);
}
