using NewsArchive.Elections;

namespace NewsArchive.Web.Pages.Shared;

/// <summary>The earlier elections a person or party page names after those it shows in full, and where every one of
/// them is listed.</summary>
/// <param name="Earlier">The earlier elections, or at least the first <see cref="Shown"/> of them.</param>
/// <param name="Count">How many earlier elections there are, when <paramref name="Earlier"/> holds only the first.</param>
public sealed record ElectionLinks(string Lead, IReadOnlyList<ElectionQueries.ElectionLink> Earlier, string AllPath, int? Count = null)
{
    /// <summary>Earlier elections named on the page; the rest are counted, with a link to the page that lists them
    /// all, as a figure's marks and other reports are (SourceRow.MarksShown, FigureLineView.OtherReportsShown).</summary>
    public const int Shown = ElectionQueries.EarlierNamed;

    public int Total => Count ?? Earlier.Count;
}
