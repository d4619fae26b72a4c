using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>axe-core on every kind of page, in the light and the dark theme.</summary>
[Collection(BrowserCollection.Name)]
public class Accessibility(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages => PageKinds.PublicData();

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations_in_either_theme(string kind, string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(scheme: scheme);
            await page.GotoAsync(path);
            await AssertNoViolationsAsync(page, $"{kind} ({scheme})");
        }
    }

    [BrowserFact]
    public async Task Axe_finds_no_violations_on_the_admin_page_or_the_open_suggestions()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.NewPageAsync(scheme: scheme);
            await AdminSession.SignInAsync(page);
            await AssertNoViolationsAsync(page, $"admin ({scheme})");

            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Combobox).PressSequentiallyAsync("khan", new() { Delay = 30 });
            await page.GetByRole(AriaRole.Option).First.WaitForAsync();
            await page.GetByRole(AriaRole.Combobox).PressAsync("ArrowDown");
            await AssertNoViolationsAsync(page, $"suggestions ({scheme})");
        }
    }

    private static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var found = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()).Take(3))}");
        Assert.True(result.Violations.Length == 0, $"{what}:\n{string.Join("\n", found)}");
    }
}

public static class AdminSession
{
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/admin/signin");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(LiveArchive.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Admin");
    }
}
