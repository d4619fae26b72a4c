using System.Text;

namespace NewsArchive.People;

/// <summary>Helpers on person names shared by the extractor and whatever stores people.</summary>
public static class PersonName
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "professor",
        "prof", "rev", "reverend", "rt", "hon",
    };

    /// <summary>True for a lower-case honorific or title word ("sir", "mr"), which name search may ignore.</summary>
    public static bool IsHonorific(string word) => Titles.Contains(word);

    /// <summary>The key that merges one person across articles: accents folded, lower case, titles
    /// stripped, apostrophes, hyphens and spaces made uniform ("Siân Berry" and "Sir  Sian Berry" -> "sian berry").</summary>
    public static string Key(string name)
    {
        var folded = Text.Slug.FoldToAscii(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '-' or '‑' or '–' => ' ',
                '.' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }
        var words = builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && Titles.Contains(words[first])) first++;
        return string.Join(' ', words, first, words.Length - first);
    }
}
