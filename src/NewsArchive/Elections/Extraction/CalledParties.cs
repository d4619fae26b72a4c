using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// One-word names an article itself calls a party: "Vox, a heritage party of Franco's dictatorship", "Vox had become
/// a well established party", "the far-right party Vox", "the far-right Vox party", "Vox presented itself as the
/// party of order". Another country's parties are mostly not in the party table, and a single capitalised word alone
/// may be a person's surname ("Macron won 66%"), so a figure goes to a one-word name only when the article says it is
/// a party.
/// </summary>
internal static partial class CalledParties
{
    public static HashSet<string> Of(IEnumerable<string> sentences)
    {
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (Match m in sentence.Contains("-wing", StringComparison.Ordinal) || sentence.Contains("far-", StringComparison.Ordinal) || sentence.Contains("centre-", StringComparison.Ordinal)
                         || sentence.Contains("center-", StringComparison.Ordinal)
                         ? WingThenName().Matches(sentence) : Enumerable.Empty<Match>())
                called.Add(m.Groups["x"].Value);
            if (!sentence.Contains("party", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (Match m in NameThenParty().Matches(sentence)) called.Add(m.Groups["x"].Value);
            foreach (Match m in PartyThenName().Matches(sentence)) called.Add(m.Groups["x"].Value);
            foreach (Match m in NameBeforeParty().Matches(sentence)) called.Add(m.Groups["x"].Value);
        }
        // A word that opens a sentence may be any word, and a party of the party table needs no finding.
        called.RemoveWhere(w => NotAName().IsMatch(w));
        return called;
    }

    /// <summary>One capitalised word (not part of a longer name) as a party in its apposition or its predicate.</summary>
    private const string Word = @"(?<![\p{L}\d’'⟦-])(?<!\p{Lu}[\p{L}’'-]*\s)(?<x>\p{Lu}\p{Ll}+)(?![\p{L}\d’'⟧-])(?!\s+\p{Lu})";

    // Not "a party man", "a party member": a noun after "party" makes it another thing.
    // Nor "a member of the party", "the leader of the party": words of the party ("of", a member, an office) make the
    // name a person's.
    private const string Kind = @"(?:a|an|the)\s+(?:(?!of\b|member|leader|founder|head|chair|president|whip|boss|spokes|candidate|official|activist)[\p{L}-]+\s+){0,3}?(?:political\s+)?party(?=\s*[,.;:)]|\s*$|\s+(?:of|that|which|who|whose|with|in|on|to|and|founded|formed|led|set|for)\b)";

    [GeneratedRegex(Word + @"(?:,\s+" + Kind + @"|\s+(?:is|was|has\s+become|had\s+become|became|remains|remained)\s+(?:now\s+)?" + Kind
        + @"|\s+(?:presented|presents|describes|described|styled|styles|sees|saw)\s+itself\s+as\s+" + Kind + @"|\s+as\s+" + Kind + ")")]
    private static partial Regex NameThenParty();

    // "the far-right party Vox"; not "the ruling party, Mendes said", across a comma.
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){1,3}party\s+" + Word)]
    private static partial Regex PartyThenName();

    // "the far-right Vox party", "the Podemos party": the name as the word before "party".
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,3}" + Word + @"\s+party\b")]
    private static partial Regex NameBeforeParty();

    /// <summary>"the far-right Vox", "the centre-right Ciudadanos": a name a wing of politics is told of, with no noun
    /// after it, is a party's (a person is told by a wing too, but is read as a person first).</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?:(?:far|hard|centre|center|extreme)-(?:left|right)(?:-wing)?|left-wing|right-wing)\s+" + Word + @"(?!\s+(?:party|parties|leader|candidate|politician|MP|member|government|coalition|movement|group|bloc|alliance|vote|voters)\b)")]
    private static partial Regex WingThenName();

    [GeneratedRegex(@"^(?:The|A|An|It|This|That|He|She|They|We|Labour|Conservatives?|Tories|Liberal|Greens?|Party)$")]
    private static partial Regex NotAName();
}
