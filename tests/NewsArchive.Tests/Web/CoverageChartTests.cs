using System.Globalization;
using NewsArchive.People;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Tests.Web;

/// <summary>The person page's coverage chart: every label and count shows whole inside the chart.</summary>
public class CoverageChartTests
{
    // 14-unit text at 0.7em a character: wider than DejaVu Sans (the widest font system-ui resolves to) sets any
    // digit or short month name.
    private const double CharacterWidth = 0.7 * 14;

    public static TheoryData<int, int> YearSpans => new()
    {
        { 2021, 2021 },
        { 2021, 2024 },
        { 2010, 2021 },
        { 2001, 2021 }, // the first and last years both labelled, each 8.6 units from an edge
        { 2000, 2021 },
        { 1980, 2024 },
    };

    [Theory]
    [MemberData(nameof(YearSpans))]
    public async Task Every_year_label_and_count_lies_inside_the_chart(int from, int to)
    {
        var periods = Enumerable.Range(from, to - from + 1).Select(y => new PersonCoverage.Period(y, null, y % 3 == 0 ? 120 : y % 7)).ToList();
        await AssertInsideAsync(CoverageChart.Svg(periods, "chart", "Sadiq Khan"), periods.Count);
    }

    [Fact]
    public async Task Every_month_label_and_count_lies_inside_the_chart()
    {
        var periods = Enumerable.Range(1, 12).Select(m => new PersonCoverage.Period(2021, m, m == 5 ? 144 : m)).ToList();
        await AssertInsideAsync(CoverageChart.Svg(periods, "chart", "Sadiq Khan"), periods.Count);
    }

    private static async Task AssertInsideAsync(string svg, int periods)
    {
        var document = await HtmlPage.ParseAsync($"<!doctype html><html><body>{svg}</body></html>");
        var chart = document.QuerySelector("svg.coverage-chart")!;
        // The text alternative stays: a title and a description that reads every period.
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal(periods, chart.QuerySelector("desc")!.TextContent.Split("; ").Length);
        var viewBox = chart.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var (left, right) = (viewBox[0], viewBox[0] + viewBox[2]);
        var labels = new List<(double Start, double End)>();
        foreach (var text in chart.QuerySelectorAll("text"))
        {
            var x = double.Parse(text.GetAttribute("x")!, CultureInfo.InvariantCulture);
            var width = text.TextContent.Length * CharacterWidth;
            var start = text.GetAttribute("text-anchor") switch
            {
                "end" => x - width,
                "middle" => x - width / 2,
                _ => x,
            };
            Assert.True(start >= left && start + width <= right,
                $"\"{text.TextContent}\" spans {start:0.#} to {start + width:0.#}, outside the chart's {left} to {right}");
            if (text.ClassList.Contains("coverage-label")) labels.Add((start, start + width));
        }
        Assert.NotEmpty(labels);
        // And a label moved in from the edge does not run into the next one.
        foreach (var (before, after) in labels.Zip(labels.Skip(1))) Assert.True(before.End < after.Start, $"labels overlap at {after.Start:0.#}");
    }
}
