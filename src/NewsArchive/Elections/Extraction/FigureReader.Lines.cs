using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Counts told after a candidate's name, and the lines of a results list.</summary>
internal static partial class FigureReader
{
    /// <summary>True for a line of a list of results, a name and its count and nothing else ("Ann Poe – 1,500").</summary>
    public static bool IsResultLine(string sentence) => SentenceCues.HasDigit(sentence) && ResultLine().IsMatch(sentence);

    /// <summary>A candidate's votes told after the name, once the sentence has given votes: "with Labour's Peter
    /// Soulsby on 8,620", "with Jody Dunn of the Liberal Democrats on 10,719", "beat Sam Jones (1,980)", "RON receiving
    /// 210", "beating John Roe, who received 1,101", a line of a list of results ("Ann Poe – 1,500"); not a day or
    /// an address ("on 5 May", "at 10 Downing Street").</summary>
    [GeneratedRegex(@"(?<=" + ArticleSentence.Person + @"(?:’s|'s)\s+|(?:" + ArticleSentence.Person + "|" + ElectionWords.Ron + @")(?:,?\s+of\s+(?:the\s+)?(?:" + Parties.Names + @"),?)?(?:\s+(?:at|on|with|receiving|received|getting|got|polling)|,\s+who\s+(?:received|got|polled))\s+)" + Q + @"(?!\s*(?:per cent|percent|%|-|seats|years))(?!\s+\p{Lu})"
        + @"|(?<=(?:" + ArticleSentence.Person + "|" + ElectionWords.Ron + @")\s*\(\s*)" + Q + @"(?=(?:\s+votes)?\s*\))"
        + @"|(?<=" + LineStart + @")" + Q + @"(?=(?:\s+votes)?\s*(?:\([^()]{0,30}\))?\W*$)")]
    private static partial Regex VotesAfterName();

    /// <summary>The start of a line of a results list, up to its count: the name, then a dash or colon, or its party
    /// in brackets or between commas ("Ann Poe – ", "RON: ", "Ann Poe (Labour) ", "Ann Poe (Lab) – ", "Ann Poe, Labour, ").</summary>
    private const string LineStart = @"^\W*(?:" + ArticleSentence.Person + "|" + ElectionWords.Ron + @")(?:\s*\([^()\d]{1,40}\)\s*[–—:-]?\s*|\s*,\s*(?:the\s+)?(?:" + Parties.Names + @")\s*,\s*|\s*[–—:-]\s*)";

    /// <summary>A line's share, in brackets after its count: "Ann Poe (Labour) 21,034 (43.8%)".</summary>
    [GeneratedRegex(@"(?<=" + LineStart + @"\d[\d,]*(?:\s+votes)?\s*\(\s*)" + Q + @"(?=" + Percent + @"\s*\)\W*$)")]
    private static partial Regex ResultLineShare();

    /// <summary>A line of a list of results, a name (and its party) and its count and nothing else: "Ann Poe – 1,500",
    /// "RON: 200 (not elected)", "Ann Poe (Labour) 1,500 (43.8%)". Not a year ("Jane Doe – 2019").</summary>
    [GeneratedRegex(LineStart + @"(?!(?:19|20)\d\d\b)\d[\d,]*(?:\s+votes)?\s*(?:\([^()]{0,30}\))?\W*$")]
    private static partial Regex ResultLine();
}
