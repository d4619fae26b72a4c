using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>A run of capitalised words that may name a person: the name words (the core) and the title
/// standing right before them, if any.</summary>
internal struct NameCandidate
{
    public int Paragraph;
    public int FirstToken;
    public int CoreCount;
    /// <summary>Token index of the honorific or name title right before the core, or -1.</summary>
    public int TitleToken;
    public WordClass TitleClass;
    public int SurfaceStart;
    public int SurfaceEnd;
    public bool AfterPlaceWord;
    public string Core;
    /// <summary>The title right before the core ("Sir", "Lord", "Count"), or null.</summary>
    public string? Title;

    public readonly bool Knightly => Title is "Sir" or "Dame";
    public readonly bool Peerage => Title is "Lord" or "Lady" or "Baroness" or "Baron" or "Count";

    public readonly int LastToken => FirstToken + CoreCount - 1;
}

/// <summary>Cuts each run of capitalised words into lexicon words (titles, offices, parties, cue words)
/// and the name words between them.</summary>
internal static partial class NameCandidates
{
    /// <param name="titledCues">Cue words the article writes after a title ("Ms Hall", "Mr Street"): after a given
    /// name they are that person's surname ("Susan Hall").</param>
    public static void Find(string text, int paragraph, List<Token> tokens, List<NameCandidate> found, IReadOnlySet<string>? titledCues = null)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsRunWord(tokens[i])) { i++; continue; }
            var j = i + 1;
            while (j < tokens.Count && !tokens[j - 1].Has(TokenFlags.Possessive) && tokens[j].Has(TokenFlags.Joined)
                   && (IsRunWord(tokens[j]) || IsParticle(text, tokens, j)))
                j++;
            Segment(text, paragraph, tokens, i, j, found, titledCues);
            i = j;
        }
    }

    /// <summary>"Natalia de Kovalyova", "Ursula von der Leyen": a lower-case particle between two capitalised
    /// words belongs to the name.</summary>
    private static bool IsParticle(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Has(TokenFlags.Joined) && (IsRunWord(tokens[i + 1]) || IsParticle(text, tokens, i + 1))
        && tokens[i].Text(text) is "de" or "da" or "di" or "du" or "van" or "von" or "der" or "den" or "la" or "le" or "bin" or "ibn" or "al" or "dos" or "das" or "del";

    private static bool IsRunWord(in Token token) =>
        token.Has(TokenFlags.Capitalised) && (!token.Has(TokenFlags.AllCaps) || token.Class != WordClass.None);

    private static void Segment(string text, int paragraph, List<Token> tokens, int runStart, int runEnd, List<NameCandidate> found, IReadOnlySet<string>? titledCues)
    {
        var coreStart = -1;
        for (var k = runStart; k < runEnd; k++)
        {
            if (IsNameWord(text, tokens, k, runStart, runEnd, titledCues))
            {
                if (coreStart < 0) coreStart = k;
                continue;
            }
            if (coreStart >= 0 && KeepsCoreBefore(tokens, k, runEnd))
                Add(text, paragraph, tokens, coreStart, k, runStart, found);
            coreStart = -1;
        }
        if (coreStart >= 0) Add(text, paragraph, tokens, coreStart, runEnd, runStart, found);
    }

    private static bool IsNameWord(string text, List<Token> tokens, int k, int runStart, int runEnd, IReadOnlySet<string>? titledCues = null)
    {
        var token = tokens[k];
        if (token.Has(TokenFlags.AllCaps) || HasLowerSuffix(text, token)) return false;
        var afterTitle = k > runStart && tokens[k - 1].Class == WordClass.Honorific;
        return token.Class switch
        {
            // "Using Braille", "Making Decisions": an -ing word does not open a name.
            WordClass.None => !(k + 1 < runEnd && IsGerund(text, token) && (k == runStart || !IsNameWord(text, tokens, k - 1, runStart, runEnd)))
                && !InvertedSpeech(text, token, k, runEnd) && !OpeningAdverb(text, token, k, runEnd),
            // A common word opening a sentence is taken as an ordinary word when a name follows it, and so is a
            // modal opening a question ("Will Morales go down in history as ...?").
            WordClass.Common => afterTitle || !(token.Has(TokenFlags.SentenceStart) && (runEnd - k - 1 >= 2 || runEnd - k - 1 == 1 && ModalQuestion(text, tokens, k))),
            WordClass.Cue => afterTitle || EndsPersonLikeRun(text, tokens, k, runStart, runEnd, titledCues) || OpensName(text, tokens, k, runStart, runEnd)
                || TitledAlone(text, tokens, k, runStart, runEnd, titledCues) || AfterFamilyWord(text, tokens, k, runStart, runEnd),
            // "Steve Green", "chief constable Green": a party's word after a given name or a title is a surname.
            WordClass.Party => afterTitle || k > 0 && tokens[k - 1].Class == WordClass.Role
                || k == runEnd - 1 && k > runStart && tokens[k - 1].Class is WordClass.None or WordClass.Common && GivenNames.IsGivenName(tokens[k - 1].Text(text).ToString()),
            WordClass.RoleModifier => afterTitle && k == runEnd - 1,
            // "Princes Garden", "Kings Cross": a title in the plural opening a run is a word of a place's or a
            // body's name; before a given name it is the title of each person listed ("Princes William and Harry").
            WordClass.Role when k + 1 < runEnd && !token.Has(TokenFlags.AllCaps) && Vocabulary.SingularOfRole(token.Text(text).ToString()) is not null => !(tokens[k + 1].Class is WordClass.None or WordClass.Common
                && (GivenNames.IsGivenName(tokens[k + 1].Text(text).ToString()) || k + 2 == runEnd && ListGoesOn(text, tokens[k + 1]))),
            // "Will Prince received 1780 votes": a title that is also a family name, after a given name, is the surname.
            // "Governor Mervyn King said": the given name may follow a title of its own.
            WordClass.Role => k == runEnd - 1 && (k - 1 == runStart || k >= 2 && tokens[k - 2].Class is WordClass.Role or WordClass.Honorific or WordClass.RoleModifier)
                && TitleSurnames.Contains(token.Text(text).ToString())
                && tokens[k - 1].Class is WordClass.None or WordClass.Common && GivenNames.IsGivenName(tokens[k - 1].Text(text).ToString())
                // "Commenting, Prince gave a statement" in an article that named Will Prince: the surname alone.
                || TitleSurnames.Contains(token.Text(text).ToString()) && !token.Has(TokenFlags.Possessive) && TitledAlone(text, tokens, k, runStart, runEnd, titledCues),
            // "Labour's Christian Wolmar": after a party's possessive, a nationality or faith that is also a given name
            // opens the name of the party's person ("Labour's Christian members" has no second capital).
            WordClass.Nationality => afterTitle || k == runEnd - 1 && k > runStart && tokens[k - 1].Class == WordClass.None
                || k == runStart && k + 2 == runEnd && k > 0 && tokens[k - 1].Class == WordClass.Party && tokens[k - 1].Has(TokenFlags.Possessive)
                   && tokens[k + 1].Class == WordClass.None && GivenNames.IsGivenName(token.Text(text).ToString()),
            _ => false,
        };
    }

    /// <summary>"Lord Justices Clarke and Rix": a name that another follows after "and".</summary>
    private static bool ListGoesOn(string text, in Token token) =>
        token.After + 5 < text.Length && text.AsSpan(token.After).StartsWith(" and ", StringComparison.Ordinal) && char.IsUpper(text[token.After + 5]);

    /// <summary>"her husband Bill", "his son Frank": a given name that is also a cue word, alone right after a family word.</summary>
    private static bool AfterFamilyWord(string text, List<Token> tokens, int k, int runStart, int runEnd) =>
        runEnd - runStart == 1 && k > 0 && tokens[k].Has(TokenFlags.Joined) && tokens[k - 1].Class == WordClass.Kin
        && GivenNames.IsGivenName(tokens[k].Text(text).ToString());

    /// <summary>"Said Hobson, “I tried…”": a verb of speech opening the sentence before the speaker's name, in
    /// capitals only because it opens it.</summary>
    private static bool InvertedSpeech(string text, in Token token, int k, int runEnd) =>
        k + 1 < runEnd && token.Has(TokenFlags.SentenceStart)
        && Vocabulary.Classify(text.AsSpan(token.Start, token.Length).ToString().ToLowerInvariant()) == WordClass.Speech;

    /// <summary>"Notably Borwick and Braine did not …", "Interestingly Smith stayed quiet": an adverb in -ly opening
    /// the sentence before a name is in capitals for that alone; "Emily Thornberry" opens with a given name, and the
    /// data set's given names miss short ones ending so ("Marily", "Carly", "Cicely"): only words of seven letters or more.</summary>
    private static bool OpeningAdverb(string text, in Token token, int k, int runEnd) =>
        k + 1 < runEnd && token.Has(TokenFlags.SentenceStart) && token.Length >= 7
        && text.AsSpan(token.Start, token.Length).EndsWith("ly", StringComparison.Ordinal) && !GivenNames.IsGivenName(token.Text(text).ToString());

    /// <summary>Class: titles that are also family names (from the trade or rank of an ancestor). Reason: after a
    /// given name, with no name after them, they cannot be a title ("Will Prince", "Carole King"), whereas an office
    /// such as Editor after a given name ("Felix Editor") names a post.</summary>
    private static readonly HashSet<string> TitleSurnames = new(StringComparer.Ordinal)
    {
        "King", "Prince", "Bishop", "Judge", "Pope", "Cardinal", "Sergeant", "Constable",
    };

    /// <summary>"Bill Cash", "Bill Clinton": a cue word that is also a given name opens a name when a word the
    /// vocabulary does not know follows it.</summary>
    private static bool OpensName(string text, List<Token> tokens, int k, int runStart, int runEnd) =>
        k == runStart && k + 1 < runEnd && tokens[k + 1].Class == WordClass.None && GivenNames.IsGivenName(tokens[k].Text(text).ToString());

    private static bool IsArticleOrPreposition(string text, in Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "the" or "The" or "a" or "A" or "an" or "for" or "of" or "at" or "from" or "by" or "to" or "with" or "in" or "on";
    }

    /// <summary>"Doo-style", "Labour-led": a hyphenated word ending in a lower-case part is not a name.</summary>
    private static bool HasLowerSuffix(string text, in Token token)
    {
        var hyphen = text.AsSpan(token.Start, token.Length).LastIndexOfAny('-', '‑');
        return hyphen > 0 && char.IsLower(text[token.Start + hyphen + 1]);
    }

    private static bool IsGerund(string text, in Token token) =>
        token.Length >= 5 && text.AsSpan(token.Start, token.Length).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Name words followed in the same run by a cue word name a place or body ("Glasgow Emirates
    /// Arena", "St Andrews United Reform Church"); followed by an office mid-run they name a constituency
    /// ("Hartlepool MP Jill Mortimer"). An office closing the run follows a name ("Khalid Mahmood MP").</summary>
    private static bool KeepsCoreBefore(List<Token> tokens, int k, int runEnd)
    {
        for (var i = k; i < runEnd; i++)
            if (tokens[i].Class == WordClass.Cue) return false;
        var next = tokens[k];
        if (next.Class == WordClass.RoleModifier) return false;
        if (next.Class == WordClass.Role) return k == runEnd - 1;
        return true;
    }

    /// <summary>"Syrian", "Catalan": a nation's or a people's adjective, whose office the next word is ("Syrian
    /// President Assad"), from the vocabulary or the general data set of places.</summary>
    private static bool NationBefore(string text, in Token token) =>
        token.Class == WordClass.Nationality || token.Class == WordClass.None && PlaceNames.IsPeopleOrLanguage(token.Text(text).ToString());

    private static void Add(string text, int paragraph, List<Token> tokens, int first, int end, int runStart, List<NameCandidate> found)
    {
        var titleToken = -1;
        var titleClass = WordClass.None;
        var surfaceStart = tokens[first].Start;
        if (first > runStart && end - first == 1 && tokens[first - 1].Class == WordClass.Role && !tokens[first - 1].Has(TokenFlags.AllCaps)
            && (first - 1 == runStart || tokens[first - 2].Class is WordClass.Role or WordClass.RoleModifier or WordClass.Party or WordClass.Honorific
                || NationBefore(text, tokens[first - 2])))
        {
            // "President Bush", "Lord Justice May", "Syrian President Assad": an office standing as a title.
            titleToken = first - 1;
            titleClass = WordClass.Role;
        }
        else if (first > runStart && tokens[first - 1].Class is WordClass.Honorific or WordClass.NameTitle)
        {
            titleToken = first - 1;
            titleClass = tokens[titleToken].Class;
            var t = titleToken;
            while (t - 1 >= runStart && tokens[t - 1].Class == WordClass.Honorific) t--;
            surfaceStart = tokens[t].Start;
        }
        var last = tokens[end - 1];
        if (titleToken < 0 && (last.Length == 1 || AfterOrganisationWord(text, tokens, first) && !PersonAtEnd(text, tokens, first, end) && !PersonAfterFor(text, tokens, first, end)
                                || BeforePlaceNoun(text, tokens, end)))
            return;
        found.Add(new NameCandidate
        {
            Paragraph = paragraph,
            FirstToken = first,
            CoreCount = end - first,
            TitleToken = titleToken,
            TitleClass = titleClass,
            SurfaceStart = surfaceStart,
            SurfaceEnd = last.End,
            // "the mayor of Vienna Michael Häupl": after an office's "of" too.
            AfterPlaceWord = runStart > 0 && first == runStart && (IsPlacePreposition(text, tokens[runStart - 1])
                || runStart > 1 && tokens[runStart - 1].Text(text) is "of" && tokens[runStart - 2].Class == WordClass.Role
                || InOfficePortfolio(text, tokens, runStart)),
            Core = Nicknames.CoreOf(text, tokens, first, end),
            Title = titleToken >= 0 ? text.Substring(tokens[titleToken].Start, tokens[titleToken].Length) : null,
        });
    }

    /// <summary>"Secretary of State for Business, Innovation and Skills Sajid Javid": the run opens with the last part
    /// of an office's portfolio (<see cref="Office.PortfolioEnd"/>).</summary>
    private static bool InOfficePortfolio(string text, List<Token> tokens, int runStart)
    {
        if (runStart < 4 || !tokens[runStart - 1].Is(text, "and")) return false;
        for (var f = runStart - 2; f > 0 && runStart - f <= 10 && tokens[f].Sentence == tokens[runStart].Sentence; f--)
        {
            if (!(tokens[f].Is(text, "for") || tokens[f].Is(text, "of"))) continue;
            if (tokens[f - 1].Class != WordClass.Role && !tokens[f - 1].Is(text, "State")) return false;
            var tail = f + 1;
            while (tail < tokens.Count && tokens[tail].Has(TokenFlags.Capitalised) && tokens[tail].Has(TokenFlags.Joined)) tail++;
            return tail > f + 1 && tail < runStart && Office.PortfolioEnd(text, tokens, tail) > runStart;
        }
        return false;
    }

    private static bool IsWord(string text, in Token token, string a, string b)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word.SequenceEqual(a) || word.SequenceEqual(b);
    }

    private static bool IsPlacePreposition(string text, in Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "in" or "at" or "from" or "near" or "across" or "outside" or "around" or "throughout" or "visiting" or "visited";
    }
}
