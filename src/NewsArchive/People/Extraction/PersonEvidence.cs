using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>How strongly an article shows that a name of two or three capitalised words is a person's.</summary>
internal enum Evidence : byte
{
    /// <summary>Nothing says it is a person: "Fixed Term Parliaments", "Stork Nest Case".</summary>
    None,

    /// <summary>It looks like a name and nothing says otherwise: it opens with a known given name, or none of
    /// its words is one the archive writes in lower case ("Tagore Nakornchai", not "Stork Nest Case").</summary>
    NameLike,

    /// <summary>A title, office or party stands before it, it speaks, it is described as a person
    /// (", who", ", the Chancellor,"), or the article calls it "Mr X" too. Strong enough to teach the archive.</summary>
    Stated,
}

/// <summary>
/// The evidence that a run of capitalised words names a person, read from the words around each of its
/// mentions. People are found from evidence, not from capitals: an unknown name needs a title, an office, a
/// verb of speech, a description, or a later "Mr"; a known given name is enough. A determiner before the
/// words makes them a thing's name whatever follows ("the Summer Ball", "The Weakest Link").
/// </summary>
internal static partial class PersonEvidence
{
    /// <summary>The evidence for one name across the article's mentions of it.</summary>
    /// <param name="shortForms">Keys of one-word names the article gives with an honorific: surnames ("Mr Khan" →
    /// "khan") and, after Sir or Dame, given names ("Sir Keir" → "given:keir").</param>
    public static Evidence For(IEnumerable<NameCandidate> mentions, IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, ISet<string> shortForms, ArchiveWords archive)
    {
        var evidence = Evidence.None;
        foreach (var c in mentions)
        {
            var text = paragraphs[c.Paragraph];
            var words = tokens[c.Paragraph];
            // "Re-Open Nominations received 210 votes": a ballot's option to leave a post empty, counted like a candidate.
            if (BallotOption().IsMatch(c.Core)) continue;
            if (c.TitleToken < 0 && (DeterminerBefore(text, words, c.FirstToken) || ThingNounBefore(text, words, c.FirstToken))) continue;
            if (c.TitleToken < 0 && (DescribedAsThing(text, words, c.LastToken) || OfficeOfBodyAfter(text, words, c.LastToken))) continue;
            // "Chemical Engineering students": words that qualify people in the plural name a subject or a body.
            if (c.TitleToken < 0 && !GivenNames.IsGivenName(FirstWord(c.Core)) && PeopleInPluralAfter(text, words, c.LastToken)) continue;
            // "Coptic Christians, who …": a faith or a people in the plural is a group.
            if (c.TitleToken < 0 && PluralOfPeople(LastWord(c.Core))) continue;
            // "Male Belgian MPs", "Young Italian voters": a people's word ends a person's name only after a given
            // name ("Dawn French").
            if (c.TitleToken < 0 && c.Core.Contains(' ') && PeopleWord(LastWord(c.Core)) && !GivenNames.IsGivenName(FirstWord(c.Core))) continue;
            // "London Labour spin doctors", "London Tory": a party's name ends no person's, save the one that is also a
            // surname ("Tony Green").
            if (c.TitleToken < 0 && c.CoreCount > 1 && LastWord(c.Core) is var lastWord && Parties.IsName(lastWord) && Parties.Canonical(lastWord) != "Green Party") continue;
            // "King Cross station", "Heathrow airport": a place's name, whatever stands before it.
            if (PlaceHeadAfter(text, words, c.LastToken)) continue;
            // "Saudi Arabia", "Uttar Pradesh": a place's name in a general data set of them, unless titled.
            if (c.TitleToken < 0 && PlaceNames.IsPlaceOfWords(c.Core)) continue;
            // "Age Concern says": everyday words with no given name and no title name a body that speaks.
            if (c.TitleToken < 0 && !GivenNames.IsGivenName(FirstWord(c.Core)) && AllEveryday(c.Core, archive)) continue;
            var afterField = AfterFieldPreposition(text, words, c.FirstToken);
            // "Jacqui Smith’s husband": a name whose owner has kin is a person's.
            if (c.TitleToken >= 0 || LabelBefore(text, words, c.FirstToken) || SpeechBefore(words, c.FirstToken) || c.CoreCount > 1 && KinOwned(words, c.LastToken)
                || (afterField ? SpeaksAfter(text, words, c.LastToken) : SaidOfPersonAfter(text, words, c.LastToken))
                || Office.AfterAs(text, words, c.LastToken, 6) is not null
                || shortForms.Contains(PersonName.Key(LastWord(c.Core)))
                || shortForms.Contains("given:" + PersonName.Key(FirstWord(c.Core))))
                return Evidence.Stated;
            // "Georgian England", "United Russia": with nothing more said, a name ending in a country is a place's or a party's.
            if (evidence == Evidence.None && !InQuotesAlone(text, words, c) && !InPlaceList(text, words, c) && !PlaceNames.IsCountryNotGivenName(LastWord(c.Core))
                && (GivenNames.IsGivenName(FirstWord(c.Core))
                    || NeverLowercase(c.Core, archive) && (!AfterPlacePreposition(text, words, c.FirstToken) || NameCandidates.InPersonList(text, words, c.FirstToken, c.LastToken))
                       && !AfterSeatVerb(text, words, c.FirstToken, c.LastToken) && !BeforeSeatPassive(text, words, c.LastToken)))
                evidence = Evidence.NameLike;
        }
        return evidence;
    }

