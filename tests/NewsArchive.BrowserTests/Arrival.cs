using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>Waiting for a page a click leads to: its address first, then its load event.</summary>
/// <remarks>Not <c>IPage.WaitForURLAsync</c>: it checks the page's state and only then listens for the event it
/// wants, so an event that arrives between the two on the thread that delivers them is lost and the wait runs to
/// its 30 s timeout (playwright-dotnet issue 3364). CI met it twice on a busy machine: the election page had
/// loaded, the test still waited. Both waits here are polled on the browser's side (the address, then the
/// document's own readyState, "complete" once its load event has fired), so there is no event to lose.</remarks>
public static class Arrival
{
    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>An address written as a glob: <c>**</c> any characters, <c>*</c> any but a slash.</summary>
    public static Task ArriveAtAsync(this IPage page, string glob) => page.ArriveAtAsync(GlobToRegex(glob));

    public static Regex GlobToRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
}
