using NewsArchive.Elections;

namespace NewsArchive.Web.Pages.Shared;

/// <summary>The earlier elections a person or party page names after those it shows in full, and where every one of
/// them is listed.</summary>
public sealed record ElectionLinks(string Lead, IReadOnlyList<ElectionQueries.ElectionLink> Earlier, string AllPath)
{
    /// <summary>Earlier elections named on the page; the rest are counted, with a link to the page that lists them
    /// all, as a figure's marks and other reports are (SourceRow.MarksShown, FigureLineView.OtherReportsShown).</summary>
    public const int Shown = 10;
}
