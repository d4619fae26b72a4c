using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The years an undated article tells of, which date the elections it names without one.</summary>
internal sealed partial class ElectionYears
{
    /// <summary>The months an undated article tells of ("quit in January 2005", "until October 2004"), in sentences
    /// with no word of the future, and not a month ahead or a starting point ("by May 2008", "since June 1999"); and a
    /// year told as begun ("should be starting 2005 with an apology", "saw in 2005").</summary>
    public static IReadOnlyList<(string Sentence, int Year)> ToldYears(IEnumerable<string> sentences) =>
        [.. sentences.Where(s => !TextCues.FutureTense().IsMatch(s))
            .SelectMany(s => ToldMonth().Matches(s).Select(m => (s, int.Parse(m.Groups["y"].Value))))];

    [GeneratedRegex(@"(?<!\b(?:by|before|since|for|from)\s+(?:early\s+|late\s+|mid-)?)\b(?:" + ElectionWords.MonthNames + @")\s+(?<y>(?:19|20)\d\d)\b|\b(?:starting|beginning|seeing\s+in|saw\s+in|ringing\s+in|rang\s+in)\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex ToldMonth();
}
