namespace NewsArchive.BrowserTests;

/// <summary>Every kind of page at a phone's width and a desktop's, written to artifacts/screenshots.</summary>
[Collection(BrowserCollection.Name)]
public class Screenshots(BrowserFixture browser)
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_kind_of_page_is_photographed(int width)
    {
        Directory.CreateDirectory(Repository.Screenshots);
        var device = width < 600 ? "phone" : "desktop";
        var page = await browser.NewPageAsync(width);
        var shots = new List<string>();
        foreach (var (kind, path) in PageKinds.Public)
        {
            await page.GotoAsync(path);
            shots.Add(await ShootAsync(page, $"{kind}-{device}"));
            // Nothing on a page may be wider than the screen: no sideways scrolling on a phone.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{kind} scrolls sideways at {width}px");
        }
        await AdminSession.SignInAsync(page);
        shots.Add(await ShootAsync(page, $"admin-{device}"));
        Assert.All(shots, file => Assert.True(new FileInfo(file).Length > 5_000, file));
    }

    private static async Task<string> ShootAsync(Microsoft.Playwright.IPage page, string name)
    {
        var file = Path.Combine(Repository.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = false });
        return file;
    }
}
