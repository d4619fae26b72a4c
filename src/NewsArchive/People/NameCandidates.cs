namespace NewsArchive.People;

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
internal static class NameCandidates
{
    public static void Find(string text, int paragraph, List<NameToken> tokens, List<NameCandidate> found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsRunWord(tokens[i])) { i++; continue; }
            var j = i + 1;
            while (j < tokens.Count && !tokens[j - 1].Has(TokenFlags.Possessive) && tokens[j].Has(TokenFlags.Joined) && IsRunWord(tokens[j]))
                j++;
            Segment(text, paragraph, tokens, i, j, found);
            i = j;
        }
    }

    private static bool IsRunWord(in NameToken token) =>
        token.Has(TokenFlags.Capitalised) && (!token.Has(TokenFlags.AllCaps) || token.Class != WordClass.None);

    private static void Segment(string text, int paragraph, List<NameToken> tokens, int runStart, int runEnd, List<NameCandidate> found)
    {
        var coreStart = -1;
        for (var k = runStart; k < runEnd; k++)
        {
            if (IsNameWord(tokens, k, runEnd))
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

    private static bool IsNameWord(List<NameToken> tokens, int k, int runEnd)
    {
        var token = tokens[k];
        if (token.Has(TokenFlags.AllCaps)) return false;
        if (token.Class == WordClass.None) return true;
        // A common word opening a sentence is taken as an ordinary word when a name follows it.
        if (token.Class == WordClass.Common)
            return !(token.Has(TokenFlags.SentenceStart) && runEnd - k - 1 >= 2);
        return false;
    }

    /// <summary>Name words followed by a cue word name a place or body ("Glasgow Emirates Arena"); followed
    /// by an office mid-run they name a constituency ("Hartlepool MP Jill Mortimer").</summary>
    private static bool KeepsCoreBefore(List<NameToken> tokens, int k, int runEnd)
    {
        var next = tokens[k];
        if (next.Class is WordClass.Cue or WordClass.RoleModifier) return false;
        if (next.Class == WordClass.Role) return k == runEnd - 1;
        return true;
    }

    private static void Add(string text, int paragraph, List<NameToken> tokens, int first, int end, int runStart, List<NameCandidate> found)
    {
        var titleToken = -1;
        var titleClass = WordClass.None;
        var surfaceStart = tokens[first].Start;
        if (first > runStart && tokens[first - 1].Class is WordClass.Honorific or WordClass.NameTitle)
        {
            titleToken = first - 1;
            titleClass = tokens[titleToken].Class;
            var t = titleToken;
            while (t - 1 >= runStart && tokens[t - 1].Class == WordClass.Honorific) t--;
            surfaceStart = tokens[t].Start;
        }
        var last = tokens[end - 1];
        found.Add(new NameCandidate
        {
            Paragraph = paragraph,
            FirstToken = first,
            CoreCount = end - first,
            TitleToken = titleToken,
            TitleClass = titleClass,
            SurfaceStart = surfaceStart,
            SurfaceEnd = last.End,
            AfterPlaceWord = runStart > 0 && first == runStart && IsPlacePreposition(text, tokens[runStart - 1]),
            Core = text.Substring(tokens[first].Start, last.End - tokens[first].Start),
            Title = titleToken >= 0 ? text.Substring(tokens[titleToken].Start, tokens[titleToken].Length) : null,
        });
    }

    private static bool IsPlacePreposition(string text, in NameToken token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "in" or "at" or "from" or "near" or "across" or "outside" or "around" or "throughout" or "visiting" or "visited";
    }
}
