namespace NewsArchive.BrowserTests;

/// <summary>Every kind of page at a phone's width and a desktop's, written to artifacts/screenshots.</summary>
[Collection(BrowserCollection.Name)]
public class Screenshots(BrowserFixture browser)
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task Every_kind_of_page_is_photographed(int width)
    {
        Directory.CreateDirectory(Repository.Screenshots);
        var device = width < 600 ? "phone" : "desktop";
        var shots = new List<string>();
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        {
            var theme = scheme.ToString().ToLowerInvariant();
            var page = await browser.NewPageAsync(width, scheme);
            foreach (var (kind, path) in PageKinds.Public)
            {
                await page.GotoAsync(path);
                shots.Add(await ShootAsync(page, $"{kind}-{device}-{theme}"));
                // Nothing on a page may be wider than the screen: no sideways scrolling on a phone.
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{kind} scrolls sideways at {width}px");
                // No chart text under 12px: an SVG's text scales with the SVG, so its size is taken as drawn.
                var smallest = await page.EvaluateAsync<double>("""
                    Math.min(99, ...[...document.querySelectorAll('main svg text')].map(t => {
                        const svg = t.ownerSVGElement;
                        return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    }))
                    """);
                Assert.True(smallest >= 12, $"{kind} draws chart text {smallest:0.#}px high at {width}px");
            }
            await AdminSession.SignInAsync(page);
            shots.Add(await ShootAsync(page, $"admin-{device}-{theme}"));
        }
        Assert.All(shots, file => Assert.True(new FileInfo(file).Length > 5_000, file));
    }

    private static async Task<string> ShootAsync(Microsoft.Playwright.IPage page, string name)
    {
        var file = Path.Combine(Repository.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }
}
