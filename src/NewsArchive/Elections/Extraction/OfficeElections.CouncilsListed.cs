using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal static partial class OfficeElections
{
    /// <summary>
    /// "Labour's hopes of storming the Conservatives' flagship London councils came to nothing, as the Tories held
    /// Wandsworth, Westminster and Kensington and Chelsea"; "have held on to Wandsworth and Westminster, two of their
    /// flagship councils in London, but lost Richmond upon Thames and Kingston upon Thames"; "also gained Barnet, where
    /// control of the council had been on a knife edge": in a sentence that calls what was won councils or boroughs, or
    /// speaks of "the council", "the borough" ("have held Eastbrook, ... since the borough was created") or of local
    /// elections, each place held, won or lost is its council's election. A sentence of seats in Parliament (a
    /// by-election, a constituency, an MP) is left to the rules of seats.
    /// </summary>
    private static void FindCouncilsListed(string sentence, ElectionRecogniser.Anchors found)
    {
        // "Wandsworth council, run by the Tories since 1978, went to Labour", "Westminster City Council was won by
        // Labour": a council the sentence says fell, or was won, held or lost.
        foreach (Match m in sentence.Contains("ouncil", StringComparison.Ordinal) ? CouncilFell().Matches(sentence) : Enumerable.Empty<Match>())
            found.Add(m.Groups["area"].Index, m.Index + m.Length, ElectionKind.Local, ElectionRecogniser.CleanArea(CouncilKind().Replace(m.Groups["area"].Value, "")), true);
        if (!CouncilWord().IsMatch(sentence) || SeatWord().IsMatch(sentence)) return;
        foreach (Match m in CouncilsListed().Matches(sentence))
            foreach (Capture place in m.Groups["place"].Captures)
                if (ElectionRecogniser.CleanArea(place.Value) is { } area && area == place.Value && !Parties.IsName(area)
                    && !ArticleReading.NotACouncil.Contains(area) && !PlaceNames.IsCountryNotGivenName(area) && !found.Covers(place.Index))
                    found.Add(place.Index, place.Index + place.Length, ElectionKind.Local, area, true);
        // "the Conservatives held on to their flagship London boroughs of Wandsworth and Westminster": London's boroughs
        // all elect on one day, so London councils won or held are of London's round, which the sentence names too.
        if (found.Any(ElectionKind.Local) && LondonsCouncils().Match(sentence) is { Success: true } london && !found.Covers(london.Index))
            found.Add(london.Index, london.Index + london.Length, ElectionKind.Local, "London", true);
    }

    /// <summary>"London boroughs", "flagship London councils", "councils in London", "boroughs across the capital".</summary>
    [GeneratedRegex(@"\bLondon(?:['’]s)?\s+(?:councils|boroughs)\b|\b(?:councils|boroughs)\s+(?:in|across)\s+(?:London|the\s+capital)\b")]
    private static partial Regex LondonsCouncils();

    [GeneratedRegex(@"\b(?:councils|boroughs|the\s+(?:council|borough)|(?:local|borough|council)\s+elections?)\b")]
    private static partial Regex CouncilWord();

    [GeneratedRegex(@"\b(?:[Bb]y-?elections?|constituenc(?:y|ies)|MPs?|Commons|[Pp]arliament(?:ary)?|[Gg]eneral\s+[Ee]lections?|seat\s+of)\b")]
    private static partial Regex SeatWord();

    [GeneratedRegex(Run + @"\s+[Cc]ouncil(?:,[^,;.]{1,60},)?\s+(?:was\s+(?:won|taken|gained|seized|captured|held|kept|retained|lost)\s+by|went\s+to|fell\s+to|passed\s+to|swung\s+to|stayed|remained)\b")]
    private static partial Regex CouncilFell();

    private const string Borough = @"[A-Z][\w’'-]*(?:\s(?:upon\s|&\s)?[A-Z][\w’'-]*)*";

    /// <summary>Places after a verb of winning or losing, one or a list ("Wandsworth, Westminster and Kensington and
    /// Chelsea": the last may hold an "and" of its own).</summary>
    [GeneratedRegex(@"\b(?:held|holds|holding|kept|keeps|keeping|retained|retains|retaining|won|wins|winning|took|takes|taking|gained|gains|gaining|seized|seizes|seizing|snatched|snatches|captured|captures|capturing|lost|loses|losing|regained|regains|(?:held|holds|hung|hangs|clung|clings)\s+on\s+to|swept\s+to\s+power\s+in)\s+(?:(?:overall|outright)\s+)?(?:control\s+(?:of|in)\s+)?(?<place>" + Borough + @")(?:,\s+(?<place>" + Borough + @"))*(?:,?\s+and\s+(?<place>" + Borough + @"(?:\s+and\s+" + Borough + @")?))?(?![\w’'-])")]
    private static partial Regex CouncilsListed();
}
