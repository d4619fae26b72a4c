using System.Globalization;
using System.Text;
using NewsArchive.People;

namespace NewsArchive.Web.Rendering;

/// <summary>A column chart of how many articles named a person in each year (or month), as SVG with a title
/// and a description that reads every count, so a screen reader hears what the eye sees.</summary>
public static class CoverageChart
{
    // As wide as a phone's column, so 14-unit labels stay 12px or more on a 390px screen.
    private const int Width = 360, Plot = 110, Top = 18, LabelRow = 22;

    // The labels' font size in viewBox units (site.css sets 14px, and in SVG a px is a user unit), and a
    // character's width as a share of it: 0.7em is wider than any digit or short month name in the fonts
    // system-ui resolves to (DejaVu Sans, the widest of them, sets "2000" in 35.6 units and "May" in 28.9), so
    // an estimate errs towards the edge anchors, never past the edge.
    private const double FontSize = 14, CharacterWidth = 0.7 * FontSize;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Name(PersonCoverage.Period p) =>
        p.Month is { } m ? new DateOnly(p.Year, m, 1).ToString("MMM yyyy", British) : p.Year.ToString(CultureInfo.InvariantCulture);

    public static string Svg(IReadOnlyList<PersonCoverage.Period> periods, string id, string personName)
    {
        var max = Math.Max(1, periods.Max(p => p.Articles));
        var slot = (double)Width / periods.Count;
        // Every label when they fit, else every second, fifth or tenth: never overlapping text.
        var every = new[] { 1, 2, 5, 10, 20 }.First(k => slot * k >= 52 || k == 20);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"coverage-chart\" viewBox=\"0 0 {Width} {Top + Plot + LabelRow}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">Articles naming {Enc(personName)}, by {(periods[0].Month is null ? "year" : "month")}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Enc(string.Join("; ", periods.Select(p => $"{Name(p)}: {p.Articles}")))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"coverage-axis\" x1=\"0\" x2=\"{Width}\" y1=\"{Top + Plot}\" y2=\"{Top + Plot}\"/>");
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var height = (double)p.Articles / max * Plot;
            var x = i * slot;
            var barWidth = Math.Max(2, slot * 0.7);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"coverage-bar\" x=\"{x + (slot - barWidth) / 2:0.#}\" y=\"{Top + Plot - height:0.#}\" width=\"{barWidth:0.#}\" height=\"{height:0.#}\"/>");
            if (p.Articles > 0 && slot >= 18)
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"coverage-count\" {Placed(x + slot / 2, p.Articles.ToString(CultureInfo.InvariantCulture))} y=\"{Top + Plot - height - 4:0.#}\">{p.Articles}</text>");
            if (i % every == 0)
            {
                var label = p.Month is null ? Name(p) : new DateOnly(p.Year, p.Month.Value, 1).ToString("MMM", British);
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"coverage-label\" {Placed(x + slot / 2, label)} y=\"{Top + Plot + 17}\">{Enc(label)}</text>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A text's x and anchor: centred under its bar, unless half of it would then run past the chart's
    /// edge (the first and last of many years: "2000" centred 8 units in showed as "000"); there it starts at the
    /// left edge or ends at the right one.</summary>
    private static string Placed(double centre, string text)
    {
        var half = text.Length * CharacterWidth / 2;
        if (centre - half < 0) return "x=\"0\" text-anchor=\"start\"";
        if (centre + half > Width) return string.Create(CultureInfo.InvariantCulture, $"x=\"{Width}\" text-anchor=\"end\"");
        return string.Create(CultureInfo.InvariantCulture, $"x=\"{centre:0.#}\" text-anchor=\"middle\"");
    }

    private static string Enc(string text) => System.Net.WebUtility.HtmlEncode(text);
}
