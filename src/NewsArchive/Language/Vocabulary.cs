namespace NewsArchive.Language;

/// <summary>What a word can tell the extractors. Anything not in the vocabulary is <see cref="None"/>:
/// a capitalised unknown word may be part of a name.</summary>
internal enum WordClass : byte
{
    None,
    /// <summary>Mr, Ms, Sir, Lord: stands before a name and is not part of it.</summary>
    Honorific,
    /// <summary>Count: a title that is part of the name it stands before ("Count Binface").</summary>
    NameTitle,
    /// <summary>An office: Minister, Secretary, Mayor, leader, MP.</summary>
    Role,
    /// <summary>Words that qualify an office: Prime, Home, Environment, shadow, former.</summary>
    RoleModifier,
    /// <summary>What a person is called without holding an office: candidate, challenger, expert. Evidence of a
    /// person, never shown as a role.</summary>
    Descriptor,
    Party,
    /// <summary>Ends an organisation, place, venue, outlet or date: Street, Hall, Party, Radio, Thursday.</summary>
    Cue,
    /// <summary>Function and sentence-opening words that are never part of a name.</summary>
    Stop,
    /// <summary>Common words that can be names too ("Mark", "Will"): dropped only at a sentence start.</summary>
    Common,
    /// <summary>British, Scottish, Christian: an adjective before a capitalised word, a surname at the end
    /// of a name ("Mike German", "Louise Christian").</summary>
    Nationality,
    Pronoun,
    Speech,
    /// <summary>Who speaks without a name: spokesman, source, aides, officials.</summary>
    Unnamed,
    /// <summary>wife, daughter, brother: a given name beside one is a person's ("his wife Ffion").</summary>
    Kin,
}

/// <summary>One group of the vocabulary: a class, why its words are there, and the words.</summary>
internal sealed record WordGroup(WordClass Class, string Reason, string Words);

/// <summary>The small fixed vocabulary every extractor leans on. Each group is a general class of words with
/// the reason it is there; it names no person and holds no word added for one article's sake.</summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, WordClass> Words = Build();
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Classify(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var found) ? found : WordClass.None;

    private static readonly HashSet<string> PlaceHeads =
        new(VocabularyWords.PlaceHeads.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceHeadLookup = PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A place's head written in lower case: "station", "airport", "road".</summary>
    public static bool IsLowercasePlaceHead(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && PlaceHeadLookup.Contains(word);

    private static readonly HashSet<string> Regions = new(VocabularyWords.RegionWords.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionLookup = Regions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised compass point or region word: "North", "Central", "Greater".</summary>
    public static bool IsRegionWord(ReadOnlySpan<char> word) => RegionLookup.Contains(word);

    /// <summary>The office a plural office word names once per person ("Princes" → "Prince", "Secretaries" →
    /// "Secretary"), or null when the word is no plural of an office.</summary>
    public static string? SingularOfRole(string word)
    {
        if (word.Length < 4 || word[^1] != 's' || !char.IsLower(word[^2]) || Classify(word) != WordClass.Role) return null;
        foreach (var one in (string[])[word[..^3] + "y", word[..^2], word[..^1]])
            if (one.Length > 1 && Classify(one) == WordClass.Role) return one;
        return null;
    }

    /// <summary>True for a word the vocabulary knows in any class.</summary>
    public static bool Knows(ReadOnlySpan<char> word) => Lookup.ContainsKey(word);

    private static Dictionary<string, WordClass> Build()
    {
        var words = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        // Later groups win, so the most telling class comes last.
        foreach (var group in VocabularyWords.Groups)
            foreach (var word in group.Words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                words[word] = group.Class;
        return words;
    }
}
