namespace NewsArchive.Language;

[Flags]
internal enum Gender : byte
{
    Unknown = 0,
    Male = 1,
    Female = 2,
    /// <summary>Given to men and women alike ("Kim", "Sam").</summary>
    Either = Male | Female,
}

/// <summary>
/// First names by culture and gender, from the locale data of Bogus (a general-purpose data set of first
/// names in some fifty cultures): a capitalised word that is a known given name is evidence that the words
/// after it name a person, and tells the person's likely gender. It is no list of people in the news.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<Dictionary<string, Gender>> Names = new(Load);

    /// <summary>The genders a given name is used for; <see cref="Gender.Unknown"/> when it is not a known given
    /// name. A name listed for no gender in particular counts as <see cref="Gender.Either"/>.</summary>
    public static Gender Of(string word) => Names.Value.GetValueOrDefault(word);

    public static bool IsGivenName(string word) => Names.Value.ContainsKey(word);

    private static Dictionary<string, Gender> Load()
    {
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var locale in Bogus.Database.GetAllLocales())
        {
            Add(names, locale, "male_first_name", Gender.Male);
            Add(names, locale, "female_first_name", Gender.Female);
            Add(names, locale, "first_name", Gender.Either);
        }
        return names;
    }

    private static void Add(Dictionary<string, Gender> names, string locale, string key, Gender gender)
    {
        if (!Bogus.Database.HasKey("name", key, locale) || Bogus.Database.Get("name", key, locale) is not Bogus.Bson.BArray list) return;
        foreach (var item in list)
        {
            var name = ((Bogus.Bson.BValue)item).StringValue;
            if (!LooksLikeName(name)) continue;
            // A name already known for one gender keeps it when a mixed list repeats it.
            names[name] = names.TryGetValue(name, out var known) ? (gender == Gender.Either ? known : known | gender) : gender;
        }
    }

    private static bool LooksLikeName(string name) =>
        name.Length >= 2 && char.IsUpper(name[0]) && name.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');
}

/// <summary>When two spellings of a name can be one person: the same given name written short ("Chris" for
/// "Christopher"), or a surname mistyped by a letter or two ("Milliband" for "Miliband").</summary>
internal static class NameVariants
{
    /// <summary>Short forms of English given names that are not simply their first letters ("Bill" for
    /// "William"): a general class of words, like the honorifics.</summary>
    private static readonly Dictionary<string, string[]> ShortForms = new(StringComparer.Ordinal)
    {
        ["bill"] = ["william"], ["billy"] = ["william"], ["will"] = ["william"], ["bob"] = ["robert"], ["bobby"] = ["robert"],
        ["rob"] = ["robert"], ["dick"] = ["richard"], ["rick"] = ["richard"], ["jim"] = ["james"], ["jimmy"] = ["james"],
        ["jamie"] = ["james"], ["jack"] = ["john"], ["johnny"] = ["john"], ["ted"] = ["edward", "edmund"], ["ed"] = ["edward", "edmund", "edwin"],
        ["tony"] = ["anthony", "antony"], ["andy"] = ["andrew"], ["mike"] = ["michael"], ["mick"] = ["michael"],
        ["nick"] = ["nicholas", "nicolas"], ["steve"] = ["stephen", "steven"], ["dave"] = ["david"], ["pete"] = ["peter"],
        ["joe"] = ["joseph"], ["harry"] = ["henry", "harold"], ["charlie"] = ["charles"], ["chuck"] = ["charles"],
        ["liz"] = ["elizabeth"], ["beth"] = ["elizabeth"], ["betty"] = ["elizabeth"], ["kate"] = ["katherine", "catherine", "kathryn"],
        ["katie"] = ["katherine", "catherine"], ["cathy"] = ["catherine"], ["maggie"] = ["margaret"], ["meg"] = ["margaret"],
        ["peggy"] = ["margaret"], ["sue"] = ["susan"], ["jenny"] = ["jennifer"], ["sandy"] = ["alexander", "alexandra"],
        ["jerry"] = ["gerald", "gerard", "jeremy"], ["gerry"] = ["gerald", "gerard"], ["larry"] = ["lawrence", "laurence"],
        ["ned"] = ["edward"], ["ollie"] = ["oliver"], ["polly"] = ["mary"], ["molly"] = ["mary"], ["hal"] = ["henry"],
    };

    public static bool SameGivenName(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        return ShortForms.TryGetValue(shorter, out var full) && full.Contains(longer)
            || ShortForms.TryGetValue(longer, out full) && full.Contains(shorter);
    }

    /// <summary>Two spellings of one surname: the same first letter and one edit apart (two for long names).
    /// Short surnames never qualify: "Ball" and "Hall" are two families.</summary>
    public static bool Mistyped(string a, string b)
    {
        if (a == b || a.Length < 5 || b.Length < 5 || a[0] != b[0]) return false;
        var allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return EditDistance.Between(a, b, allowed) <= allowed;
    }
}
