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

    /// <summary>True when a word is a country's name and not also a given name ("China", "Iraq"; not "Jordan").</summary>
    public static bool IsCountryNotGivenName(string word) => Names.Value.Countries.Contains(word) && !GivenNames.IsGivenName(word);

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
