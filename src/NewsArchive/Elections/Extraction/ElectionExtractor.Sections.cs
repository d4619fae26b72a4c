using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>The most words a paragraph heading a round-up's section has ("When is a military coup not a military
    /// coup? (Zimbabwe)"); a longer one is prose.</summary>
    private const int HeadingWords = 12;

    /// <summary>
    /// A round-up of the year's politics heads each country's part with its name ("Germany", "When is a coup not a
    /// coup? (Zimbabwe)"): a short paragraph with no full stop that is a country's name, or ends with it in brackets. Up to the next such heading, an election the sentences name
    /// without a country is that country's: one left to the article's country (<see cref="ForeignElections.ArticlesCountry"/>),
    /// and "the election" told with no word of Westminster. A heading that names no other country ("Having a
    /// domestic (UK)") ends the section.
    /// </summary>
    private static void PlaceInSectionsCountry(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        string? country = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var alone = (i == 0 || sentences[i - 1].Paragraph != s.Paragraph) && (i + 1 == sentences.Count || sentences[i + 1].Paragraph != s.Paragraph);
            if (alone && IsHeading(s.Text))
            {
                country = SectionCountry().Match(s.Text) is { Success: true } m ? ElectionWords.Country(m.Groups["c"].Value) : null;
                continue;
            }
            if (country is null || anchors[i].Count == 0 || TextCues.Westminster().IsMatch(s.Tokenised)) continue;
            anchors[i] = [.. anchors[i].Select(a =>
                a.Area is ForeignElections.ArticlesCountry or ForeignElections.ArticlesCountryByYear ? a with { Area = country }
                : a is { Kind: ElectionKind.General, Bare: true } ? a with { Kind = ElectionKind.Foreign, Area = country, Bare = false }
                : a)];
        }
    }

    private static bool IsHeading(string paragraph) =>
        !paragraph.TrimEnd().EndsWith('.') && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= HeadingWords;

    /// <summary>A heading that is a country's name, or ends with one in brackets.</summary>
    [GeneratedRegex(@"^\W*(?<c>" + ElectionWords.CountryNames + @")\W*$|\((?<c>" + ElectionWords.CountryNames + @")\)\W*$")]
    private static partial Regex SectionCountry();
}
