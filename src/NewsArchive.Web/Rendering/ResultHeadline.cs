using System.Text.RegularExpressions;
using NewsArchive.Elections;

namespace NewsArchive.Web.Rendering;

/// <summary>What the result line says beyond the winner: "hold" or "gain", only when a sentence the winner's
/// result rests on says so in those words ("a Conservative gain", "Labour's hold on the seat"); not a region's figure's
/// ("Labour gained six seats in London").</summary>
public static partial class ResultHeadline
{
    public static string? Change(ElectionQueries.Candidate winner)
    {
        var sentences = winner.Sources.Select(s => s.Sentence).Concat(winner.Figures.Where(f => f.Part is null).Select(f => f.Source.Sentence)).ToList();
        // "held" is left out: "the election was held on" says nothing of the seat.
        if (sentences.Any(s => Gain().IsMatch(s))) return "gain";
        if (sentences.Any(s => Hold().IsMatch(s))) return "hold";
        return null;
    }

    [GeneratedRegex(@"\b(?:gain|gains|gained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gain();

    [GeneratedRegex(@"\b(?:hold|holds|retained|retains)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hold();
}
