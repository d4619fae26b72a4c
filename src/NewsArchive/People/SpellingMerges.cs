using NewsArchive.Language;

namespace NewsArchive.People;

/// <summary>
/// Spellings across the archive that are one person: "Ed Milliband" in two articles and "Ed Miliband" in
/// twenty, "George Osbourne" beside "George Osborne". Merged only when it is safe: the same given name (or
/// its short form) and a surname a letter or two off (or the same surname), nothing against it (a gender or
/// parties that disagree), and one spelling plainly the usual one, used in more articles than the other.
/// Two spellings used equally often may be two people and are left apart.
/// </summary>
internal static class SpellingMerges
{
    private sealed class Spelling(string key, string given, string surname)
    {
        public string Key { get; } = key;
        public string Given { get; } = given;
        public string Surname { get; } = surname;
        public int Articles { get; set; }
        public HashSet<string> Genders { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Parties { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Each less usual spelling's key, mapped to the usual spelling's key.</summary>
    public static IReadOnlyDictionary<string, string> Find(IEnumerable<IReadOnlyList<PersonInArticle>> articles)
    {
        var spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        foreach (var people in articles)
            foreach (var person in people)
            {
                var key = PersonName.Key(person.Name);
                var words = key.Split(' ');
                if (words.Length < 2) continue;
                if (!spellings.TryGetValue(key, out var spelling)) spellings[key] = spelling = new Spelling(key, words[0], words[^1]);
                spelling.Articles++;
                if (person.Gender is { } gender) spelling.Genders.Add(gender);
                foreach (var party in person.Parties) spelling.Parties.Add(party.Party);
            }

        var merges = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only spellings with the same given name or the same surname are compared, which keeps this near linear.
        var byGiven = spellings.Values.ToLookup(s => s.Given, StringComparer.Ordinal);
        var bySurname = spellings.Values.ToLookup(s => s.Surname, StringComparer.Ordinal);
        foreach (var minor in spellings.Values)
        {
            var major = byGiven[minor.Given].Concat(bySurname[minor.Surname])
                .Where(a => a.Articles > minor.Articles && SameName(a, minor) && !Disagree(a, minor))
                .OrderByDescending(a => a.Articles).ThenBy(a => a.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (major is not null) merges[minor.Key] = major.Key;
        }
        // A spelling merged into one that is itself merged ends at the last.
        foreach (var key in merges.Keys.ToList())
        {
            var target = merges[key];
            while (merges.TryGetValue(target, out var next) && next != key) target = next;
            merges[key] = target;
        }
        return merges;
    }

    private static bool SameName(Spelling a, Spelling b) =>
        a.Given == b.Given && NameVariants.Mistyped(a.Surname, b.Surname)
        || a.Surname == b.Surname && a.Given != b.Given && NameVariants.SameGivenName(a.Given, b.Given);

    private static bool Disagree(Spelling a, Spelling b) =>
        a.Genders.Count == 1 && b.Genders.Count == 1 && !a.Genders.SetEquals(b.Genders)
        || a.Parties.Count > 0 && b.Parties.Count > 0 && !a.Parties.Overlaps(b.Parties);
}