    /// <summary>A capitalised word alone that may be a surname standing for a person: not a word of the
    /// vocabulary, an everyday word or a place, not opening a sentence, and not a month before a date ("in May 2015").</summary>
    /// <param name="vouch">What the archive says of a person of this surname (<see cref="ArchiveEvidence.VouchFor"/>).</param>
    public static bool MaySurname(string text, List<Token> tokens, in NameCandidate c, ArchiveWords archive, SurnameVouch vouch = SurnameVouch.None)
    {
        var token = tokens[c.FirstToken];
        if (token.Class != WordClass.None || token.Has(TokenFlags.InQuote) || token.Length < 3) return false;
        // A word opening a sentence is in capitals for that alone, unless it did something of its own ("Obama also
        // voiced his …"; not "Critics attacked his", "Everyone cheered her").
        // A surname the archive vouches for is a name there too ("Thatcher brought …"), once the archive has shown it
        // is never an everyday word (below); not a given name ("Michael ‘Sick Of Experts’ Gove").
        var vouched = vouch != SurnameVouch.None;
        // "(Pelosi, Schumer, et al)": a bracket breaks the sentence, but a word right after one is in capitals for itself.
        if (token.Has(TokenFlags.SentenceStart) && !(token.Start > 0 && text[token.Start - 1] == '(') && !(vouched && !GivenNames.IsGivenName(c.Core)) && !((OwnsAfter(text, tokens, c.LastToken) || PronounAfter(text, tokens, c.FirstToken, c.LastToken)) && text[token.End - 1] != 's'
                && c.Core is not ("Everyone" or "Everybody" or "Nobody" or "Someone" or "Somebody" or "Anyone" or "Anybody"))) return false;
        if (archive.IsPlace(c.Core, vouched) || PlaceNames.IsCountryNotGivenName(c.Core)) return false;
        // An everyday word elsewhere in the archive ("brown", "trump") stands for the person many articles vouch for
        // when written in capitals mid-sentence ("Brown was in favour"); one article's Jack Law does not make
        // "Godwin’s Law" a person. A month only as one acts or owns ("May will make", "May’s position"): "an expected May
        // election", "come May" are dates.
        if (archive.Lowercase.Contains(c.Core.ToLowerInvariant())
            && !(vouch == SurnameVouch.WellAttested && !token.Has(TokenFlags.SentenceStart) && (ElectionWords.Month(c.Core) == 0 || MonthAsSubject(text, tokens, c.LastToken)))) return false;
        // "Gloucestershire said": a county (a place by its suffix) speaking is its council, police or team.
        if (c.Core.EndsWith("shire", StringComparison.Ordinal)) return false;
        // "a scruffy little Austrian called …", "Former Catalan president": a people or a language.
        if (PlaceNames.IsPeopleOrLanguage(c.Core) || PluralOfPeople(c.Core)) return false;
        // "the Pentagon says", "a Blatter": a surname standing for a person takes no article.
        if (c.FirstToken > 0 && DeterminerBefore(text, tokens, c.FirstToken) && !(vouched && LeaderOfRule(text, tokens, c.FirstToken, c.LastToken))
            || ThingNounBefore(text, tokens, c.FirstToken)) return false;
        // "Sleaford and North Hykeham": after a compass point the word goes on a place's name.
        if (c.FirstToken > 0 && token.Has(TokenFlags.Joined) && Vocabulary.IsRegionWord(tokens[c.FirstToken - 1].Text(text))) return false;
        // "by May", "since Easter": a date's words; not "attacked by Fenwright, a Conservative politician".
        if (c.FirstToken > 0 && tokens[c.FirstToken - 1].Text(text) is "in" or "by" or "since" or "until" or "last" or "next" or "this" or "of" or "early" or "late" or "mid" or "from"
            && !(tokens[c.FirstToken - 1].Is(text, "by") && SurnameDescribedAsPerson(text, tokens, c.LastToken)))
            return false;
        return !(c.FirstToken + 1 < tokens.Count && char.IsDigit(text[tokens[c.FirstToken + 1].Start]));
    }

