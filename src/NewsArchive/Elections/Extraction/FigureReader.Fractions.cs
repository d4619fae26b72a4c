using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Shares written as fractions of the vote.</summary>
internal static partial class FigureReader
{
    /// <summary>"a third of the vote", "nearly half the votes cast", "more than two-fifths of the ballots": a share of
    /// the vote, in per cent to one decimal place. A fraction is a round figure, so unhedged it is approximate.</summary>
    private static void FractionShares(string sentence, List<RawFigure> found)
    {
        foreach (Match m in FractionOfTheVote().Matches(sentence))
        {
            if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) continue;
            var fraction = Regex.Replace(m.Groups["f"].Value.ToLowerInvariant(), @"^(?:a|an|one)[\s-]+|\s+", "");
            decimal value = fraction switch
            {
                "half" => 50m, "third" => 33.3m, "two-thirds" => 66.7m, "quarter" => 25m, "three-quarters" => 75m,
                "fifth" => 20m, "two-fifths" => 40m, "sixth" => 16.7m, "eighth" => 12.5m, _ => 10m,
            };
            var hedge = NewsNumber.BoundOf(m.Groups["q"].Value);
            var start = m.Groups["q"].Success ? m.Groups["q"].Index : m.Groups["f"].Index;
            found.Add(new RawFigure(FigureKind.Share, new Quantity(value, hedge == Bound.Exact ? Bound.Approximate : hedge, m.Value[(start - m.Index)..]), start, m.Index + m.Length));
        }
    }

    /// <summary>"about one in ten votes", "nearly one in three voters": a share of the vote, as a fraction is.</summary>
    private static void OneInShares(string sentence, List<RawFigure> found)
    {
        foreach (Match m in OneIn().Matches(sentence))
        {
            if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) continue;
            var (n, of) = (InWords.IndexOf(m.Groups["n"].Value.ToLowerInvariant()) + 1, InWords.IndexOf(m.Groups["of"].Value.ToLowerInvariant()) + 1);
            if (n >= of) continue;
            var hedge = NewsNumber.BoundOf(m.Groups["q"].Value);
            var start = m.Groups["q"].Success ? m.Groups["q"].Index : m.Groups["n"].Index;
            found.Add(new RawFigure(FigureKind.Share, new Quantity(Math.Round(100m * n / of, 1), hedge == Bound.Exact ? Bound.Approximate : hedge, m.Value[(start - m.Index)..]), start, m.Index + m.Length));
        }
    }

    private static readonly List<string> InWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex(@"(?:(?<q>" + NewsNumber.Qualifiers + @")\s+)?\b(?<n>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?<of>three|four|five|six|seven|eight|nine|ten)\s+(?:votes|voters|ballots|of\s+the\s+votes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneIn();

    [GeneratedRegex(@"(?:(?<q>" + NewsNumber.Qualifiers + @")\s+)?\b(?<f>half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter|three[\s-]quarters|(?:a|one)[\s-]fifth|two[\s-]fifths|(?:a|one)[\s-]sixth|(?:an|one)[\s-]eighth|(?:a|one)[\s-]tenth)\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:popular\s+|national\s+|total\s+)?(?:vote|votes|ballots)(?:\s+cast)?\b(?!\s+(?:needed|required)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FractionOfTheVote();
}
