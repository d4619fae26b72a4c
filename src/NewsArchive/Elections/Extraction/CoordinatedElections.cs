using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Two kinds of election joined before one election word: "the London mayoral and assembly elections", "the local
/// and European elections", "the mayoral and London Assembly elections". Each kind is an election of its own, in
/// the place named before either; the rules for one kind read only the kind beside the election word.
/// </summary>
internal static partial class CoordinatedElections
{
    public static void Find(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!sentence.Contains(" and ", StringComparison.Ordinal) || !sentence.Contains("lections", StringComparison.Ordinal)) return;
        foreach (Match m in Joined().Matches(sentence))
        {
            var (first, second) = (Area(m.Groups["a1"].Value), Area(m.Groups["a2"].Value));
            foreach (var (kind, own, other) in new[] { (m.Groups["k1"], first, second), (m.Groups["k2"], second, first) })
                if (!found.Covers(kind.Index) && Election(kind.Value, own, own ?? other) is { } election)
                    found.Add(kind.Index, kind.Index + kind.Length, election.Kind, election.Area, true, wordsEnd: m.Index + m.Length);
        }
    }

    private static string? Area(string run) => run.Length == 0 ? null : ElectionRecogniser.CleanArea(run);

    /// <summary>The election one kind word names, in the place named beside it or beside the other kind.</summary>
    private static (ElectionKind Kind, string Area)? Election(string word, string? own, string? shared) => word.ToLowerInvariant() switch
    {
        "mayoral" => shared is null ? null : (ElectionKind.Mayoral, shared),
        // A round of council elections is England's unless the place beside it, or the nation the other kind names, says otherwise.
        "local" or "council" => (ElectionKind.Local, own ?? (Devolved(shared) is { Area: "Scotland" or "Wales" } nation ? nation.Area : "England")),
        "european" => (ElectionKind.EuropeanParliament, "UK"),
        "general" => (ElectionKind.General, "UK"),
        "assembly" or "parliament" => Devolved(shared),
        _ => null,
    };

    private static (ElectionKind Kind, string Area)? Devolved(string? place) => place switch
    {
        "London" => (ElectionKind.DevolvedParliament, "London"),
        "Scottish" or "Scotland" => (ElectionKind.DevolvedParliament, "Scotland"),
        "Welsh" or "Wales" => (ElectionKind.DevolvedParliament, "Wales"),
        "Northern Ireland" => (ElectionKind.DevolvedParliament, "Northern Ireland"),
        _ => null,
    };

    private const string Kind = @"[Mm]ayoral|[Ll]ocal|[Cc]ouncil|European|[Aa]ssembly|Parliament|[Gg]eneral";
    private const string Place = @"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*";

    [GeneratedRegex(@"(?<![\w’'-])(?:(?<a1>" + Place + @")\s+)?(?<k1>" + Kind + @")\s+and\s+(?:(?<a2>" + Place + @")\s+)?(?<k2>" + Kind + @")\s+[Ee]lections\b")]
    private static partial Regex Joined();
}
