using System.Text.RegularExpressions;

namespace NewsArchive.Language;

/// <summary>
/// Words that election news leans on beyond parties: the countries whose elections British news reports, by
/// name and by adjective; the months that date a poll ("last June's elections"); the sides of a referendum.
/// Every entry is a general word of its class; none is here for one article.
/// </summary>
public static partial class ElectionWords
{
    /// <summary>Class: country (and nation within another state). Each country with every way news writes it, name or adjective, so that "the
    /// Canadian election" and "elections in Canada" are one election. Reason: a foreign election is named by its
    /// country, and only a known country makes "the X election" foreign rather than a UK place's.</summary>
    public static readonly IReadOnlyDictionary<string, string> Countries = Build(
        ("United States", "United States|US|U.S.|USA|America|American"),
        ("Canada", "Canada|Canadian"), ("Ireland", "Ireland|Irish|Republic of Ireland"), ("France", "France|French"),
        ("Germany", "Germany|German"), ("Italy", "Italy|Italian"), ("Spain", "Spain|Spanish"), ("Portugal", "Portugal|Portuguese"),
        ("Greece", "Greece|Greek"), ("Netherlands", "Netherlands|Dutch"), ("Belgium", "Belgium|Belgian"),
        ("Austria", "Austria|Austrian"), ("Switzerland", "Switzerland|Swiss"), ("Sweden", "Sweden|Swedish"),
        ("Norway", "Norway|Norwegian"), ("Denmark", "Denmark|Danish"), ("Finland", "Finland|Finnish"),
        ("Iceland", "Iceland|Icelandic"), ("Poland", "Poland|Polish"), ("Czech Republic", "Czech Republic|Czech"),
        ("Hungary", "Hungary|Hungarian"), ("Romania", "Romania|Romanian"), ("Ukraine", "Ukraine|Ukrainian"),
        ("Russia", "Russia|Russian"), ("Turkey", "Turkey|Turkish"), ("Israel", "Israel|Israeli"),
        ("Palestine", "Palestinian|Palestine"), ("Iraq", "Iraq|Iraqi"), ("Iran", "Iran|Iranian"),
        ("Afghanistan", "Afghanistan|Afghan"), ("Pakistan", "Pakistan|Pakistani"), ("India", "India|Indian"),
        ("Japan", "Japan|Japanese"), ("Taiwan", "Taiwan|Taiwanese"), ("Australia", "Australia|Australian"),
        ("New Zealand", "New Zealand"), ("South Africa", "South Africa|South African"), ("Zimbabwe", "Zimbabwe|Zimbabwean"),
        ("Kenya", "Kenya|Kenyan"), ("Nigeria", "Nigeria|Nigerian"), ("Egypt", "Egypt|Egyptian"), ("Brazil", "Brazil|Brazilian"),
        ("Argentina", "Argentina|Argentine|Argentinian"), ("Mexico", "Mexico|Mexican"), ("Venezuela", "Venezuela|Venezuelan"),
        // The rest of the world's states, by region. Left out: names that are also common given names or words
        // ("Chad", "Jordan", "Georgia", "Guinea"), which would make people and "a guinea" into countries.
        ("Albania", "Albania|Albanian"), ("Belarus", "Belarus|Belarusian"),
        ("Bosnia and Herzegovina", "Bosnia and Herzegovina|Bosnia|Bosnian"), ("Bulgaria", "Bulgaria|Bulgarian"),
        ("Croatia", "Croatia|Croatian"), ("Cyprus", "Cyprus|Cypriot"), ("Estonia", "Estonia|Estonian"),
        ("Latvia", "Latvia|Latvian"), ("Lithuania", "Lithuania|Lithuanian"), ("Luxembourg", "Luxembourg"),
        ("Malta", "Malta|Maltese"), ("Moldova", "Moldova|Moldovan"), ("Montenegro", "Montenegro"),
        ("North Macedonia", "North Macedonia|Macedonia|Macedonian"), ("Serbia", "Serbia|Serbian"),
        ("Slovakia", "Slovakia|Slovak"), ("Slovenia", "Slovenia|Slovenian"), ("Kosovo", "Kosovo"),
        ("Armenia", "Armenia|Armenian"), ("Azerbaijan", "Azerbaijan"),
        ("China", "China|Chinese"), ("South Korea", "South Korea|South Korean"),
        ("North Korea", "North Korea|North Korean"), ("Indonesia", "Indonesia|Indonesian"),
        ("Malaysia", "Malaysia|Malaysian"), ("Singapore", "Singapore"), ("Thailand", "Thailand|Thai"),
        ("Vietnam", "Vietnam|Vietnamese"), ("Philippines", "Philippines|Filipino"),
        ("Sri Lanka", "Sri Lanka|Sri Lankan"), ("Bangladesh", "Bangladesh|Bangladeshi"), ("Nepal", "Nepal|Nepalese"),
        ("Myanmar", "Myanmar|Burma|Burmese"), ("Cambodia", "Cambodia|Cambodian"), ("Hong Kong", "Hong Kong"),
        ("Mongolia", "Mongolia|Mongolian"), ("Kazakhstan", "Kazakhstan"), ("Uzbekistan", "Uzbekistan"),
        ("Kyrgyzstan", "Kyrgyzstan"), ("Syria", "Syria|Syrian"), ("Lebanon", "Lebanon|Lebanese"),
        ("Saudi Arabia", "Saudi Arabia|Saudi"), ("Yemen", "Yemen"), ("Kuwait", "Kuwait"), ("Qatar", "Qatar"),
        ("Bahrain", "Bahrain"), ("United Arab Emirates", "United Arab Emirates"),
        ("Libya", "Libya|Libyan"), ("Tunisia", "Tunisia|Tunisian"), ("Algeria", "Algeria|Algerian"),
        ("Morocco", "Morocco|Moroccan"), ("Sudan", "Sudan|Sudanese"), ("Ethiopia", "Ethiopia|Ethiopian"),
        ("Somalia", "Somalia|Somali"), ("Uganda", "Uganda|Ugandan"), ("Tanzania", "Tanzania|Tanzanian"),
        ("Rwanda", "Rwanda"), ("Ghana", "Ghana|Ghanaian"), ("Senegal", "Senegal"), ("Ivory Coast", "Ivory Coast"),
        ("Cameroon", "Cameroon"), ("Congo", "Congo"), ("Angola", "Angola"), ("Mozambique", "Mozambique"),
        ("Zambia", "Zambia|Zambian"), ("Malawi", "Malawi"), ("Botswana", "Botswana"), ("Namibia", "Namibia"),
        ("Sierra Leone", "Sierra Leone"), ("Liberia", "Liberia"), ("Mali", "Mali"), ("Gambia", "Gambia"),
        ("Chile", "Chile|Chilean"), ("Peru", "Peru|Peruvian"), ("Colombia", "Colombia|Colombian"),
        ("Ecuador", "Ecuador"), ("Bolivia", "Bolivia|Bolivian"), ("Paraguay", "Paraguay"), ("Uruguay", "Uruguay"),
        ("Cuba", "Cuba|Cuban"), ("Haiti", "Haiti"), ("Jamaica", "Jamaica|Jamaican"), ("Nicaragua", "Nicaragua"),
        ("Honduras", "Honduras"), ("Guatemala", "Guatemala"), ("El Salvador", "El Salvador"),
        ("Costa Rica", "Costa Rica"), ("Panama", "Panama"), ("Trinidad and Tobago", "Trinidad and Tobago"),
        ("Barbados", "Barbados"), ("Dominican Republic", "Dominican Republic"), ("Fiji", "Fiji"),
        ("Papua New Guinea", "Papua New Guinea"),
        // Nations within other states that hold their own elections and independence votes.
        ("Catalonia", "Catalonia|Catalan"), ("Quebec", "Quebec|Québec"), ("Kurdistan", "Kurdistan"));

