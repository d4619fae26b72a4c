using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

[Collection(BrowserCollection.Name)]
public partial class Journeys(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_reader_goes_from_the_home_page_to_an_article_a_person_and_back_through_the_search_box()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sadiq Khan won a second term as Mayor of London tonight" }).ClickAsync();
        await page.ArriveAtAsync("**" + PageKinds.Article);
        Assert.StartsWith("Sadiq Khan won a second term", await page.Locator("h1").TextContentAsync());

        // The first person in the sidebar is one the story is about (its headline, its opening).
        var person = page.Locator("aside.sidebar a").First;
        var name = await person.TextContentAsync();
        await person.ClickAsync();
        await page.ArriveAtAsync(PersonPage());
        Assert.Equal(name, await page.Locator("h1").TextContentAsync());

        await page.Locator(".candidacies > li > a").First.ClickAsync();
        await page.ArriveAtAsync("**/elections/**");
        Assert.Contains("election", await page.Locator("h1").TextContentAsync());
        Assert.Contains(name!, await page.Locator(".result-summary").TextContentAsync());
        // A figure's mark goes straight to its sentence, highlighted in its article.
        var footnote = page.Locator("table.results sup a").First;
        var sentence = await footnote.GetAttributeAsync("title");
        await footnote.ClickAsync();
        await page.ArriveAtAsync("**/articles/**#p-*");
        Assert.Contains(sentence!, await page.Locator(":target").TextContentAsync());

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and articles" });
        await box.PressSequentiallyAsync("Sadiq Kahn", new() { Delay = 40 });
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Sadiq Khan" });
        await option.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));
        await box.PressAsync("Enter");
        await page.ArriveAtAsync("**/people/sadiq-khan");
        Assert.Equal("Sadiq Khan", await page.Locator("h1").TextContentAsync());
    }

    [BrowserFact]
    public async Task Escape_closes_the_suggestions_and_Enter_then_searches_the_words()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/people");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and articles" });
        await box.PressSequentiallyAsync("starm", new() { Delay = 40 });
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("Enter");
        await page.ArriveAtAsync("**/search?q=starm");
        Assert.Equal("Keir Starmer", await page.Locator("#people-results + ul a").First.TextContentAsync());
    }

    [BrowserFact]
    public async Task An_admin_signs_in_reimports_reads_the_report_and_signs_out()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.ArriveAtAsync("**/admin/signin**");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(LiveArchive.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync("**/admin");
        var reportsBefore = await page.Locator("article.report").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Re-import the seeds" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-status")).ToContainTextAsync("Import finished", new() { Timeout = 60_000 });
        await page.ReloadAsync();
        Assert.Equal(reportsBefore + 1, await page.Locator("article.report").CountAsync());
        var newest = page.Locator("article.report").First;
        Assert.Contains("succeeded", await newest.Locator("h3").TextContentAsync());
        Assert.Equal("3", await newest.Locator("dt:text-is('Files read') + dd").TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ArriveAtAsync(browser.Archive.BaseUrl + "/");
        await page.GotoAsync("/admin");
        await page.ArriveAtAsync("**/admin/signin**");
    }

    [GeneratedRegex(@"/people/[a-z0-9-]+$")]
    private static partial Regex PersonPage();
}
