using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Web.Rendering;

/// <summary>
/// Horizontal bar charts of an election's declared results, drawn as SVG on the server so they read without
/// JavaScript: one chart per count, beside that count's table. Votes when the articles give votes, else
/// shares. Each bar is in its party's colour (<see cref="PartyStyle"/>) under a label naming candidate and
/// party, so colour is never the only cue. A tally or exit poll is in its own table, never drawn.
/// </summary>
public static class ResultsChart
{
    public sealed record Bar(string Label, string? Party, ElectionQueries.Figure Figure);

    public sealed record Chart(string Title, CountRound Round, IReadOnlyList<Bar> Bars);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Drawn about as wide as a phone's column, so 14-unit text is 12px or more on a 390px screen; the
    // page caps the chart's width on a desktop so it is never blown up.
    private const int Width = 360, LabelLine = 18, BarHeight = 16, Gap = 10;

    /// <param name="inPost">Which figures are of the chart's post, in a body's election of many posts.</param>
    public static Chart? For(ElectionQueries.Detail election, CountRound round, Func<ElectionQueries.Figure, bool>? inPost = null)
    {
        var figures = election.Candidates
            .Select(c => (Candidate: c, Figures: c.Figures.Where(f => f.Status == FigureStatus.Result && f.Round == round && (inPost?.Invoke(f) ?? true)).ToList()))
            .ToList();
        var kind = figures.Any(c => c.Figures.Any(f => f.Kind == FigureKind.Votes)) ? FigureKind.Votes : FigureKind.Share;
        var bars = figures
            .Select(c => (c.Candidate, Shown: Agreed(c.Figures.Where(f => f.Kind == kind))))
            .Where(c => c.Shown is not null)
            .Select(c => new Bar(c.Candidate.Name, c.Candidate.Parties.FirstOrDefault(), c.Shown!))
            .OrderByDescending(b => b.Figure.Value)
            .ToList();
        return bars.Count == 0 ? null : new Chart($"{FigureText.RoundName(round)}: {FigureText.KindName(kind).ToLowerInvariant()}", round, bars);
    }

    /// <summary>The value most sources give, exact where one is; a cell's other values are in its table.</summary>
    private static ElectionQueries.Figure? Agreed(IEnumerable<ElectionQueries.Figure> figures)
    {
        var groups = FigureAgreement.Group(figures, f => (f.Kind, f.Value, f.Bound, f.Text));
        var most = groups.OrderByDescending(g => g.DistinctBy(f => f.Source.ArticleSlug).Count()).FirstOrDefault();
        return most?.FirstOrDefault(f => f.Bound == Bound.Exact) ?? most?.FirstOrDefault();
    }

    public static string Svg(Chart chart, string id)
    {
        var max = chart.Bars.Max(b => b.Figure.Kind == FigureKind.Share ? 100m : b.Figure.Value);
        var row = LabelLine + BarHeight + Gap;
        var height = chart.Bars.Count * row;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encoder.Encode(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encoder.Encode(string.Join("; ", chart.Bars.Select(b => $"{Label(b)}: {FigureText.Of(b.Figure)}")))}</desc>");
        var y = 0;
        foreach (var bar in chart.Bars)
        {
            var length = max == 0 ? 0 : (double)(bar.Figure.Value / max) * Width;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"0\" y=\"{y + LabelLine - 5}\">{Encoder.Encode(Label(bar))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value\" x=\"{Width}\" y=\"{y + LabelLine - 5}\" text-anchor=\"end\">{Encoder.Encode(FigureText.Of(bar.Figure))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar {PartyStyle.Class(bar.Party)}\" x=\"0\" y=\"{y + LabelLine}\" width=\"{Math.Max(length, 2):0.#}\" height=\"{BarHeight}\" rx=\"2\"/>");
            y += row;
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Label(Bar bar) => bar.Party is null || bar.Party == bar.Label ? bar.Label : $"{bar.Label} · {bar.Party}";
}