    /// <summary>Class: the nations of <see cref="Countries"/> within other states. Reason: "the failed independence
    /// referendum" beside one of them is its vote to leave the state, whatever other country the sentence names.</summary>
    public static readonly IReadOnlySet<string> NationsWithinStates = new HashSet<string>(StringComparer.Ordinal) { "Catalonia", "Quebec", "Kurdistan" };

    /// <summary>Class: the countries of <see cref="Countries"/> that elect members of the European Parliament.
    /// Reason: "the European elections" in a report from one of them are that country's vote, not the UK's.</summary>
    public static readonly IReadOnlySet<string> EuropeanUnion = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ireland", "France", "Germany", "Italy", "Spain", "Portugal", "Greece", "Netherlands", "Belgium", "Austria",
        "Sweden", "Denmark", "Finland", "Poland", "Czech Republic", "Hungary", "Romania", "Bulgaria", "Croatia", "Cyprus",
        "Estonia", "Latvia", "Lithuania", "Luxembourg", "Malta", "Slovakia", "Slovenia",
    };

    /// <summary>Every form in <see cref="Countries"/>, longest first, as one case-sensitive alternation for
    /// patterns (a unit test holds the two together). "Northern Ireland" is the UK's: patterns put
    /// <see cref="NotNorthern"/> in front.</summary>
    public const string CountryNames =
        "Bosnia and Herzegovina|United Arab Emirates|Republic of Ireland|Trinidad and Tobago|Dominican Republic|" +
        "Papua New Guinea|North Macedonia|Czech Republic|South African|United States|North Korean|Saudi Arabia|" +
        "Sierra Leone|South Africa|South Korean|Afghanistan|Argentinian|Bangladeshi|El Salvador|Ivory Coast|" +
        "Netherlands|New Zealand|North Korea|Palestinian|Philippines|South Korea|Switzerland|Australian|Azerbaijan|" +
        "Bangladesh|Belarusian|Costa Rica|Indonesian|Kazakhstan|Kyrgyzstan|Lithuanian|Luxembourg|Macedonian|" +
        "Montenegro|Mozambique|Portuguese|Sri Lankan|Uzbekistan|Venezuelan|Vietnamese|Zimbabwean|Argentina|Argentine|" +
        "Australia|Brazilian|Bulgarian|Cambodian|Catalonia|Colombian|Ethiopian|Guatemala|Hong Kong|Hungarian|" +
        "Icelandic|Indonesia|Kurdistan|Lithuania|Macedonia|Malaysian|Mongolian|Nicaragua|Norwegian|Pakistani|" +
        "Palestine|Singapore|Slovenian|Sri Lanka|Taiwanese|Tanzanian|Ukrainian|Venezuela|Albanian|Algerian|American|" +
        "Armenian|Austrian|Barbados|Bolivian|Botswana|Bulgaria|Cambodia|Cameroon|Canadian|Colombia|Croatian|Egyptian|" +
        "Estonian|Ethiopia|Filipino|Ghanaian|Honduras|Jamaican|Japanese|Lebanese|Malaysia|Moldovan|Mongolia|Moroccan|" +
        "Nepalese|Nigerian|Pakistan|Paraguay|Peruvian|Portugal|Romanian|Slovakia|Slovenia|Sudanese|Tanzania|Thailand|" +
        "Tunisian|Zimbabwe|Albania|Algeria|America|Armenia|Austria|Bahrain|Belarus|Belgian|Belgium|Bolivia|Bosnian|" +
        "Burmese|Catalan|Chilean|Chinese|Croatia|Cypriot|Denmark|Ecuador|Estonia|Finland|Finnish|Germany|Hungary|" +
        "Iceland|Iranian|Ireland|Israeli|Italian|Jamaica|Latvian|Lebanon|Liberia|Maltese|Mexican|Moldova|Morocco|" +
        "Myanmar|Namibia|Nigeria|Romania|Russian|Senegal|Serbian|Somalia|Spanish|Swedish|Tunisia|Turkish|Ugandan|" +
        "Ukraine|Uruguay|Vietnam|Zambian|Afghan|Angola|Bosnia|Brazil|Canada|Cyprus|Danish|France|French|Gambia|German|" +
        "Greece|Indian|Israel|Kenyan|Kosovo|Kuwait|Latvia|Libyan|Malawi|Mexico|Norway|Panama|Poland|Polish|Quebec|" +
        "Québec|Russia|Rwanda|Serbia|Slovak|Somali|Sweden|Syrian|Taiwan|Turkey|Uganda|Zambia|Burma|Chile|China|Congo|" +
        "Cuban|Czech|Dutch|Egypt|Ghana|Greek|Haiti|India|Iraqi|Irish|Italy|Japan|Kenya|Libya|Malta|Nepal|Qatar|Saudi|" +
        "Spain|Sudan|Swiss|Syria|Yemen|Cuba|Fiji|Iran|Iraq|Mali|Peru|Thai|U\\.S\\.|USA|US";

    /// <summary>Put before <see cref="CountryNames"/>: Northern Ireland is part of the UK.</summary>
    public const string NotNorthern = @"(?<!Northern\s)";

    /// <summary>Class: the United States' two parties as news names them. Reason: a party only one country has names
    /// that country ("Republican nominee", "the Democratic candidate"), and its share is no UK party's.</summary>
    public const string AmericanParties = "Republican|Democratic|Democrats?|GOP";

    /// <summary>The country a name or adjective stands for, or null.</summary>
    public static string? Country(string written)
    {
        var name = written.Trim();
        // "Americans", "Canadians": a country's people, written from its adjective.
        return Countries.GetValueOrDefault(name) ?? (name.EndsWith("ans", StringComparison.Ordinal) ? Countries.GetValueOrDefault(name[..^1]) : null);
    }

    /// <summary>Class: month. Reason: "last June's European elections" is dated by its month and the article's date.</summary>
    public static readonly IReadOnlyList<string> Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The month's number (1-12), or 0. Takes a span so the archive-wide word pass can ask without
    /// making a string of every word.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Months.Count; i++)
            if (name.SequenceEqual(Months[i])) return i + 1;
        return 0;
    }

    /// <summary>Class: referendum side. Reason: a referendum's figures belong to a side, not a candidate; news
    /// capitalises or quotes them ("the Yes vote", "Leave won 52%").</summary>
    public const string Sides = "Yes|No|Leave|Remain";

    /// <summary>True for a side as the archive names it (one of <see cref="Sides"/>).</summary>
    public static bool IsSide(string name) => name is "Yes" or "No" or "Leave" or "Remain";

    /// <summary>A side as the archive names it: "leave", "leaving" and "Leave" are all "Leave".</summary>
    public static string SideName(string word) => word.ToLowerInvariant() switch
    {
        "leave" or "leaving" => "Leave",
        "remain" or "remaining" => "Remain",
        "yes" => "Yes",
        "no" => "No",
        _ => word,
    };

    /// <summary>Class: the ballot option of a students' union's or a society's election to leave a post empty and
    /// open nominations again ("RON", "Re-open Nominations"). Reason: its votes are counted like a candidate's ("RON
    /// received 312 votes", "beat RON by 2,310 votes to 406"), but it is no person and no party; it is kept by
    /// one name, "RON", as a side of a referendum is kept by its own. Case-sensitive: "ron" in prose is nothing.</summary>
    public const string Ron = @"\bRON\b|\bRe-?[Oo]pen\s+[Nn]ominations\b|\bReopen\s+[Nn]ominations\b";

    /// <summary>The archive's one name for <see cref="Ron"/> however it is written, and any other name as it is.</summary>
    public static string RonOr(string name) => name.Trim() is "RON" || name.Contains("ominations", StringComparison.Ordinal) ? "RON" : name;

    /// <summary>The side that lost when the other won: a pair of figures gives the second to it.</summary>
    public static string OtherSide(string side) => side switch
    {
        "Yes" => "No",
        "No" => "Yes",
        "Leave" => "Remain",
        _ => "Leave",
    };

    private static Dictionary<string, string> Build(params (string Country, string Forms)[] countries)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (country, list) in countries)
            foreach (var form in list.Split('|')) forms[form] = country;
        return forms;
    }
}
