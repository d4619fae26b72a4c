using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>One person while the article is being read: the name words and every mention so far.</summary>
internal sealed class ResolvedPerson(string name, string? given, string surname)
{
    public string Name { get; } = name;
    public string? Given { get; } = given;
    public string Surname { get; } = surname;
    public string? GivenKey { get; } = given is null ? null : PersonName.Key(given);
    public string SurnameKey { get; } = PersonName.Key(surname);
    public List<ResolvedMention> Mentions { get; } = [];
    public int LastSeen { get; set; } = -1;
}

internal readonly record struct ResolvedMention(int Paragraph, int FirstToken, int LastToken, int Start, int End, int Person, bool Labelled);

/// <summary>Turns candidates into people: full names first, then short forms ("Mr Khan", "Sir Keir",
/// "Burnham", "Keir") resolved to the most recently mentioned person they fit.</summary>
internal static class PersonResolver
{
    private const int MaxNameWords = 3;

    public static List<ResolvedPerson> Resolve(List<NameCandidate> candidates)
    {
        var people = new List<ResolvedPerson>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.CoreCount == 2 && c.TitleClass != WordClass.NameTitle) pairs.Add(PersonName.Key(c.Core));

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsFullName(c)) continue;
            if (c.CoreCount == 3 && c.TitleToken < 0) candidates[i] = c = TrimLeadingPlace(c, pairs);
            PersonFor(c, people, byKey);
        }
        foreach (var c in candidates)
        {
            if (c.CoreCount != 1 || c.TitleClass is not (WordClass.Honorific or WordClass.Role)) continue;
            if (FindShort(c, people) < 0) PersonFor(c, people, byKey);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            int person;
            if (IsFullName(c)) person = byKey[KeyOf(c)];
            else if (c.CoreCount == 1) person = FindShort(c, people);
            else continue;
            if (person < 0) continue;
            people[person].Mentions.Add(new ResolvedMention(c.Paragraph, c.FirstToken, c.LastToken, c.SurfaceStart, c.SurfaceEnd, person, c.TitleToken >= 0));
            people[person].LastSeen = i;
        }
        people.RemoveAll(p => p.Mentions.Count == 0);
        return people;
    }

    private static bool IsFullName(in NameCandidate c) =>
        c.TitleClass == WordClass.NameTitle || c.CoreCount is >= 2 and <= MaxNameWords;

    private static string KeyOf(in NameCandidate c) =>
        c.Peerage && c.CoreCount == 1 ? PersonName.Key(c.Title + " " + c.Core) : PersonName.Key(c.Core);

    private static int PersonFor(in NameCandidate c, List<ResolvedPerson> people, Dictionary<string, int> byKey)
    {
        var key = KeyOf(c);
        if (byKey.TryGetValue(key, out var index)) return index;
        var words = c.Core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words);
        if (c.Peerage && words.Length == 1) name = c.Title + " " + name;
        people.Add(new ResolvedPerson(name, words.Length > 1 ? words[0] : null, words[^1]));
        byKey[key] = people.Count - 1;
        return people.Count - 1;
    }

    /// <summary>"in Manchester Andy Burnham": a place word before a name the article also gives alone.</summary>
    private static NameCandidate TrimLeadingPlace(NameCandidate c, HashSet<string> pairs)
    {
        var space = c.Core.IndexOf(' ');
        var rest = c.Core[(space + 1)..].TrimStart();
        if (!c.AfterPlaceWord && !pairs.Contains(PersonName.Key(rest))) return c;
        var offset = c.Core.Length - rest.Length;
        return c with { FirstToken = c.FirstToken + 1, CoreCount = 2, Core = rest, SurfaceStart = c.SurfaceStart + offset };
    }

    /// <summary>The person a one-word mention stands for: by surname, or by given name after Sir or Dame
    /// or with no title; the most recently mentioned when several fit; -1 when none does.</summary>
    private static int FindShort(in NameCandidate c, List<ResolvedPerson> people)
    {
        var word = PersonName.Key(c.Core);
        var byGivenFirst = c.TitleClass == WordClass.None || c.Knightly;
        var found = -1;
        if (byGivenFirst && c.TitleClass != WordClass.None) found = MostRecent(people, word, given: true);
        if (found < 0) found = MostRecent(people, word, given: false);
        if (found < 0 && c.TitleClass == WordClass.None) found = MostRecent(people, word, given: true);
        return found;
    }

    private static int MostRecent(List<ResolvedPerson> people, string word, bool given)
    {
        var best = -1;
        for (var p = 0; p < people.Count; p++)
        {
            var person = people[p];
            if ((given ? person.GivenKey : person.SurnameKey) != word) continue;
            if (best < 0 || person.LastSeen > people[best].LastSeen) best = p;
        }
        return best;
    }
}
