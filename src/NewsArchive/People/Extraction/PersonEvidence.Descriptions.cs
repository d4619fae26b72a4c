using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>What the words around a name say it is: a person (an office or a description in apposition, a deed of
/// their own) or a place, a body or a group (a noun for one, an office of one, a people in the plural).</summary>
internal static partial class PersonEvidence
{
    /// <summary>", the Felix editor,": ", the" or ", a" after the name, and an office or a description of a person
    /// before the next comma, within four words.</summary>
    private static bool DescribedAsPerson(string text, List<Token> tokens, int last) =>
        AppositionAfter(text, tokens, last) && DescriptionClosing(text, tokens, last + 2, last, clauseEnds: false);

    /// <summary>"Disraeli, a Conservative politician.", "Sanders is the clear frontrunner,": a lone surname described, in
    /// apposition or after "is" or "was", by a phrase headed by an office or a description of a person and closing
    /// its clause. A body is no politician; "Apple, a rival of Samsung" runs on past its head, and is not taken.</summary>
    public static bool SurnameDescribedAsPerson(string text, List<Token> tokens, int last)
    {
        if (AppositionAfter(text, tokens, last)) return DescriptionClosing(text, tokens, last + 2, last, clauseEnds: true, personOnly: true);
        var verb = last + 1;
        return verb + 1 < tokens.Count && tokens[verb].Has(TokenFlags.Joined) && tokens[verb].Text(text) is "is" or "was"
            && tokens[verb + 1].Text(text) is "the" or "a" or "an" && DescriptionClosing(text, tokens, verb + 2, last, clauseEnds: true, personOnly: true);
    }

    /// <summary>Class: descriptions and offices that fit a body, a firm or a horse as well as a person. Reason: a lone
    /// word is a person's name only by a description no body takes ("The landlord, Peabody,", "Uber's main rival,
    /// Bolt,", "Serco, the incumbent", "Hendrix, the frontrunner", "Arup, the engineer", "Babylon, the online doctor");
    /// a given name beside one is still a person.</summary>
    private static readonly HashSet<string> FitsBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "candidate", "challenger", "incumbent", "opponent", "rival", "veteran", "founder", "frontrunner", "nominee",
        "contender", "hopeful", "predecessor", "successor", "resident", "voter", "constituent", "neighbour", "landlord",
        "tenant", "shopper", "commuter", "analyst", "pollster", "broadcaster", "expert", "leader", "adviser", "advisor",
        "trustee", "representative", "peer", "premier", "engineer", "doctor", "chemist",
    };

    /// <summary>The phrase from <paramref name="from"/> is headed, within four words, by an office or a description of a
    /// person that closes it: before a comma ("the Felix editor, who"), not running on ("London, the mayor said"); with
    /// <paramref name="clauseEnds"/>, before the sentence's end, a semicolon, "and" or "who" too.</summary>
    private static bool DescriptionClosing(string text, List<Token> tokens, int from, int last, bool clauseEnds, bool personOnly = false)
    {
        for (var i = from; i < tokens.Count && i <= from + 3 && tokens[i].Sentence == tokens[last].Sentence && tokens[i].Has(TokenFlags.Joined); i++)
            if (tokens[i].Class is WordClass.Role or WordClass.Descriptor && !tokens[i].Has(TokenFlags.Possessive))
            {
                // "a veteran campaigner": the last of the words heads the phrase.
                if (i + 1 < tokens.Count && tokens[i + 1].Has(TokenFlags.Joined) && tokens[i + 1].Sentence == tokens[i].Sentence
                    && tokens[i + 1].Class is WordClass.Role or WordClass.Descriptor) continue;
                if (PluralWord(text, tokens[i]) || personOnly && FitsBodies.Contains(tokens[i].Text(text).ToString())) return false;
                var after = text.AsSpan(tokens[i].After).TrimStart(")");
                return after.StartsWith(",") || clauseEnds && (after.IsEmpty || after[0] is '.' or ';' || after.StartsWith(" and ") || after.StartsWith(" who "));
            }
        return false;
    }

    /// <summary>"ministers", "MPs": a word in the plural ("boss", "actress" are not).</summary>
    private static bool PluralWord(string text, in Token token)
    {
        var word = token.Text(text);
        return word.Length > 2 && word[^1] == 's' && word[^2] != 's';
    }

    /// <summary>"Egypt's former dictator, Mubarak,", "his rival, Brown,": an office or a description of a person right
    /// before the name, set off by commas on both sides.</summary>
    public static bool DescriptionBefore(string text, List<Token> tokens, int first, bool personOnly = false)
    {
        if (first == 0 || tokens[first - 1].Class is not (WordClass.Role or WordClass.Descriptor) || PluralWord(text, tokens[first - 1])
            || personOnly && FitsBodies.Contains(tokens[first - 1].Text(text).ToString()) || tokens[first].Has(TokenFlags.Joined)) return false;
        return text.AsSpan(tokens[first - 1].After, tokens[first].Start - tokens[first - 1].After) is ", " && text.AsSpan(tokens[first].After).StartsWith(",");
    }

    /// <summary>"Chemical Engineering students", "Planning Committee members": right after the words, in lower case,
    /// the plural of an office or a description of a person ("student", "member"), which the words qualify.</summary>
    private static bool PeopleInPluralAfter(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || !tokens[last + 1].Has(TokenFlags.Joined) || tokens[last].Has(TokenFlags.Possessive)) return false;
        var word = tokens[last + 1].Text(text);
        return word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's'
            && Vocabulary.Classify(word[..^1]) is WordClass.Descriptor or WordClass.Role;
    }

    /// <summary>"Belgian", "Catalan": a word of a nation or a people.</summary>
    private static bool PeopleWord(string word) => Vocabulary.Classify(word) == WordClass.Nationality || PlaceNames.IsPeopleOrLanguage(word);

    /// <summary>"Christians", "Austrians": the plural of a word of faith, nation or people. Never a given name, which
    /// may look like one ("Francis" is no plural of "Franci", from "Francia").</summary>
    private static bool PluralOfPeople(string word) => word.Length > 4 && word.EndsWith('s') && !GivenNames.IsGivenName(word) && PeopleWord(word[..^1]);

    /// <summary>"With any luck, May will make …", "the problem for May was", "May’s position looks shakier": a month's
    /// name that a verb of its own follows, or that owns a thing, is a surname (the archive must vouch for its bearer).
    /// A month's own possessive is its events' ("May’s local elections"), and a month is never said or told.</summary>
    public static bool MonthAsSubject(string text, List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || tokens[last + 1].Sentence != tokens[last].Sentence || !tokens[last + 1].Has(TokenFlags.Joined)) return false;
        var next = tokens[last + 1].Text(text);
        if (tokens[last].Has(TokenFlags.Possessive)) return next is not ("election" or "elections" or "poll" or "polls" or "vote" or "ballot" or "count" or "results" or "local" or "general" or "council" or "mayoral" or "European");
        return next is "will" or "would" or "was" or "has" or "had" or "said" or "says" or "told" or "insisted" or "announced" or "wants" or "wanted";
    }

    /// <summary>"Obama also voiced his anti-Brexit stance": a lone word as a sentence's subject, then a verb in the
    /// past and "his" or "her" in the next few words. A body has "its" or "their".</summary>
    public static bool OwnsAfter(string text, List<Token> tokens, int last)
    {
        // A subject opens its sentence or a clause ("With Hollywood wrapped around his little finger" has none).
        if (last > 0 && tokens[last - 1].Sentence == tokens[last].Sentence && tokens[last - 1].Text(text) is not ("and" or "but" or "while" or "when" or "as"))
            return false;
        var i = last + 1;
        while (i < tokens.Count && tokens[i].Has(TokenFlags.Joined) && IsFiller(text, tokens[i])) i++;
        if (i >= tokens.Count || !tokens[i].Has(TokenFlags.Joined) || tokens[i].Sentence != tokens[last].Sentence) return false;
        var verb = tokens[i].Text(text);
        if (!(verb.Length > 3 && verb.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(verb[0]))) return false;
        for (var j = i + 1; j < tokens.Count && j <= i + 2 && tokens[j].Sentence == tokens[last].Sentence; j++)
            if (tokens[j].Text(text) is "his" or "her") return true;
        return false;
    }

    /// <summary>"However, Assad has been brutal in the way he has been dealing with", "Thatcher brought the reform, but she
    /// never": a lone word as the subject of its sentence or clause, a verb after it, and "he" or "she" later in the
    /// sentence with no other capitalised word between, which could be what the pronoun stands for. A body is "it".</summary>
    public static bool PronounAfter(string text, List<Token> tokens, int first, int last)
    {
        var sentence = tokens[first].Sentence;
        if (first > 0 && tokens[first - 1].Sentence == sentence && tokens[first - 1].Text(text) is not ("and" or "but" or "while" or "when" or "as")
            && !text.AsSpan(tokens[first - 1].After, tokens[first].Start - tokens[first - 1].After).Contains(','))
            return false;
        if (tokens[last].Has(TokenFlags.Possessive) || tokens[last].Has(TokenFlags.InQuote)) return false;
        // "I’m", "I’d"; "Notwithstanding", "Looking" opening a sentence: a contraction or a word of a verb's form.
        var word = tokens[first].Text(text);
        if (word.IndexOfAny(['\'', '’']) >= 0 || tokens[first].Has(TokenFlags.SentenceStart) && (word.EndsWith("ing") || word.EndsWith("ly") || word.EndsWith("ed")))
            return false;
        var i = last + 1;
        if (i >= tokens.Count || !tokens[i].Has(TokenFlags.Joined) || tokens[i].Sentence != sentence || tokens[i].Has(TokenFlags.Capitalised)
            || tokens[i].Text(text) is "and" or "or" or "of" or "in" or "on" or "at" or "to" or "for" or "with" or "from" or "by" or "the" or "a" or "an")
            return false;
        for (var j = i + 1; j < tokens.Count && j <= i + PronounReach && tokens[j].Sentence == sentence; j++)
        {
            // "Google said it would pay, but he refused": "it" is the word's, and "he" someone else's.
            if (tokens[j].Has(TokenFlags.Capitalised) || tokens[j].Has(TokenFlags.InQuote) || tokens[j].Text(text) is "it" or "its" or "they" or "their") return false;
            if (tokens[j].Text(text) is "he" or "she") return true;
        }
        return false;
    }

    /// <summary>How many words after the verb the pronoun may stand.</summary>
    private const int PronounReach = 15;

    /// <summary>Class: nouns for places and bodies, never for a person. Reason: a name described by one ("Sheffield
    /// Hallam, a seat", "Tods Murray, the law firm") or labelled by one ("the law firm Tods Murray") is no person.</summary>
    private static readonly HashSet<string> ThingNouns = new(StringComparer.Ordinal)
    {
        "seat", "constituency", "town", "city", "village", "country", "borough", "county", "region", "ward", "district",
        "firm", "company", "charity", "band", "newspaper", "magazine", "think-tank", "thinktank", "consultancy", "agency",
        "bank", "retailer", "brand", "website", "publisher", "union", "society", "club", "group", "organisation", "campaign",
        "film", "book", "show", "programme", "series", "novel", "song", "album", "party", "movement", "coalition", "alliance",
        "faction", "network", "institute", "foundation", "island", "islands", "province", "state", "capital", "port",
    };

    /// <summary>"Sheffield Hallam, a seat which …", "Tods Murray, the law firm": ", a" or ", the" after the name,
    /// and a place's or a body's noun within three words.</summary>
    private static bool DescribedAsThing(string text, List<Token> tokens, int last)
    {
        if (!AppositionAfter(text, tokens, last)) return false;
        for (var i = last + 2; i < tokens.Count && i <= last + 4 && tokens[i].Sentence == tokens[last].Sentence; i++)
        {
            // "the society's chair": an office or a description heads it, and the body only owns it.
            if (tokens[i].Class is WordClass.Role or WordClass.Descriptor) return false;
            // "the Green party leader", "the union president": a body's noun before an office only owns it too.
            if (!tokens[i].Has(TokenFlags.Possessive) && ThingNouns.Contains(tokens[i].Text(text).ToString()) && !OfficeAfter(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>"Fine Gael leader Enda Kenny", "Former NatWest chief executive Mr Wanless", "Harry Potter author JK
    /// Rowling": an office or a description in lower case between the words and a name makes them the body or the
    /// work the office or the description is of.</summary>
    private static bool OfficeOfBodyAfter(string text, List<Token> tokens, int last)
    {
        var i = last + 1;
        if (tokens[last].Has(TokenFlags.Possessive)) return false;
        while (i < tokens.Count && i - last <= 3 && tokens[i].Has(TokenFlags.Joined) && char.IsLower(text[tokens[i].Start])
               && tokens[i].Class is WordClass.Role or WordClass.RoleModifier or WordClass.Descriptor) i++;
        return i > last + 1 && tokens[i - 1].Class is WordClass.Role or WordClass.Descriptor && i < tokens.Count && tokens[i].Has(TokenFlags.Joined)
            && (tokens[i].Class == WordClass.Honorific || tokens[i].Has(TokenFlags.Capitalised) && tokens[i].Class is WordClass.None or WordClass.Common);
    }

    private static bool OfficeAfter(List<Token> tokens, int noun) =>
        noun + 1 < tokens.Count && tokens[noun + 1].Has(TokenFlags.Joined) && tokens[noun + 1].Class is WordClass.Role or WordClass.Descriptor;

    /// <summary>"the law firm Tods Murray", "the charity Oxfam": a body's noun right before the name.</summary>
    public static bool ThingNounBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first].Has(TokenFlags.Joined)) return false;
        if (ThingNouns.Contains(tokens[first - 1].Text(text).ToString())) return true;
        // "a shadowy group known as Meibion Glyndwr", "a party called Podemos": the name a body is known by;
        // "the Thai island of Koh Phi Phi", "the town of Hartlepool": a place's.
        var noun = tokens[first - 1].Text(text) is "called" or "named" or "of" ? first - 2
            : first > 1 && tokens[first - 1].Is(text, "as") && tokens[first - 2].Is(text, "known") ? first - 3 : -1;
        return noun >= 0 && tokens[noun + 1].Has(TokenFlags.Joined) && ThingNouns.Contains(tokens[noun].Text(text).ToString());
    }

    /// <summary>", the …", ", a …", ", an …" right after the name: a phrase in apposition opens.</summary>
    private static bool AppositionAfter(string text, List<Token> tokens, int last)
    {
        var after = text.AsSpan(tokens[last].After);
        return after.StartsWith(", the ") || after.StartsWith(", a ") || after.StartsWith(", an ");
    }
}
