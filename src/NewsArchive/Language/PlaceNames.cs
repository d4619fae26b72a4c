namespace NewsArchive.Language;

/// <summary>
/// Names of countries, regions and cities from the locale data of Bogus (the general-purpose data set the given
/// names come from): its countries, counties, states and city names in every language it has. They are evidence
/// that a run of capitals is a place's name ("Saudi Arabia", "Uttar Pradesh"), never that it is a person's. No
/// name was added here by hand.
/// </summary>
internal static class PlaceNames
{
    private static readonly Lazy<(HashSet<string> All, HashSet<string> Countries)> Names = new(Load);

    /// <summary>True when the words are a place's name of two or more words ("Hong Kong", "New York"). One word
    /// alone is not asked: "Kent", "Victoria" and "Washington" are places and people's names too.</summary>
    public static bool IsPlaceOfWords(string name) => name.Contains(' ') && Names.Value.All.Contains(name);

    /// <summary>True when one word alone is a place's name in the data set ("Washington", "Kent"), whatever else it is.</summary>
    public static bool IsPlaceWord(string word) => Names.Value.All.Contains(word);

    /// <summary>True when a word is a country's name and not also a given name ("China", "Iraq"; not "Jordan").</summary>
    public static bool IsCountryNotGivenName(string word) => Names.Value.Countries.Contains(word) && !GivenNames.IsGivenName(word);

    /// <summary>True when a word names a people or a language rather than a person: a country's name in the data
    /// set with a suffix of nationality ("Austrian", "Italian", "Chinese", "Iraqi", "Turkish"), or the English name
    /// of a language .NET knows ("Catalan", "Basque"); never when the word is also a given name.</summary>
    public static bool IsPeopleOrLanguage(string word)
    {
        if (word.Length < 4 || GivenNames.IsGivenName(word)) return false;
        if (Languages.Value.Contains(word)) return true;
        var countries = Names.Value.Countries;
        bool Country(string stem, params string[] endings) => endings.Any(e => countries.Contains(stem + e));
        return word.EndsWith('n') && Country(word[..^1], "")
            || word.EndsWith("ian", StringComparison.Ordinal) && Country(word[..^3], "", "y", "ia", "ium", "a")
            || word.EndsWith("ese", StringComparison.Ordinal) && Country(word[..^3], "", "a", "on")
            || word.EndsWith('i') && Country(word[..^1], "", "a", "ia")
            || word.EndsWith("ish", StringComparison.Ordinal) && Country(word[..^3], "ey", "en", "and");
    }

    private static readonly Lazy<HashSet<string>> Languages = new(() => System.Globalization.CultureInfo
        .GetCultures(System.Globalization.CultureTypes.NeutralCultures)
        .Select(c => c.EnglishName)
        .Where(n => n.Length >= 4 && !n.Contains(' ') && !n.Contains('(') && char.IsUpper(n[0]))
        .ToHashSet(StringComparer.Ordinal));

    private static (HashSet<string>, HashSet<string>) Load()
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var locale in Bogus.Database.GetAllLocales())
        {
            Add(countries, locale, "country");
            foreach (var key in new[] { "country", "county", "state", "city_name" }) Add(all, locale, key);
        }
        return (all, countries);
    }

    private static void Add(HashSet<string> names, string locale, string key)
    {
        if (!Bogus.Database.HasKey("address", key, locale) || Bogus.Database.Get("address", key, locale) is not Bogus.Bson.BArray list) return;
        foreach (var item in list)
            if (item is Bogus.Bson.BValue { StringValue: { Length: >= 2 } name } && char.IsUpper(name[0])) names.Add(name);
    }
}
