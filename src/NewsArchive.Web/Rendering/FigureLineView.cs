using NewsArchive.Elections;

namespace NewsArchive.Web.Rendering;

/// <summary>A figure line as <c>Pages/Shared/_FigureLine.cshtml</c> draws it: its election's sources page is where
/// every sentence behind the line is.</summary>
public sealed record FigureLineView(FigureLine Line, string ElectionSlug)
{
    /// <summary>Values of the "other reports" note named on the line (<see cref="FigureLine.OtherReportsShown"/>).</summary>
    public const int OtherReportsShown = FigureLine.OtherReportsShown;

    /// <summary>Lines a person page shows for one election: the more articles report a standing, the more kinds
    /// and counts they give (place, votes and share of each count), so the page would grow with the archive.</summary>
    public const int PersonLinesShown = 2;

    public string SourcesPath => ElectionSources.PathOf(ElectionSlug);

    /// <summary>The <see cref="PersonLinesShown"/> lines that say most about a standing, and how many are left for
    /// the sources page: a declared result before a tally or poll, the final count before the first preferences
    /// before a count not stated, then votes, share, majority and the rest in that order.</summary>
    public static (IReadOnlyList<FigureLine> Shown, int Hidden) ForPerson(IReadOnlyList<FigureLine> lines) =>
        ([.. lines.OrderBy(l => l.Figure.Status).ThenBy(l => RoundOrder(l.Figure.Round)).ThenBy(l => l.Figure.Kind).Take(PersonLinesShown)],
            Math.Max(0, lines.Count - PersonLinesShown));

    private static int RoundOrder(CountRound round) => round switch { CountRound.Final => 0, CountRound.FirstPreferences => 1, _ => 2 };
}

/// <summary>The page listing every figure and candidacy of an election with its sentence.</summary>
public static class ElectionSources
{
    public static string PathOf(string electionSlug) => $"/elections/{electionSlug}/sources";
}
