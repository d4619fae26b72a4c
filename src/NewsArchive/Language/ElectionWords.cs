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
        // Nations within other states that hold their own elections and independence votes.
        ("Catalonia", "Catalonia|Catalan"), ("Quebec", "Quebec|Québec"), ("Kurdistan", "Kurdistan"));

    /// <summary>Class: the countries of <see cref="Countries"/> that elect members of the European Parliament.
    /// Reason: "the European elections" in a report from one of them are that country's vote, not the UK's.</summary>
    public static readonly IReadOnlySet<string> EuropeanUnion = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ireland", "France", "Germany", "Italy", "Spain", "Portugal", "Greece", "Netherlands", "Belgium", "Austria",
        "Sweden", "Denmark", "Finland", "Poland", "Czech Republic", "Hungary", "Romania",
    };

    /// <summary>Every form in <see cref="Countries"/>, longest first, as one case-sensitive alternation for
    /// patterns (a unit test holds the two together). "Northern Ireland" is the UK's: patterns put
    /// <see cref="NotNorthern"/> in front.</summary>
    public const string CountryNames =
        "Republic of Ireland|Czech Republic|South African|United States|South Africa|Afghanistan|Argentinian|Catalonia|Kurdistan|" +
        "Netherlands|New Zealand|Palestinian|Switzerland|Australian|Portuguese|Venezuelan|Zimbabwean|Argentina|" +
        "Argentine|Australia|Brazilian|Hungarian|Icelandic|Norwegian|Pakistani|Palestine|Taiwanese|Ukrainian|Venezuela|" +
        "American|Austrian|Canadian|Egyptian|Japanese|Nigerian|Pakistan|Portugal|Romanian|Zimbabwe|America|Austria|" +
        "Belgian|Belgium|Denmark|Finland|Finnish|Germany|Hungary|Iceland|Iranian|Ireland|Israeli|Italian|Mexican|" +
        "Nigeria|Romania|Russian|Spanish|Swedish|Turkish|Ukraine|Afghan|Brazil|Canada|Catalan|Danish|France|French|German|Quebec|Québec|" +
        "Greece|Indian|Israel|Kenyan|Mexico|Norway|Poland|Polish|Russia|Sweden|Taiwan|Turkey|Czech|Dutch|Egypt|Greek|" +
        "India|Iraqi|Irish|Italy|Japan|Kenya|Spain|Swiss|Iran|Iraq|U\\.S\\.|USA|US";

    /// <summary>Put before <see cref="CountryNames"/>: Northern Ireland is part of the UK.</summary>
    public const string NotNorthern = @"(?<!Northern\s)";

    /// <summary>The country a name or adjective stands for, or null.</summary>
    public static string? Country(string written) => Countries.GetValueOrDefault(written.Trim());

    /// <summary>Class: month. Reason: "last June's European elections" is dated by its month and the article's date.</summary>
    public static readonly IReadOnlyList<string> Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>The month's number (1-12), or 0.</summary>
    public static int Month(string name) => Months.ToList().IndexOf(name) + 1;

    /// <summary>Class: referendum side. Reason: a referendum's figures belong to a side, not a candidate; news
    /// capitalises or quotes them ("the Yes vote", "Leave won 52%").</summary>
    public const string Sides = "Yes|No|Leave|Remain";

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
