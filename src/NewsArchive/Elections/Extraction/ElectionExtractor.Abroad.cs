using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>
    /// "The Liberals won the election in 2015", "In 2017 the Greens won 67 seats", "the No campaign won 50.2 per cent in
    /// the referendum", in an article about one other country that never names the UK, its nations, Westminster or a
    /// party only the UK has: Canada's, Germany's, Colombia's, not the UK's general election or referendum of that year.
    /// Liberals, Greens and Conservatives stand in many countries; the UK's own contests are named with the UK's words.
    /// </summary>
    private static void PlaceUkReadingsAbroad(Lazy<string?> abroad, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool UkReading(ElectionAnchor a) => a is { Area: "UK", Kind: ElectionKind.Referendum } or { Area: "UK", Kind: ElectionKind.General, Bare: false };
        if (!anchors.Any(a => a.Any(UkReading)) || abroad.Value is not { } country) return;
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(UkReading))
                anchors[i] = [.. anchors[i].Select(a => UkReading(a) ? a with { Kind = a.Kind == ElectionKind.General ? ElectionKind.Foreign : a.Kind, Area = country } : a)];
    }

    /// <summary>The one other country an article is about (named at least twice), when it is not about Westminster and
    /// never uses a word only the UK's politics has (<see cref="UkOnly"/>); else null.</summary>
    private static string? Abroad(IReadOnlyList<ArticleSentence> sentences) =>
        sentences.Any(s => UkOnly().IsMatch(s.Tokenised)) || MainCountry(sentences) is not { Count: >= 2 } main || AboutWestminster(sentences) ? null : main.Country;

    /// <summary>Class: words only the UK's politics uses: the UK and its nations, Westminster, the Commons, Downing Street,
    /// and the parties no other country has. Reason: one of them in an article ties its contests to the UK.</summary>
    [GeneratedRegex(@"\b(?:UK|U\.K\.|Britain|British|United Kingdom|England|English|Scotland|Scottish|Wales|Welsh|Northern Ireland|Westminster|Commons|Downing Street|Whitehall|Labour|Lib\s?Dems?|Liberal Democrats?|UKIP|SNP|Plaid Cymru|DUP|Sinn F[eé]in|Brexit|Tor(?:y|ies))\b")]
    private static partial Regex UkOnly();
}
