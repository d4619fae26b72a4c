using System.Text.RegularExpressions;

using NewsArchive.People;

namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>
    /// "The Mayor of London, Boris Johnson, ... He was re-elected in 2012 with a 44% mandate": one the article gives an
    /// elected office whose polling days the calendar holds, said to be elected, re-elected or to have won in a year, in
    /// a sentence that names no election: that office's election of the year, when the calendar holds one then. The
    /// subject is the office holder by name, or a pronoun opening the sentence ("I voted him back into power in 2012": the
    /// object) when the article gives that office to one person only.
    /// </summary>
    private static void OfficeHoldersElectedIn(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors, IReadOnlyList<PersonInArticle> people)
    {
        var holders = people.SelectMany(p => p.Roles.Select(r => (p.Name, Office: OfficeOf(r.Role)))).Where(h => h.Office is not null).Distinct().ToList();
        if (holders.Count == 0) return;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (anchors[i].Count > 0 || !sentences[i].Cues.Digit) continue;
            var text = sentences[i].Tokenised;
            if (ElectedIn().Match(text) is not { Success: true } m) continue;
            var before = text[..m.Index];
            var token = ArticleSentence.PersonToken().Matches(before).LastOrDefault();
            var office = token is not null && !before[(token.Index + token.Length)..].Contains(',')
                ? holders.Where(h => h.Name == sentences[i].PersonAt(token)).Select(h => h.Office).FirstOrDefault()
                : token is null && (PronounOpening().IsMatch(before) || m.Groups["object"].Success) && holders.Select(h => h.Office).Distinct().ToList() is [var only] ? only : null;
            var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (office is not var (kind, area) || !ElectionCalendar.HeldIn(kind, area, year)) continue;
            anchors[i] = [new ElectionAnchor(m.Index, kind, area, Explicit: true, StatedYear: year)];
        }
    }

    /// <summary>An office elected on the calendar's polling days: a mayoralty it holds ("Mayor of London").</summary>
    private static (ElectionKind Kind, string Area)? OfficeOf(string role) =>
        MayorOf().Match(role) is { Success: true } m && ElectionCalendar.Knows(ElectionKind.Mayoral, m.Groups["area"].Value) ? (ElectionKind.Mayoral, m.Groups["area"].Value) : null;

    [GeneratedRegex(@"^(?:[Mm]ayor\s+(?:of|for)\s+(?<area>\p{Lu}[\w ]*)|(?<area>\p{Lu}\w*)\s+[Mm]ayor)$")]
    private static partial Regex MayorOf();

    [GeneratedRegex(@"\b(?:(?:was|were|been)\s+)?(?:first\s+)?(?:re-?elected|elected|won|voted\s+(?<object>him|her)\s+back\s+into\s+(?:power|office))\s+(?:[^.;:⟦\d]{0,30}?\s)?in\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex ElectedIn();

    [GeneratedRegex(@"^\s*(?:He|She)\b[^,;]*$")]
    private static partial Regex PronounOpening();
}
