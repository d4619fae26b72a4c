using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Which person of the article a one-word mention stands for.</summary>
internal static partial class PersonResolver
{
    /// <summary>The person a one-word mention stands for: by surname, or by given name after Sir or Dame
    /// or with no title; the most recently mentioned when several fit; a surname a letter off ("Ms Abbott"
    /// for Diane Abbot) when none fits exactly; the one person whose given name a given name alone shortens ("Dave"
    /// for David Cameron); -1 when none does. A gendered title rules out the other gender.</summary>
    private static int FindShort(in NameCandidate c, List<ResolvedPerson> people, IReadOnlyList<string> paragraphs)
    {
        var word = PersonName.Key(c.Core);
        var gender = Genders.OfTitle(c.Title);
        var byGivenFirst = c.TitleClass == WordClass.None || c.Knightly;
        var found = -1;
        if (byGivenFirst && c.TitleClass != WordClass.None) found = MostRecent(people, word, given: true, gender);
        if (found < 0) found = MostRecent(people, word, given: false, gender);
        if (found < 0 && c.TitleClass == WordClass.None) found = MostRecent(people, word, given: true, gender);
        if (found < 0 && c.TitleClass == WordClass.Honorific) found = MostRecentMistyped(people, word, gender);
        // "Dave said that he's off", in an article about David Cameron: the one person whose given name it shortens.
        if (found < 0 && c.TitleClass == WordClass.None && c.CoreCount == 1 && GivenNames.IsGivenName(c.Core))
        {
            var shortened = people.Select((p, i) => (p, i))
                .Where(x => x.p.GivenKey is { } g && g.Length > word.Length && NameVariants.SameGivenName(word, g)).ToList();
            if (shortened.Count == 1) found = shortened[0].i;
        }
        return found;
    }

    private static int MostRecent(List<ResolvedPerson> people, string word, bool given, Gender gender)
    {
        var best = -1;
        for (var p = 0; p < people.Count; p++)
        {
            var person = people[p];
            if ((given ? person.GivenKey : person.SurnameKey) != word || !Genders.Agree(person.Gender, gender)) continue;
            if (best < 0 || person.LastSeen > people[best].LastSeen) best = p;
        }
        return best;
    }

    private static int MostRecentMistyped(List<ResolvedPerson> people, string word, Gender gender)
    {
        var best = -1;
        for (var p = 0; p < people.Count; p++)
            if (people[p].GivenKey is not null && NameVariants.Mistyped(people[p].SurnameKey, word) && Genders.Agree(people[p].Gender, gender)
                && (best < 0 || people[p].LastSeen > people[best].LastSeen))
                best = p;
        return best;
    }
}
