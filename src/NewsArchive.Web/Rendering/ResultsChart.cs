using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsArchive.Elections;

namespace NewsArchive.Web.Rendering;

/// <summary>
/// Horizontal bar charts of an election's votes or shares, drawn as SVG on the server so they read without
/// JavaScript. One chart per count, kind of figure and reporting article: figures from different articles
/// are never mixed into one chart, and only declared results are drawn (a tally or exit poll is in its table).
/// </summary>
public static class ResultsChart
{
    public sealed record Bar(string Label, ElectionQueries.Figure Figure);

    public sealed record Chart(string Title, ElectionQueries.Source Source, IReadOnlyList<Bar> Bars);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private const int Width = 640, LabelWidth = 170, BarHeight = 26, Gap = 8;

    public static IReadOnlyList<Chart> For(ElectionQueries.Detail election) =>
        election.Candidates
            .SelectMany(c => c.Figures.Where(f => f.Status == FigureStatus.Result && f.Kind is FigureKind.Votes or FigureKind.Share).Select(f => new Bar(c.Name, f)))
            .GroupBy(b => (b.Figure.Round, b.Figure.Kind, b.Figure.Source.ArticleSlug))
            .Select(g => new Chart(
                $"{FigureText.RoundName(g.Key.Round)}: {FigureText.KindName(g.Key.Kind).ToLowerInvariant()}",
                g.First().Figure.Source,
                g.GroupBy(b => b.Label).Select(s => s.First()).OrderByDescending(b => b.Figure.Value).ToList()))
            .OrderBy(c => RoundOrder(c.Bars[0].Figure.Round)).ThenBy(c => c.Bars[0].Figure.Kind).ThenBy(c => c.Source.Number)
            .ToList();

    private static int RoundOrder(CountRound round) => round switch { CountRound.FirstPreferences => 0, CountRound.Final => 1, _ => 2 };

    public static string Svg(Chart chart, string id)
    {
        var max = chart.Bars.Max(b => b.Figure.Kind == FigureKind.Share ? 100m : b.Figure.Value);
        var height = chart.Bars.Count * (BarHeight + Gap) + Gap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encoder.Encode(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encoder.Encode(string.Join("; ", chart.Bars.Select(b => $"{b.Label}: {FigureText.Of(b.Figure)}")))}</desc>");
        var y = Gap;
        foreach (var bar in chart.Bars)
        {
            var length = max == 0 ? 0 : (double)(bar.Figure.Value / max) * (Width - LabelWidth - 110);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{LabelWidth - 8}\" y=\"{y + BarHeight * 0.68:0.#}\" text-anchor=\"end\">{Encoder.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, 2):0.#}\" height=\"{BarHeight}\" rx=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + BarHeight * 0.68:0.#}\">{Encoder.Encode(FigureText.Of(bar.Figure))}</text>");
            y += BarHeight + Gap;
        }
        return svg.Append("</svg>").ToString();
    }
}
