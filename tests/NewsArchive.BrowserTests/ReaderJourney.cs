using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>A reader's way through the archive: a party, one of its elections, the winner, then a search for
/// that winner with a typo, which must land on that person's articles.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderJourney(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Party_then_election_then_person_then_a_mistyped_search_finds_that_persons_articles(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/parties");
        var party = page.Locator("main li a").First;
        var partyName = await party.TextContentAsync();
        await party.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(partyName!);

        // An election where a person of the party won, so the result line names them ("The party — elected", a general
        // election won by the party with no member named, has no one to follow).
        var won = page.Locator(".party-results > li:has(li:has(a[href^='/people/']):has-text('elected'))").First;
        await won.Locator("> a").ClickAsync();
        await page.ArriveAtAsync("**/elections/**");
        var winner = page.Locator(".winner-line a").First;
        Assert.Contains(partyName!, await page.Locator(".winner-line").First.TextContentAsync());
        var name = (await winner.TextContentAsync())!;
        await winner.ClickAsync();
        await page.ArriveAtAsync("**/people/**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        var theirArticles = await page.Locator(".timeline h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        // The surname with two letters swapped, as a hurried reader types it ("Kahn" for "Khan").
        var space = name.LastIndexOf(' ');
        var surname = name[(space + 1)..];
        var typo = name[..(space + 1)] + surname[0] + surname[2] + surname[1] + surname[3..];
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people and articles" });
        await box.FillAsync(typo);
        // Enter with no suggestion chosen searches the words. (Not Escape first: in a search box with no
        // suggestions open, Escape clears what was typed.)
        await box.PressAsync("Enter");
        await page.ArriveAtAsync("**/search?q=**");
        await Assertions.Expect(page.Locator(".search-note")).ToContainTextAsync($"Showing results for {name}");
        var found = await page.Locator(".article-list h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(theirArticles.Order(), found.Order());

        await page.Locator(".article-list h3 a").First.ClickAsync();
        await page.ArriveAtAsync("**/articles/**");
        await Assertions.Expect(page.Locator(".sidebar").GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(1);
    }
}
