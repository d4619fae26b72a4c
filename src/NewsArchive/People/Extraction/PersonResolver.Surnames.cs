using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

internal static partial class PersonResolver
{
    /// <summary>"Camilla Parker Bowles" then "Mrs Parker Bowles": after a title, two words the article also writes after
    /// a given name are that person's surname, not a given name and a surname, so the titled pair stands for the full
    /// name. Only when one full name ends with the pair and no title says another gender ("Andrew Parker Bowles" is not
    /// "Mrs Parker Bowles").</summary>
    private static void ReadDoubleSurnames(List<NameCandidate> candidates, HashSet<string> titledPairs)
    {
        if (titledPairs.Count == 0) return;
        var fullNames = candidates.Where(c => c.CoreCount == 3 && c.TitleClass != WordClass.NameTitle && titledPairs.Contains(LastTwo(c.Core)))
            .GroupBy(c => LastTwo(c.Core))
            .Select(g => g.Select(c => c.Core).DistinctBy(PersonName.Key).ToList())
            .Where(names => names.Count == 1)
            .ToDictionary(names => LastTwo(names[0]), names => names[0], StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i] is { CoreCount: 2, TitleClass: WordClass.Honorific } c && fullNames.TryGetValue(PersonName.Key(c.Core), out var name)
                && Genders.Agree(Genders.OfTitle(c.Title), GivenNames.Of(name[..name.IndexOf(' ')])))
                candidates[i] = c with { Core = name };
    }

    private static string LastTwo(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return PersonName.Key(words[^2] + " " + words[^1]);
    }
}
