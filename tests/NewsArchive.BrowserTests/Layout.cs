namespace NewsArchive.BrowserTests;

/// <summary>On a desktop the right column holds something a reader wants (who a person is, an election's
/// candidates, the people and parties a search found) beside the page; on a phone the same box is one column
/// with the rest, under the page's heading.</summary>
[Collection(BrowserCollection.Name)]
public class Layout(BrowserFixture browser)
{
    public static TheoryData<string, string> WithAside => new()
    {
        { "/people/sadiq-khan", "Party" },
        { "/elections/london-mayor-2021", "Candidates and parties" },
        { "/search?q=khan", "People" },
    };

    [BrowserTheory]
    [MemberData(nameof(WithAside))]
    public async Task The_right_column_holds_the_box_on_a_desktop_and_a_phone_reads_it_under_the_heading(string path, string opening)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync(path);
            var aside = page.Locator("main aside.sidebar");
            Assert.StartsWith(opening, (await aside.InnerTextAsync()).Trim(), StringComparison.OrdinalIgnoreCase);
            var box = (await aside.BoundingBoxAsync())!;
            var heading = (await page.Locator("main h1").BoundingBoxAsync())!;
            if (width == 1280)
            {
                // Beside the page: to the right of the heading's column, starting level with the page's top.
                Assert.True(box.X > heading.X + 500, $"{path}: the box starts {box.X - heading.X:0}px right of the heading");
                Assert.True(box.Y < heading.Y + 200, $"{path}: the box starts {box.Y - heading.Y:0}px below the heading");
            }
            else
            {
                Assert.True(box.X < heading.X + 10 && box.Y > heading.Y, $"{path}: on a phone the box is under the heading");
            }
        }
    }

    [BrowserFact]
    public async Task An_elections_count_tables_fit_a_phone_without_scrolling_sideways()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/elections/london-mayor-2021");
        var overflows = await page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('.table-scroll')].map(s => s.scrollWidth - s.clientWidth)");
        Assert.NotEmpty(overflows);
        Assert.All(overflows, over => Assert.True(over <= 0, $"a table is {over}px wider than the screen's column"));
    }

    [BrowserFact]
    public async Task A_figure_with_its_source_marks_sits_on_its_rows_baseline_and_each_mark_is_a_24px_target()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync("/elections/london-mayor-2021");
            // Each cell's first line, measured where its text starts: an empty inline-block put just before that
            // text sits with its bottom on the line's baseline.
            var misaligned = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('table.results tbody tr')].flatMap(row => {
                  const baseline = cell => {
                    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, { acceptNode: t => t.data.trim() ? 1 : 3 });
                    const text = walk.nextNode(), probe = document.createElement('span');
                    probe.style.cssText = 'display:inline-block;width:0;height:0';
                    text.parentNode.insertBefore(probe, text);
                    const y = probe.getBoundingClientRect().bottom;
                    probe.remove();
                    return y;
                  };
                  const [name, ...cells] = row.children, at = baseline(name);
                  return cells.map(c => [c.textContent.trim(), baseline(c) - at])
                    .filter(([, off]) => Math.abs(off) > 1)
                    .map(([text, off]) => `${name.textContent.trim()}: "${text}" ${off.toFixed(1)}px off the name's baseline`);
                })
                """);
            Assert.True(misaligned.Length == 0, $"{width}px: {string.Join("; ", misaligned)}");
            var small = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('sup a, .more-marks a')].map(a => [a.textContent, a.getBoundingClientRect()])
                  .filter(([, r]) => r.width < 24 || r.height < 24).map(([text, r]) => `${text} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`)
                """);
            Assert.True(small.Length == 0, $"{width}px: marks smaller than 24 by 24 px: {string.Join("; ", small)}");
        }
    }

    [BrowserFact]
    public async Task Every_label_of_a_coverage_chart_shows_whole_on_a_desktop_and_a_phone()
    {
        // The seeds' people are named in a few years only, so the person page's chart is redrawn in place for
        // the spans that put a label beside an edge: many years (every fifth labelled, the first and last
        // beside the edges), a dozen years, and a year's months.
        static string Years(int from, int to) => NewsArchive.Web.Rendering.CoverageChart.Svg(
            Enumerable.Range(from, to - from + 1).Select(y => new NewsArchive.People.PersonCoverage.Period(y, null, y % 4 + 1)).ToList(), "coverage-chart", "Sadiq Khan");
        var charts = new[]
        {
            Years(2001, 2021), Years(2000, 2021), Years(2010, 2021),
            NewsArchive.Web.Rendering.CoverageChart.Svg(
                Enumerable.Range(1, 12).Select(m => new NewsArchive.People.PersonCoverage.Period(2021, m, m * 11)).ToList(), "coverage-chart", "Sadiq Khan"),
        };
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await browser.NewPageAsync(width);
            await page.GotoAsync("/people/sadiq-khan");
            foreach (var svg in charts.Prepend(null))
            {
                if (svg is not null) await page.EvaluateAsync("svg => document.querySelector('svg.coverage-chart').outerHTML = svg", svg);
                // Each text's painted box against the chart's own box, in screen pixels.
                var outside = await page.EvaluateAsync<string[]>("""
                    () => {
                      const chart = document.querySelector('svg.coverage-chart'), box = chart.getBoundingClientRect();
                      return [...chart.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
                        .filter(([, r]) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
                        .map(([text, r]) => `"${text}" ${Math.round(r.left - box.left)} to ${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
                    }
                    """);
                Assert.True(outside.Length == 0, $"{width}px: cut at the chart's edge: {string.Join("; ", outside)}");
            }
        }
    }
}
