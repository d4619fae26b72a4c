using NewsArchive.Elections;

namespace NewsArchive.Web.Rendering;

/// <summary>A figure line as <c>Pages/Shared/_FigureLine.cshtml</c> draws it: its election's sources page is where
/// every sentence behind the line is.</summary>
public sealed record FigureLineView(FigureLine Line, string ElectionSlug)
{
    /// <summary>Values of the "other reports" note named on the line; the rest are counted. One is enough to show
    /// that articles differ and what one of them says: at 100,000 articles most lines had three, each with its
    /// sentence, and the page grew with the archive.</summary>
    public const int OtherReportsShown = 1;

    public string SourcesPath => ElectionSources.PathOf(ElectionSlug);
}

/// <summary>The page listing every figure and candidacy of an election with its sentence.</summary>
public static class ElectionSources
{
    public static string PathOf(string electionSlug) => $"/elections/{electionSlug}/sources";
}
