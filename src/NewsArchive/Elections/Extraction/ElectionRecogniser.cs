using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Finds the elections a sentence names: the kind from a small lexicon of election words, the area from the
/// capitalised words next to them ("mayor of Tees Valley", "West of England mayor", "Hartlepool by-election").
/// </summary>
internal static partial class ElectionRecogniser
{
    private const string Run = @"(?<![⟦\w’'-])(?<area>[A-Z][\w’'-]*(?:\s(?:of\s|and\s|upon\s)?[A-Z][\w’'-]*)*)";

    // Words that start a capitalised run without being part of a place name.
    private static readonly HashSet<string> NotArea = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "But", "And", "Meanwhile", "Also", "In", "As", "Former",
        "Elected", "New", "Deputy", "Lord", "Mr", "Mrs", "Ms", "Sir", "Dr", "Mayor", "Labour", "Tory", "Tories",
        "Conservative", "Conservatives", "Green", "Greens", "Liberal", "Democrat", "Democrats", "Party", "Independent",
        "Then", "When", "While", "After", "Before", "Now", "Current", "Incumbent", "Acting",
    };

    private static readonly Dictionary<string, string> ReferendumAreas = new(StringComparer.Ordinal)
    {
        ["Scottish"] = "Scotland", ["Welsh"] = "Wales", ["EU"] = "UK", ["European"] = "UK", ["Brexit"] = "UK", ["AV"] = "UK",
    };

    public static IReadOnlyList<ElectionAnchor> Find(string sentence, Func<int, int?> yearNear)
    {
        if (!SentenceCues.HasDigit(sentence) && !MayNameElection().IsMatch(sentence)) return [];
        var anchors = new List<ElectionAnchor>();
        void Add(int position, ElectionKind kind, string? area, bool explicitly)
        {
            if (string.IsNullOrEmpty(area)) return;
            var before = sentence[Math.Max(0, position - 30)..position];
            anchors.Add(new ElectionAnchor(position, kind, area, explicitly, yearNear(position),
                Future: explicitly && FutureMarker().IsMatch(before), Past: PastMarker().IsMatch(before)));
        }

        var mayor = sentence.Contains("ayor", StringComparison.Ordinal);
        var election = sentence.Contains("lection", StringComparison.Ordinal);
        foreach (Match m in mayor ? MayorOf().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.Mayoral, m.Groups["capital"].Success ? "London" : CleanArea(m.Groups["area"].Value), IsElectionWordAfter(sentence, m));
        foreach (Match m in mayor ? AreaMayor().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Groups["area"].Index, ElectionKind.Mayoral, CleanArea(m.Groups["area"].Value), IsElectionWordAfter(sentence, m) || m.Groups["mayoral"].Value.StartsWith("mayoral", StringComparison.OrdinalIgnoreCase));
        foreach (Match m in election ? ByElection().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.ByElection, CleanArea(m.Groups["area"].Value), true);
        foreach (Match m in election ? GeneralElection().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.General, "UK", true);
        foreach (Match m in Devolved().Matches(sentence))
            Add(m.Index, ElectionKind.DevolvedParliament, DevolvedArea(m.Value), IsElectionWordAfter(sentence, m));
        foreach (Match m in election ? LocalElections().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.Local, CleanArea(m.Groups["area"].Value), true);
        foreach (Match m in sentence.Contains("referendum", StringComparison.Ordinal) ? Referendum().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.Referendum, ReferendumAreas.GetValueOrDefault(m.Groups["adj"].Value), true);
        foreach (Match m in sentence.Contains("leadership", StringComparison.Ordinal) ? Leadership().Matches(sentence) : Enumerable.Empty<Match>())
            Add(m.Index, ElectionKind.PartyLeadership, Parties.Canonical(m.Groups["party"].Value), true);
        foreach (Match m in HeldConstituency().Matches(sentence))
            Add(m.Groups["area"].Index, ElectionKind.Constituency, CleanArea(m.Groups["area"].Value), true);
        anchors.Sort((a, b) => a.Position.CompareTo(b.Position));
        return anchors;
    }

    /// <summary>A word every pattern below needs (a digit for <see cref="HeldConstituency"/>): most sentences
    /// have none, and the patterns that open on a capitalised run are slow to fail.</summary>
    [GeneratedRegex(@"[Mm]ayor|[Ee]lection|Senedd|Welsh Assembly|National Assembly for Wales|Welsh Parliament|Holyrood|Scottish Parliament|Northern Ireland Assembly|Stormont|referendum|leadership")]
    private static partial Regex MayNameElection();

    /// <summary>A party holding or taking a named place by a number of votes: a constituency result.</summary>
    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")\s+(?:held|won|gained|took|retained|captured|kept)\s+" + Run + @"\s+(?:by|with a majority of)\s+(?=(?:almost|nearly|around|about|more than|over|just over|just under|some)?\s*\d)")]
    public static partial Regex HeldConstituency();

    private static string? CleanArea(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var possessive = words.FindLastIndex(w => w.EndsWith("’s") || w.EndsWith("'s") || w.EndsWith("s’"));
        if (possessive >= 0) words = words[(possessive + 1)..];
        while (words.Count > 0 && (NotArea.Contains(words[0]) || words[0] is "of" or "and" or "upon")) words.RemoveAt(0);
        while (words.Count > 0 && (NotArea.Contains(words[^1]) || words[^1] is "of" or "and" or "upon")) words.RemoveAt(words.Count - 1);
        if (words.Any(w => Parties.Mention().IsMatch(w) && Parties.Mention().Match(w).Length == w.Length)) return null;
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static string DevolvedArea(string body) => body switch
    {
        "Holyrood" or "Scottish Parliament" or "Scottish Parliamentary" => "Scotland",
        "Northern Ireland Assembly" or "Stormont" => "Northern Ireland",
        _ => "Wales",
    };

    private static bool IsElectionWordAfter(string sentence, Match m) =>
        ElectionWordAfter().IsMatch(sentence, m.Index + m.Length);

    [GeneratedRegex(@"\G\s*(?:[Ee]lections?|race|contest|result|results|poll|vote|count)\b")]
    private static partial Regex ElectionWordAfter();

    [GeneratedRegex(@"(?<!Lord\s)\b[Mm]ayor(?:alty)?\s+(?:of|for)\s+(?:(?<capital>the capital)|(?:the\s+)?" + Run + ")")]
    private static partial Regex MayorOf();

    [GeneratedRegex(Run + @"\s+(?<mayoral>[Mm]ayor(?:al|alty)?)\b(?!\s+of\b)")]
    private static partial Regex AreaMayor();

    [GeneratedRegex(@"(?:" + Run + @"\s+(?:parliamentary\s+)?[Bb]y-?election|\b[Bb]y-?election\s+in\s+" + Run + ")")]
    private static partial Regex ByElection();

    [GeneratedRegex(@"\b[Gg]eneral [Ee]lection(?!s)")]
    private static partial Regex GeneralElection();

    [GeneratedRegex(@"\b(?:Senedd|Welsh Assembly|National Assembly for Wales|Welsh Parliament|Holyrood|Scottish Parliamentary|Scottish Parliament|Northern Ireland Assembly|Stormont)\b")]
    private static partial Regex Devolved();

    [GeneratedRegex(@"\blocal (?:council )?elections?\s+in\s+" + Run + "|" + Run + @"\s+(?:council|local)\s+elections?\b")]
    private static partial Regex LocalElections();

    [GeneratedRegex(@"\b(?:(?<adj>Scottish|Welsh|EU|European|Brexit|AV)\s+)?(?:independence\s+|membership\s+)?referendum\b")]
    private static partial Regex Referendum();

    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")(?:'s|’s)?\s+(?:party\s+)?leadership\s+(?:election|contest|race|ballot)")]
    private static partial Regex Leadership();

    [GeneratedRegex(@"\b(?:next|forthcoming|upcoming|coming|future|new|second|snap|early|possible|another|planned|proposed|fresh)\s+(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FutureMarker();

    [GeneratedRegex(@"\b(?:last|previous|prior|past|earlier)\s+(?:[\w’'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PastMarker();
}
