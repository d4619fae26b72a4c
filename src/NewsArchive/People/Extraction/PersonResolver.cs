using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>One person while the article is being read: the name words, gender and every mention so far.</summary>
internal sealed class ResolvedPerson(string name, string? given, string surname)
{
    public string Name { get; set; } = name;
    public string? Given { get; } = given;
    public string Surname { get; } = surname;
    public string? GivenKey { get; } = given is null ? null : PersonName.Key(given);
    public string SurnameKey { get; } = PersonName.Key(surname);
    public Gender Gender { get; set; }
    public Evidence Evidence { get; set; }
    /// <summary>The article gives the name with a title or an office ("Mr Khan", "President Sirisena").</summary>
    public bool Titled { get; set; }
    public List<ResolvedMention> Mentions { get; } = [];
    /// <summary>Full spellings of the name this article uses, with how often each is used.</summary>
    public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);
    public int LastSeen { get; set; } = -1;
}

internal readonly record struct ResolvedMention(int Paragraph, int FirstToken, int LastToken, int Start, int End, int Person, bool Labelled);

/// <summary>What the resolver made of an article's names: its people, the names it turned down for want of
/// evidence, and the names it has strong evidence for (which teach the rest of the archive).</summary>
internal sealed record Resolution(List<ResolvedPerson> People, IReadOnlyCollection<string> Unconfirmed, IReadOnlyCollection<string> Confirmed)
{
    /// <summary>Names that only look like a person's (<see cref="PeopleExtraction.Named"/>).</summary>
    public IReadOnlyCollection<string> Named { get; init; } = [];
}

/// <summary>Turns candidates into people: full names first, if the article gives evidence that they are
/// people, then short forms ("Mr Khan", "Sir Keir", "Burnham", "Keir") resolved to the most recently
/// mentioned person they fit, never across genders ("Mrs Howard" is not Michael Howard).</summary>
internal static partial class PersonResolver
{
    private const int MaxNameWords = 3;

