using System.Text.RegularExpressions;
using NewsArchive.People;

namespace NewsArchive.Tests.Elections;

/// <summary>
/// TEST FIXTURE, not a person extractor: it stands in for the person extractor's output so the election
/// rules can be tested alone. Given full names written in the test, it marks the full name, "Mr/Ms/Mrs/Sir/Dr
/// + surname" and the bare surname (when no two listed people share it) in every paragraph.
/// </summary>
internal static class TestPeople
{
    public static IReadOnlyList<PersonInArticle> Find(IReadOnlyList<string> paragraphs, params string[] names)
    {
        var surnames = names.GroupBy(Surname).ToDictionary(g => g.Key, g => g.Count());
        var taken = paragraphs.Select(_ => new List<(int Start, int End)>()).ToList();
        var mentions = names.ToDictionary(n => n, _ => new List<NameMention>());
        var forms = names.Select(n => (Name: n, Pattern: Regex.Escape(n)))
            .Concat(names.Where(n => surnames[Surname(n)] == 1).Select(n => (Name: n, Pattern: @"(?:Mr|Ms|Mrs|Sir|Dr)\s+" + Regex.Escape(Surname(n)))))
            .Concat(names.Where(n => surnames[Surname(n)] == 1 && n.Contains(' ')).Select(n => (Name: n, Pattern: Regex.Escape(Surname(n)))));
        foreach (var (name, pattern) in forms)
        {
            for (var p = 0; p < paragraphs.Count; p++)
            {
                foreach (Match m in Regex.Matches(paragraphs[p], @"\b" + pattern + @"\b"))
                {
                    if (taken[p].Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
                    taken[p].Add((m.Index, m.Index + m.Length));
                    mentions[name].Add(new NameMention(p, m.Index, m.Length, m.Value));
                }
            }
        }
        return names
            .Where(n => mentions[n].Count > 0)
            .Select(n => new PersonInArticle
            {
                Name = n,
                Mentions = mentions[n].OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList(),
            })
            .ToList();
    }

    private static string Surname(string name) => name.Split(' ')[^1];
}
