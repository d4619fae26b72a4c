using System.Text.RegularExpressions;

namespace NewsArchive.Language;

/// <summary>One party: the name the archive shows, every way news writes it, and the short labels of results
/// tables ("(Lab)").</summary>
public sealed record Party(string Name, IReadOnlyList<string> Written, IReadOnlyList<string> Labels);

/// <summary>
/// The parties British political news names, in one table that people and elections both read, so a party
/// has one name across the archive ("Tory", "Tories" and "Conservatives" are all "Conservative").
/// </summary>
public static partial class Parties
{
    public static readonly IReadOnlyList<Party> All =
    [
        new("Labour", ["Labour Party", "Labour"], ["Lab"]),
        new("Conservative", ["Conservative Party", "Conservatives", "Conservative", "Tory Party", "Tory", "Tories"], ["Con"]),
        new("Liberal Democrats", ["Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem", "LibDems", "LibDem"], ["LD", "Lib Dem"]),
        new("Green Party", ["Green Party", "Greens", "Green"], ["Green", "Grn"]),
        // "the Scottish Nationalists": how news often names the SNP in full.
        new("SNP", ["Scottish National Party", "Scottish Nationalists", "SNP"], ["SNP"]),
        new("Plaid Cymru", ["Plaid Cymru", "Plaid"], ["PC"]),
        new("UKIP", ["UK Independence Party", "UKIP", "Ukip"], ["UKIP"]),
        new("Reform UK", ["Reform UK", "Reform Party"], ["Ref"]),
        new("Brexit Party", ["Brexit Party"], []),
        new("Reclaim Party", ["Reclaim Party"], []),
        new("Social Democratic Party", ["Social Democratic Party", "SDP"], []),
        new("Renew", ["Renew"], []),
        new("BNP", ["British National Party", "BNP"], []),
        new("Respect", ["Respect"], []),
        new("Veritas", ["Veritas"], []),
        new("DUP", ["Democratic Unionist Party", "DUP"], ["DUP"]),
        new("Sinn Féin", ["Sinn Féin", "Sinn Fein"], ["SF"]),
        new("SDLP", ["SDLP"], ["SDLP"]),
        new("Ulster Unionist Party", ["Ulster Unionist Party", "Ulster Unionists", "UUP"], ["UUP"]),
        new("Alliance Party", ["Alliance Party"], []),
        new("Change UK", ["Change UK", "Independent Group"], []),
        new("Democratic Party", ["Democratic Party", "Democrats", "Democrat"], []),
        new("Republican Party", ["Republican Party", "Republicans", "Republican", "GOP"], []),
        new("Independent", [], ["Ind"]),
    ];

    /// <summary>Every written form, longest first, as one case-sensitive alternation: "renew" or "green" in
    /// prose is not a party. A unit test holds it to <see cref="All"/>.</summary>
    public const string Names =
        "UK Independence Party|Ulster Unionist Party|Democratic Unionist Party|Scottish National Party|Social Democratic Party|" +
        "Scottish Nationalists|" +
        "British National Party|Conservative Party|Republican Party|Democratic Party|Liberal Democrats|Ulster Unionists|" +
        "Liberal Democrat|Independent Group|Alliance Party|Reclaim Party|Conservatives|Labour Party|Brexit Party|" +
        "Reform Party|Conservative|Plaid Cymru|Green Party|Republicans|Tory Party|Republican|Sinn Féin|Sinn Fein|Democrats|Democrat|" +
        "Change UK|Reform UK|Lib Dems|LibDems|Lib Dem|LibDem|Veritas|Labour|Respect|Greens|Tories|Renew|Plaid|Green|Tory|" +
        "UKIP|Ukip|SDLP|SNP|SDP|DUP|UUP|BNP|GOP";

    /// <summary>Class: capitalised words that stand before a party's name without being a place's first word.</summary>
    private const string BeforeAPartysName = "Scottish|Welsh|English|Irish|Northern|Cornish|London|Young|Former|Ex|New|The|A|An|And|But|Meanwhile|Local|Senior|Leading|Fellow|Rival";

    /// <summary>What a party label may call a person between the party and the name ("Conservative challenger").</summary>
    public const string Roles = "candidate|challenger|incumbent|MP|MSP|AM|MS|MEP|rival|opponent|hopeful|councillor|peer|leader|deputy leader";

    private static readonly Dictionary<string, string> ByWritten = All
        .SelectMany(p => p.Written.Select(w => (w, p.Name)))
        .ToDictionary(x => x.w, x => x.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> ByLabel = All
        .SelectMany(p => p.Labels.Select(l => (l, p.Name)))
        .ToDictionary(x => x.l, x => x.Name, StringComparer.Ordinal);

    /// <summary>A party named anywhere, with an optional possessive; group "party" holds the name as written. A bare
    /// "Green" after a capitalised word is the end of a place's name ("Bethnal Green and Bow", "Golders Green"), unless
    /// the word is one that stands before a party's name (a nation's, "Former", "Young").</summary>
    [GeneratedRegex(MentionPattern)]
    public static partial Regex Mention();

    private const string MentionPattern = @"\b(?<party>" + Names + @")(?<!\b(?!(?:" + BeforeAPartysName + @")\s)\p{Lu}\p{Ll}+\sGreen)(?:'s|’s|s'|s’|'|’)?(?![\w-])";

    [GeneratedRegex(@"\G" + MentionPattern)]
    private static partial Regex MentionAt();

    /// <summary>The party's name as written from <paramref name="index"/>, its longest form ("Liberal Democrats", not
    /// "Liberal"; "Scottish National Party"), or null where no party's name starts there.</summary>
    public static string? NameAt(string text, int index) => MentionAt().Match(text, index) is { Success: true } m ? m.Groups["party"].Value : null;

    /// <summary>The archive's name for a party as written ("Tories" → "Conservative"); an unknown name is kept.</summary>
    public static string Canonical(string written) => ByWritten.GetValueOrDefault(written.Trim()) ?? written.Trim();

    /// <summary>The parties a text names, each once by the archive's name, in the order first named.</summary>
    public static List<string> NamedIn(string text) => Mention().Matches(text).Select(p => Canonical(p.Groups["party"].Value)).Distinct().ToList();

    /// <summary>The party of a results-table label ("Lab", "LD"), or null.</summary>
    public static string? FromLabel(string label) => ByLabel.GetValueOrDefault(label);

    /// <summary>True when the words are a party's name as news writes it.</summary>
    public static bool IsName(string written) => ByWritten.ContainsKey(written);
}
