using System.Text.RegularExpressions;

namespace NewsArchive.Language;

/// <summary>The party names British news uses, each mapped to one display name.</summary>
public static partial class Parties
{
    /// <summary>Alternation of party names as written; case-sensitive, so "renew" or "green" in prose is not a party.</summary>
    public const string Names =
        "Labour Party|Labour|Conservative Party|Conservatives|Conservative|Tory|Tories|Liberal Democrats|Liberal Democrat|Lib Dems|Lib Dem|" +
        "Green Party|Greens|Green|Scottish National Party|SNP|Plaid Cymru|UKIP|Reform UK|Reform Party|Reclaim Party|" +
        "Social Democratic Party|SDP|Renew|Brexit Party|BNP|Respect|Veritas|DUP|Sinn Fein|Sinn Féin|SDLP|Ulster Unionists|Alliance Party";

    /// <summary>What a party label may call a person between the party and the name ("Conservative challenger").</summary>
    public const string Roles = "candidate|challenger|incumbent|MP|MSP|AM|MEP|rival|opponent|hopeful|councillor";

    [GeneratedRegex(@"\b(?<party>" + Names + @")(?:'s|’s|s'|s’|'|’)?(?![\w-])")]
    public static partial Regex Mention();

    public static string Canonical(string written) => written switch
    {
        "Labour Party" => "Labour",
        "Conservative Party" or "Conservatives" or "Tory" or "Tories" => "Conservative",
        "Liberal Democrats" or "Lib Dems" or "Lib Dem" => "Liberal Democrat",
        "Green Party" or "Greens" => "Green",
        "Scottish National Party" => "SNP",
        "Reform Party" => "Reform",
        "Sinn Féin" => "Sinn Fein",
        "Ulster Unionists" => "Ulster Unionist",
        _ => written,
    };
}