    /// <summary>"Tory Zac Goldsmith", "Labour’s Mark Drakeford", "Environment Secretary George Eustice",
    /// "election expert John Curtice": an office, a party or a description of a person right before the name.</summary>
    public static bool LabelBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first].Has(TokenFlags.Joined) && !tokens[first - 1].Has(TokenFlags.Possessive)) return false;
        if (tokens[first].Has(TokenFlags.SentenceStart)) return false;
        var before = tokens[first - 1];
        // "Prime Ministers Question Time": offices in the plural label no one person.
        if (before.Class == WordClass.Role && text[before.End - 1] == 's' && before.Length > 3) return false;
        return before.Class is WordClass.Role or WordClass.Descriptor or WordClass.Party
            // "Former Tarran", "Acting Tarran": a modifier that labels a person; not a department or a nation's word
            // that qualifies an office ("Scotland Yard", "Health Service").
            || before.Class == WordClass.RoleModifier && before.Text(text) is "Former" or "Acting" or "Deputy" or "Shadow" or "Vice" or "Chief"
            // "Green Party’s Sian Berry"
            || before.Has(TokenFlags.Possessive) && before.Is(text, "Party") && first > 1 && tokens[first - 2].Class == WordClass.Party;
    }

    /// <summary>None of the name's words is written in lower case anywhere, and it does not open with a place or
    /// a country: they are names, not everyday words ("Stork Nest Case") or a place's ("Iceland Krona").</summary>
    private static bool NeverLowercase(string core, ArchiveWords archive)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (archive.IsPlace(words[0]) || ElectionWords.Country(words[0]) is not null) return false;
        foreach (var word in words)
            if (char.IsUpper(word[0]) && (archive.Lowercase.Contains(word.ToLowerInvariant()) || Vocabulary.Knows(word))) return false;
        return true;
    }

    /// <summary>Every word of the name is one the archive also writes in lower case ("Age Concern").</summary>
    private static bool AllEveryday(string core, ArchiveWords archive)
    {
        foreach (var word in core.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!archive.Lowercase.Contains(word.ToLowerInvariant())) return false;
        return true;
    }

    /// <summary>"Heathrow airport", "King Cross station": a place's head in lower case right after the name.</summary>
    public static bool PlaceHeadAfter(string text, List<Token> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Has(TokenFlags.Joined) && Vocabulary.IsLowercasePlaceHead(tokens[last + 1].Text(text));

    /// <summary>"Cambridge, Manchester Gorton, Sheffield Central": an item of a comma-separated list whose item
    /// next to it is a place by its compass word names a place too.</summary>
    private static bool InPlaceList(string text, List<Token> tokens, in NameCandidate c) =>
        ListItemHasRegionWord(text, tokens, c.FirstToken, -1) || ListItemHasRegionWord(text, tokens, c.LastToken, +1);

    /// <summary>Whether the list item across the comma on one side of a name holds a capitalised compass word.</summary>
    private static bool ListItemHasRegionWord(string text, List<Token> tokens, int edge, int step)
    {
        var across = edge + step;
        if (across < 0 || across >= tokens.Count || tokens[across].Sentence != tokens[edge].Sentence) return false;
        var (left, right) = step < 0 ? (across, edge) : (edge, across);
        if (!text.AsSpan(tokens[left].After, tokens[right].Start - tokens[left].After).SequenceEqual(", ")) return false;
        for (var i = across; i >= 0 && i < tokens.Count && Math.Abs(i - across) < 5 && tokens[i].Sentence == tokens[edge].Sentence; i += step)
        {
            if (Vocabulary.IsRegionWord(tokens[i].Text(text))) return true;
            // The item ends at the next comma or at a word in lower case other than "and".
            var l = step < 0 ? i - 1 : i;
            if (l >= 0 && l + 1 < tokens.Count && text.AsSpan(tokens[l].After, tokens[l + 1].Start - tokens[l].After).Contains(','))
                return false;
            if (!tokens[i].Has(TokenFlags.Capitalised) && !tokens[i].Is(text, "and")) return false;
        }
        return false;
    }

    /// <summary>"Wickremesinghe, the Prime Minister", "the President of Sri Lanka, Sirisena", "Chancellor
    /// Osborne": an office or a label makes a lone surname a person's, as it does a full name. A word in the
    /// plural names a group ("Tory Remainers", "CEOs, ministers"), unless a description in the singular tells a
    /// surname ending in s ("Evans, a Labour politician,", "Sanders is the frontrunner").</summary>
    public static bool SurnameDescribed(string text, List<Token> tokens, in NameCandidate c) =>
        !IsPlural(text, tokens[c.LastToken]) &&
        (LabelBefore(text, tokens, c.FirstToken) && LabelOpensPhrase(text, tokens, c.FirstToken - 1)
         // "In Madrid, PM Sanchez met them": after "in" the word is a place, and the office is the next name's.
         || !AfterPlacePreposition(text, tokens, c.FirstToken) && Office.InApposition(text, tokens, c.LastToken) is not null
         || Office.InPhraseBefore(text, tokens, c.FirstToken) is not null)
        || !AfterPlacePreposition(text, tokens, c.FirstToken) && (SurnameDescribedAsPerson(text, tokens, c.LastToken) || DescriptionBefore(text, tokens, c.FirstToken, personOnly: true));

    /// <summary>"Chancellor Osborne", not "its Annual General Meeting": a label before a lone word is one only
    /// when no determiner or other capitalised word stands before the label.</summary>
    private static bool LabelOpensPhrase(string text, List<Token> tokens, int label)
    {
        if (label == 0 || !tokens[label].Has(TokenFlags.Joined)) return true;
        var before = tokens[label - 1];
        // "Labour leader Corbyn", "Spanish PM Sanchez", "Catalan PM Puigdemont": a party or a nation is the office's own.
        if (before.Class is WordClass.Party or WordClass.Nationality || before.Class == WordClass.None && PlaceNames.IsPeopleOrLanguage(before.Text(text).ToString())) return true;
        return !before.Has(TokenFlags.Capitalised) && before.Text(text) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this");
    }

    /// <summary>"a student in Chemical Engineering who": after "in" or "at" the words name a field or a place,
    /// so what follows describes the person before them; only a verb of speech makes them a speaker.</summary>
    private static bool AfterFieldPreposition(string text, List<Token> tokens, int first) =>
        first > 0 && tokens[first].Has(TokenFlags.Joined) && tokens[first - 1].Text(text) is "in" or "at" or "into" or "within" or "throughout";

    /// <summary>“Le Touquet” in quotation marks of its own: a term or a title, not a name used of someone.</summary>
    private static bool InQuotesAlone(string text, List<Token> tokens, in NameCandidate c)
    {
        var start = tokens[c.FirstToken].Start;
        var end = tokens[c.LastToken].End;
        return start > 0 && text[start - 1] is '"' or '\u201C' or '\'' or '\u2018' && end < text.Length && text[end] is '"' or '\u201D' or '\'' or '\u2019'
            // "‘Boris Johnson’s plan": an apostrophe of possession is no closing mark.
            && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]));
    }

    /// <summary>"said Zac Goldsmith".</summary>
    private static bool SpeechBefore(List<Token> tokens, int first) =>
        first > 0 && tokens[first].Has(TokenFlags.Joined) && tokens[first - 1].Class == WordClass.Speech;

    /// <summary>"the Stork Nest Case", "a Summer Ball": a name a determiner stands before is a thing's.</summary>
    private static bool DeterminerBefore(string text, List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first].Has(TokenFlags.Joined)) return false;
        // "a European Arrest Warrant": a nation's word may stand between.
        if (first > 1 && tokens[first - 1].Class == WordClass.Nationality && tokens[first - 1].Has(TokenFlags.Joined)) first--;
        var word = tokens[first - 1].Text(text);
        return word is "the" or "The" or "a" or "A" or "an" or "An" or "this" or "This" or "our" or "their" or "its" or "your" or "Your" or "my" or "My";
    }

    /// <summary>What follows the name is said of a person: a verb of speech ("Susan Hall said"), or a
    /// description (", who", ", the Conservative candidate", ", 45,", " (Labour)").</summary>
    public static bool SaidOfPersonAfter(string text, List<Token> tokens, int last)
    {
        var next = last + 1;
        while (next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && IsFiller(text, tokens[next])) next++;
        if (next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && tokens[next].Class == WordClass.Speech) return true;
        var after = text.AsSpan(tokens[last].After);
        if (DescribedAsThing(text, tokens, last)) return false;
        // "apart from Nye Bevan himself": a reflexive pronoun only a person takes.
        if (after.StartsWith(" himself") || after.StartsWith(" herself")) return true;
        if (after.StartsWith(", who ") || after.StartsWith(" who ") || after.StartsWith(", whose ") || after.StartsWith(", the ") || after.StartsWith(", a ")
            || after.StartsWith(", an ") || after.StartsWith(", of the ") || after.StartsWith(", aged ") || after.StartsWith(", leader of")
            || after.StartsWith(", MP") || after.StartsWith(", chief ") || after.StartsWith(", head of"))
            return true;
        if (AgeAfter(after)) return true;
        // " (Labour)": a party label in brackets.
        return after.StartsWith(" (") && next < tokens.Count && tokens[next].Class == WordClass.Party;
    }

    /// <summary>", 45," and " (45)" after a name: an age.</summary>
    private static bool AgeAfter(ReadOnlySpan<char> after)
    {
        if (!(after.Length > 3 && (after[0] == ',' && after[1] == ' ' || after[0] == ' ' && after[1] == '(') && char.IsDigit(after[2]))) return false;
        var digits = 2;
        while (digits < after.Length && char.IsDigit(after[digits])) digits++;
        return digits - 2 <= 3 && digits < after.Length && after[digits] is ',' or ')';
    }

    /// <summary>"Obama said", "Obama later told": a verb of speech right after the word, and it is plural-free
    /// ("Trustees said" is a body).</summary>
    public static bool SpeaksAfter(string text, List<Token> tokens, int last, bool mayEndInS = false)
    {
        if (!mayEndInS && IsPlural(text, tokens[last])) return false;
        var next = last + 1;
        while (next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && IsFiller(text, tokens[next])) next++;
        return next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && tokens[next].Class == WordClass.Speech;
    }

    /// <summary>A word ending in "s" that is no possessive: a group ("Trustees", "Remainers"), not one person.</summary>
    private static bool IsPlural(string text, in Token token) => text[token.End - 1] == 's' && !token.Has(TokenFlags.Possessive);

    /// <summary>Words that may stand between a speaker and the verb: "Mr Khan also said", "Mr Khan later told".</summary>
    public static bool IsFiller(string text, in Token token)
    {
        var word = token.Text(text);
        return word is "also" or "later" or "then" or "today" or "yesterday" or "tonight" or "has" or "had" or "have" or "once"
            or "earlier" or "previously" or "recently" or "repeatedly" or "simply" or "reportedly" or "always" or "now" or "privately"
            or "publicly" or "angrily" or "again" or "already" or "just" or "famously" or "memorably" or "last" or "night" or "week"
            or "this" or "morning" or "afternoon" or "evening"
            // "he bitterly said", "she quickly added": an adverb of manner.
            || word.Length >= 6 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);
    }

    public static string FirstWord(string core) => core[..(core.IndexOf(' ') is var i and >= 0 ? i : core.Length)];

    public static string LastWord(string core) => core[(core.LastIndexOf(' ') + 1)..];
}
