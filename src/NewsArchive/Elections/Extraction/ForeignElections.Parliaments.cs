using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class ForeignElections
{
    /// <summary>Class: the names of other countries' national parliaments, each only one country's. Reason: "had won
    /// 282 of the 543 elected seats in the Lok Sabha", "the CDU's 246 seats in the Bundestag" tell of that country's
    /// national election without naming the country or an election. Names several countries share ("National
    /// Assembly", "Chamber of Deputies", "Congress", which is also India's oldest party) are not here.</summary>
    private static readonly Dictionary<string, string> Parliaments = new(StringComparer.Ordinal)
    {
        ["Lok Sabha"] = "India", ["Bundestag"] = "Germany", ["Knesset"] = "Israel", ["Duma"] = "Russia", ["State Duma"] = "Russia", ["Sejm"] = "Poland",
        ["Riksdag"] = "Sweden", ["Storting"] = "Norway", ["Folketing"] = "Denmark", ["Eduskunta"] = "Finland", ["Althing"] = "Iceland",
        ["Dáil"] = "Ireland", ["Dail"] = "Ireland", ["Verkhovna Rada"] = "Ukraine", ["Tweede Kamer"] = "Netherlands", ["Saeima"] = "Latvia",
        ["Seimas"] = "Lithuania", ["Riigikogu"] = "Estonia", ["Sabor"] = "Croatia",
    };

    /// <summary>Seats won in a parliament only one country has: that country's national election.</summary>
    private static void FindSeatsInParliament(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!sentence.Contains("seat", StringComparison.Ordinal)) return;
        foreach (Match m in SeatsInParliament().Matches(sentence))
        {
            // The name is looked up whole ("State Duma", "Lok Sabha"), then by its first word ("Dáil Éireann"): the
            // class above is the one list of names.
            var name = m.Groups["p"];
            if ((Parliaments.TryGetValue(name.Value, out var country) || Parliaments.TryGetValue(name.Value.Split(' ')[0], out country))
                && !found.Covers(name.Index))
                found.Add(name.Index, m.Index + m.Length, ElectionKind.Foreign, country, true);
        }
    }

    [GeneratedRegex(@"\bseats\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?(?:(?:new|lower|upper|next|outgoing)\s+)?(?<p>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)")]
    private static partial Regex SeatsInParliament();
}