    public static Resolution Resolve(List<NameCandidate> candidates, IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, ArchiveEvidence archive)
    {
        var people = new List<ResolvedPerson>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var shortForms = new HashSet<string>(StringComparer.Ordinal);
        // "Mrs Parker Bowles": two words after a title, which may be a surname of two (see ReadDoubleSurnames).
        var titledPairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.CoreCount == 2 && c.TitleClass != WordClass.NameTitle) pairs.Add(PersonName.Key(c.Core));
            if (c.CoreCount == 2 && c.TitleClass == WordClass.Honorific) titledPairs.Add(PersonName.Key(c.Core));
            // "Mr Khan" vouches for a surname, "Sir Keir" for a given name.
            if (c.CoreCount == 1 && c.TitleClass == WordClass.Honorific) shortForms.Add((c.Knightly ? "given:" : "") + PersonName.Key(c.Core));
        }
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i].CoreCount >= 3 && candidates[i].TitleToken < 0 && candidates[i].TitleClass != WordClass.NameTitle
                && !(candidates[i].CoreCount == 3 && titledPairs.Count > 0 && titledPairs.Contains(LastTwo(candidates[i].Core))))
                candidates[i] = TrimLeadingPlace(candidates[i], pairs);
        ReadDoubleSurnames(candidates, titledPairs);

        var evidence = candidates.Where(IsFullName).GroupBy(KeyOf)
            .ToDictionary(g => g.Key, g => PersonEvidence.For(g, paragraphs, tokens, shortForms, archive.Words), StringComparer.Ordinal);
        var unconfirmed = evidence.Where(e => e.Value == Evidence.None && !archive.People.Contains(e.Key)).Select(e => e.Key).ToList();
        var confirmed = candidates.Where(c => IsFullName(c) && c.TitleClass != WordClass.NameTitle && evidence[KeyOf(c)] == Evidence.Stated)
            .Select(c => c.Core).Distinct().ToList();
        // Weaker: a name that opens with a known given name and nothing more ("Theresa May" with no title or verb)
        // tells the archive only who bears a surname, so that "May" alone may stand for her in another article.
        var named = candidates.Where(c => IsFullName(c) && c.TitleClass != WordClass.NameTitle && evidence[KeyOf(c)] == Evidence.NameLike
                && GivenNames.IsGivenName(c.Core[..c.Core.IndexOf(' ')]))
            .Select(c => c.Core).Distinct().ToList();
        bool Accepted(in NameCandidate c) => evidence[KeyOf(c)] != Evidence.None || archive.People.Contains(KeyOf(c));

        foreach (var c in candidates)
            if (IsFullName(c) && Accepted(c)) PersonFor(c, people, byKey, evidence[KeyOf(c)]);
        var unplaced = new List<string>();
        var listed = new List<NameCandidate>();
        foreach (var c in candidates)
        {
            if (c.CoreCount != 1 || c.TitleClass is not (WordClass.Honorific or WordClass.Role)) continue;
            if (tokens[c.Paragraph][c.FirstToken].Has(TokenFlags.InQuote) && !NamedInSpeech(c, tokens[c.Paragraph], archive.Words)) continue;
            if (PersonEvidence.PlaceHeadAfter(paragraphs[c.Paragraph], tokens[c.Paragraph], c.LastToken)) continue;
            // "the Transport and General Workers' Union", "the State's General Budgets": an office before an everyday
            // word in the plural opens the name of a body or a thing, not a person's.
            if (c.TitleClass == WordClass.Role && c.Core.EndsWith('s') && archive.Words.Lowercase.Contains(c.Core.ToLowerInvariant())) continue;
            if (FindShort(c, people, paragraphs) >= 0) continue;
            // "Mr Blair" in an article that never gives his full name: the archive's Tony Blair, when the title agrees.
            if (ArchiveFullName(c, archive) is { } full) people[PersonFor(full, people, byKey, Evidence.Stated)].Titled = true;
            else
            {
                people[PersonFor(c, people, byKey, Evidence.Stated)].Titled = true;
                if (!c.Peerage && !c.Knightly) unplaced.Add(ArchiveEvidence.SurnamePrefix + PersonName.Key(c.Core));
            }
        }
        foreach (var c in candidates)
        {
            if (FindShort(c, people, paragraphs) >= 0) continue;
            if (PersonEvidence.GivenNameAlone(paragraphs[c.Paragraph], tokens[c.Paragraph], c)) PersonFor(c, people, byKey, Evidence.NameLike);
            // A given name that speaks may be the surname of people the archive knows ("Benton details", "Blair has"): it
            // is theirs once the archive's names are known, and a person of its own until then.
            else if (!archive.Surnames.ContainsKey(PersonName.Key(c.Core)) && PersonEvidence.GivenNameActs(paragraphs, tokens, c, archive.Words))
            {
                PersonFor(c, people, byKey, Evidence.NameLike);
                unplaced.Add(ArchiveEvidence.SurnamePrefix + PersonName.Key(c.Core));
            }
        }
        foreach (var c in candidates)
        {
            if (c.CoreCount != 1 || c.TitleToken >= 0 || FindShort(c, people, paragraphs) >= 0) continue;
            var key = PersonName.Key(c.Core);
            var full = archive.Surnames.GetValueOrDefault(key);
            if (!PersonEvidence.MaySurname(paragraphs[c.Paragraph], tokens[c.Paragraph], c, archive.Words, archive.VouchFor(key)))
            {
                // The archive's names may yet settle it ("a speech from Cameron", "Brown was in favour"): it waits for them.
                if (full is null && PersonEvidence.MaySurname(paragraphs[c.Paragraph], tokens[c.Paragraph], c, archive.Words, SurnameVouch.WellAttested))
                    unplaced.Add(ArchiveEvidence.SurnamePrefix + key);
                continue;
            }
            // "Cameron" alone: the one person of that surname the archive vouches for, or a surname that speaks.
            if (full is not null)
                PersonFor(c with { Core = full, CoreCount = full.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length }, people, byKey, Evidence.Stated);
            else if (!GivenNames.IsGivenName(c.Core) && (PersonEvidence.SpeaksAfter(paragraphs[c.Paragraph], tokens[c.Paragraph], c.LastToken)
                         || PersonEvidence.SurnameDescribed(paragraphs[c.Paragraph], tokens[c.Paragraph], c)
                         || PersonEvidence.OwnsAfter(paragraphs[c.Paragraph], tokens[c.Paragraph], c.LastToken)
                         || PersonEvidence.PronounAfter(paragraphs[c.Paragraph], tokens[c.Paragraph], c.FirstToken, c.LastToken)))
                PersonFor(c, people, byKey, Evidence.Stated);
            else if (!GivenNames.IsGivenName(c.Core)) listed.Add(c);
            else unplaced.Add(ArchiveEvidence.SurnamePrefix + PersonName.Key(c.Core));
        }
        // "Clarkson, Hammond, and May": a list's items are read once every person it may hold is known ("May" may
        // come before the one named by title or in full).
        foreach (var c in listed)
            if (FindShort(c, people, paragraphs) >= 0) continue;
            else if (ListedWithPerson(paragraphs[c.Paragraph], tokens[c.Paragraph], c, people)) PersonFor(c, people, byKey, Evidence.Stated);
            else unplaced.Add(ArchiveEvidence.SurnamePrefix + PersonName.Key(c.Core));

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            int person;
            if (IsFullName(c)) person = byKey.GetValueOrDefault(KeyOf(c), -1);
            else if (c.CoreCount == 1) person = FindShort(c, people, paragraphs);
            else continue;
            if (person < 0) continue;
            var p = people[person];
            p.Mentions.Add(new ResolvedMention(c.Paragraph, c.FirstToken, c.LastToken, c.SurfaceStart, c.SurfaceEnd, person, c.TitleToken >= 0));
            p.LastSeen = i;
            if (IsFullName(c)) p.Spellings[c.Core] = p.Spellings.GetValueOrDefault(c.Core) + 1;
            if (p.Gender is Gender.Unknown or Gender.Either && Genders.OfTitle(c.Title) is var g and not Gender.Unknown) p.Gender = g;
        }
        people.RemoveAll(p => p.Mentions.Count == 0);
        foreach (var p in people)
        {
            // The spelling the article uses most names the person; a one-off typo becomes an alias.
            if (p.Spellings.Count > 1) p.Name = string.Join(' ', p.Spellings.MaxBy(s => s.Value).Key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (p.Gender == Gender.Unknown && p.Given is not null) p.Gender = GenderOfGivenName(p.Given);
        }
        return new Resolution(people, [.. unconfirmed, .. unplaced.Distinct()], confirmed) { Named = named };
    }

    /// <summary>The full name the archive gives a surname that an honorific or an office stands before, when the
    /// title's gender agrees with the full name's given name; never for a peer ("Lord Falconer" is his name) or
    /// after Sir or Dame (a given name follows them).</summary>
    private static NameCandidate? ArchiveFullName(in NameCandidate c, ArchiveEvidence archive)
    {
        if (c.Peerage || c.Knightly || archive.Surnames.GetValueOrDefault(PersonName.Key(c.Core)) is not { } full) return null;
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!Genders.Agree(GenderOfGivenName(words[0]), Genders.OfTitle(c.Title))) return null;
        return c with { Core = full, CoreCount = words.Length };
    }

    /// <summary>"Sirisena and Rajapaksa", "Clarkson, Hammond, and May": a lone surname in a list with the surname of a
    /// person the article names in full with a known given name, or with a title, is a person too
    /// (<see cref="PersonEvidence.ListedWithPerson"/>). A person found by a weaker rule would spread its errors
    /// ("Beijing and Pyongyang").</summary>
    private static bool ListedWithPerson(string text, List<Token> tokens, in NameCandidate c, List<ResolvedPerson> people) =>
        PersonEvidence.ListedWithPerson(text, tokens, c.FirstToken, c.LastToken, i => tokens[i].Has(TokenFlags.Capitalised)
            && people.Exists(p => p.SurnameKey == PersonName.Key(tokens[i].Text(text).ToString()) && (p.Titled || p.Given is { } given && GivenNames.IsGivenName(given))));

    /// <summary>"Mr Redwood said: “Mr Blair has forgotten the interests of taxpayers”": inside quoted speech an
    /// honorific before a word that is no everyday word names a person. Not in a quoted title ("No More Mr Nasty"),
    /// not an office ("Captain Hindsight", "the Queen Mother") and not a nickname made of a word ("Mr Brexit", "Mr Nobody").</summary>
    /// <remarks>The archive's lower-case words hold the article's own: <see cref="ArchiveWords"/> reads every article.</remarks>
    private static bool NamedInSpeech(in NameCandidate c, List<Token> tokens, ArchiveWords words) =>
        c.TitleClass == WordClass.Honorific && c.Core.Length >= 3 && !InShortQuote(tokens, c.FirstToken) && !Vocabulary.Knows(c.Core)
        && !words.Lowercase.Contains(c.Core.ToLowerInvariant());

    /// <summary>Words of a quotation short enough to be a work's title rather than speech.</summary>
    private const int TitleQuoteWords = 6;

    private static bool InShortQuote(List<Token> tokens, int index)
    {
        if (!tokens[index].Has(TokenFlags.InQuote)) return false;
        var first = index;
        while (first > 0 && tokens[first - 1].Has(TokenFlags.InQuote)) first--;
        var last = index;
        while (last + 1 < tokens.Count && tokens[last + 1].Has(TokenFlags.InQuote)) last++;
        return last - first + 1 <= TitleQuoteWords;
    }

    private static bool IsFullName(NameCandidate c) =>
        c.TitleClass == WordClass.NameTitle || c.CoreCount >= 2 && c.CoreCount <= MaxNameWords + ParticlesIn(c.Core);

    private static int ParticlesIn(string core) => core.Split(' ').Count(w => w.Length > 0 && char.IsLower(w[0]));

    private static string KeyOf(NameCandidate c) =>
        c.Peerage && c.CoreCount == 1 ? PersonName.Key(c.Title + " " + c.Core) : PersonName.Key(c.Core);

    private static int PersonFor(in NameCandidate c, List<ResolvedPerson> people, Dictionary<string, int> byKey, Evidence evidence)
    {
        var key = KeyOf(c);
        if (byKey.TryGetValue(key, out var index)) return index;
        var words = c.Core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = words.Length > 1 ? words[0] : null;
        var variant = given is null ? -1 : people.FindIndex(p => IsVariant(p, given, words[^1]));
        if (variant >= 0)
        {
            byKey[key] = variant;
            return variant;
        }
        var name = string.Join(' ', words);
        if (c.Peerage && words.Length == 1) name = c.Title + " " + name;
        // A person named by a given name alone ("his wife Ffion") takes its gender as well.
        var first = given ?? (c.TitleToken < 0 ? words[0] : null);
        people.Add(new ResolvedPerson(name, given, words[^1]) { Evidence = evidence, Gender = first is null ? Gender.Unknown : GenderOfGivenName(first) });
        byKey[key] = people.Count - 1;
        return people.Count - 1;
    }

    /// <summary>Male or female when the given name is used for one only; otherwise unknown.</summary>
    private static Gender GenderOfGivenName(string given) => GivenNames.Of(given) is var g && g is Gender.Male or Gender.Female ? g : Gender.Unknown;

    /// <summary>"Chris Kaye" after "Christopher Kaye", "Ed Milliband" beside "Ed Miliband": one person.</summary>
    private static bool IsVariant(ResolvedPerson person, string given, string surname)
    {
        if (person.GivenKey is null) return false;
        var (g, s) = (PersonName.Key(given), PersonName.Key(surname));
        return person.SurnameKey == s && NameVariants.SameGivenName(person.GivenKey, g)
            || person.GivenKey == g && NameVariants.Mistyped(person.SurnameKey, s);
    }

    /// <summary>"in Manchester Andy Burnham", "New Yorker Dick Morris", "MP for Hackney North and Stoke Newington Diane
    /// Abbott": a place or a description before a name the article also gives alone, or before a known given name
    /// that none of the words before it is.</summary>
    private static NameCandidate TrimLeadingPlace(NameCandidate c, HashSet<string> pairs)
    {
        var words = c.Core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        if (words.Length == 3 && (c.AfterPlaceWord || pairs.Contains(PersonName.Key(words[1] + " " + words[2])))) skip = 1;
        for (var j = 1; skip == 0 && j <= words.Length - 2 && !GivenNames.IsGivenName(words[j - 1]); j++)
            if (GivenNames.IsGivenName(words[j])) skip = j;
        if (skip == 0) return c;
        var offset = 0;
        for (var w = 0; w < skip; w++) offset = c.Core.IndexOf(words[w + 1], offset + words[w].Length, StringComparison.Ordinal);
        return c with { FirstToken = c.FirstToken + skip, CoreCount = c.CoreCount - skip, Core = c.Core[offset..], SurfaceStart = c.SurfaceStart + offset };
    }

}

/// <summary>Gender as the text shows it: by title, and whether two findings can be one person.</summary>
internal static class Genders
{
    public static Gender OfTitle(string? title) => title switch
    {
        "Mr" or "Sir" or "Lord" or "Baron" or "Count" or "King" or "Prince" => Gender.Male,
        "Mrs" or "Ms" or "Miss" or "Dame" or "Lady" or "Baroness" or "Queen" or "Princess" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>False only when one is known to be male and the other female.</summary>
    public static bool Agree(Gender a, Gender b) =>
        a is Gender.Unknown or Gender.Either || b is Gender.Unknown or Gender.Either || a == b;
}
