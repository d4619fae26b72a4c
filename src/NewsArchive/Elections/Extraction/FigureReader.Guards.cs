using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>Words that keep a result pattern from reading what is no result: a runner-up's lead, an age.</summary>
internal static partial class FigureReader
{
    /// <summary>A place behind the winner: "came second", "finished a distant third", "5,000 behind Labour".</summary>
    [GeneratedRegex(@"\b(?:came|finished|placed|ended(?:\s+up)?|was)\s+(?:a\s+)?(?:(?:distant|close|strong|narrow)\s+)?(?:second|third|fourth|fifth|runner-up)\b|\bbehind\b")]
    private static partial Regex RunnerUp();

    [GeneratedRegex(@"\G\s*(?:votes|ballots)\b")]
    private static partial Regex VotesWordAfter();
}
