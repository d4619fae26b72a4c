using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>
    /// A headline shortens a constituency's name ("Uxbridge by-election: Conservatives hold Boris Johnson's old seat")
    /// where the body gives it whole ("narrowly held Uxbridge and South Ruislip"). A by-election named by the first
    /// part of a name the article gives elsewhere, joined by "and" or "&amp;", is that name's contest, when the article
    /// gives only one such name; so every outlet's report of one race meets on one page.
    /// </summary>
    private static void NameByElectionsInFull(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        if (!anchors.Any(a => a.Any(x => x.Kind == ElectionKind.ByElection))) return;
        var names = sentences.SelectMany(s => JoinedPlace().Matches(s.Text).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return;
        // "the Stoke and Copeland by-elections": two contests, each place its own, not one name.
        var areas = anchors.SelectMany(a => a).Where(a => a.Kind == ElectionKind.ByElection).Select(a => a.Area).ToHashSet(StringComparer.Ordinal);
        string? Whole(string area)
        {
            var longer = names.Where(n => (n.StartsWith(area + " and ", StringComparison.Ordinal) || n.StartsWith(area + " & ", StringComparison.Ordinal))
                && !areas.Contains(n[(area.Length + (n[area.Length + 1] == '&' ? 3 : 5))..])).ToList();
            return longer is [var only] ? only : null;
        }
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(a => a.Kind == ElectionKind.ByElection && Whole(a.Area) is not null))
                anchors[i] = [.. anchors[i].Select(a => a.Kind == ElectionKind.ByElection && Whole(a.Area) is { } whole ? a with { Area = whole } : a)];
    }

    /// <summary>A place's name of two parts joined by "and" or "&amp;": "Uxbridge and South Ruislip", "Folkestone &amp; Hythe".</summary>
    [GeneratedRegex(@"(?<![\w’'-])[A-Z][\w’'-]*(?:\s(?:upon\s)?[A-Z][\w’'-]*)*\s(?:and|&)\s[A-Z][\w’'-]*(?:\s(?:upon\s)?[A-Z][\w’'-]*)*")]
    private static partial Regex JoinedPlace();
}
