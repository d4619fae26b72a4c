using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>One live archive and one headless Debian chromium for every browser test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Debian's chromium, never a downloaded one: CI installs it with apt.
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LiveArchive Archive { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (BrowserNeeds.SkipAsked) return;
        if (BrowserNeeds.Missing() is { } missing) throw new InvalidOperationException(missing);
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own cookies) on the live archive, at a phone or desktop width and a colour scheme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Archive.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            ColorScheme = scheme,
            DeviceScaleFactor = 1,
        });
        var page = await context.NewPageAsync();
        // Generous: CI shares two cores between the test assemblies, the browser and the server.
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Archive.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>One address for each kind of page the site has.</summary>
public static class PageKinds
{
    public const string Article = "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight";

    public static readonly (string Name, string Path)[] Public =
    [
        ("home", "/"),
        ("article", Article),
        ("people", "/people"),
        ("person", "/people/sadiq-khan"),
        ("search", "/search?q=khan"),
        ("admin-signin", "/admin/signin"),
        ("not-found", "/articles/no-such-article"),
        ("elections", "/elections"),
        ("election", "/elections/london-mayor-2021"),
        ("parties", "/parties"),
        ("party", "/parties/labour"),
    ];

    public static TheoryData<string, string> PublicData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, path) in Public) data.Add(name, path);
        return data;
    }
}
