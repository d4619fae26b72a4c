using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Language;

/// <summary>Reads numbers as news writes them: "1,206,034", "977, 601" (a stray space after the comma),
/// "1.5million", "four", each with the qualifier in front ("almost", "more than", "around").</summary>
public static partial class NewsNumber
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>"twenty-one", "fifty-four": tens and units joined by a hyphen.</summary>
    private static int? WordValue(string written)
    {
        var parts = written.Split('-');
        if (parts.Length == 1) return Words.TryGetValue(written, out var one) ? one : null;
        return parts.Length == 2 && Words.TryGetValue(parts[0], out var tens) && tens >= 20 && Words.TryGetValue(parts[1], out var units) && units < 10
            ? tens + units
            : null;
    }

    /// <summary>A number written as a word, "one" to "ninety" (no closing boundary: each pattern sets its own).</summary>
    public const string Word = @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /// <summary>A number written as words, "four" or "fifty-four" (tens and units joined by a hyphen first).</summary>
    public const string Written = @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /// <summary>The words that hedge a number ("almost", "fewer than"), for <see cref="Pattern"/> and for any rule
    /// that must see past them.</summary>
    public const string Qualifiers =
        @"[Aa]\s+(?:little|touch|shade)\s+(?:over|under|more\s+than|less\s+than)|[Ww]ell\s+(?:over|under)|[Aa]lmost|[Nn]early|[Aa]round|[Aa]bout|[Rr]oughly|[Ss]ome|[Aa]pproximately|[Jj]ust under|[Jj]ust over|[Mm]ore than|[Oo]ver|[Aa]t least|[Uu]pwards of|[Ff]ewer than|[Ll]ess than|[Uu]nder|[Uu]p to";

    /// <summary>A qualified number; groups q (qualifier), n (digits or word), m (multiplier). A qualifier may open a
    /// sentence ("Nearly 2,000 votes were cast").</summary>
    public const string Pattern =
        @"(?:(?<q>" + Qualifiers + @")\s+)?" +
        @"\b(?<![\d.-]|\d,|\d,\s)(?<n>\d{1,3}(?:,\s?\d{3})+(?!\d)|\d+(?:\.\d+)?(?![.,]?\d)|" + Written + @"\b|(?:[Hh]alf\s+)?[Aa](?=\s+(?:million|billion)\b))" +
        @"(?:\s?(?<m>million|m|bn|billion)\b)?";

    [GeneratedRegex("^" + Pattern + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Whole();

    public static Quantity? Parse(string text)
    {
        var match = Whole().Match(text.Trim());
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>What a qualifier (<see cref="Qualifiers"/>) says of the number after it; none, that it is exact. "A little
    /// over", "a touch under" are near the number, as "just over" is; "well over" is more than it.</summary>
    public static Bound BoundOf(string qualifier) => string.Join(' ', qualifier.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" => Bound.Exact,
        "more than" or "over" or "at least" or "upwards of" or "well over" => Bound.MoreThan,
        "fewer than" or "less than" or "under" or "up to" or "well under" => Bound.LessThan,
        _ => Bound.Approximate,
    };

    /// <summary>Builds a quantity from a match of any regex that embeds <see cref="Pattern"/>.</summary>
    public static Quantity FromMatch(Match match)
    {
        var digits = match.Groups["n"].Value;
        var value = digits.ToLowerInvariant() switch
        {
            // "a million", "half a million".
            "a" => 1m,
            var half when half.StartsWith("half", StringComparison.Ordinal) => 0.5m,
            var written when WordValue(written) is { } word => word,
            _ => decimal.Parse(digits.Replace(",", "").Replace(" ", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        };
        value *= match.Groups["m"].Value.ToLowerInvariant() switch
        {
            "million" or "m" => 1_000_000m,
            "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        var bound = BoundOf(match.Groups["q"].Value);
        var start = match.Groups["q"].Success ? match.Groups["q"].Index : match.Groups["n"].Index;
        var end = match.Groups["m"].Success ? match.Groups["m"].Index + match.Groups["m"].Length : match.Groups["n"].Index + match.Groups["n"].Length;
        return new Quantity(value, bound, match.Value.Substring(start - match.Index, end - start));
    }
}
