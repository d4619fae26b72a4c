namespace NewsArchive.BrowserTests;

/// <summary>
/// What the browser tests need beyond the .NET SDK, checked once: Debian's chromium, Java for the Nu HTML
/// checker, Node with this folder's npm packages (the checker and Lighthouse). `.ci/run` installs them all.
/// Without them the tests fail with one line naming what is missing, unless the one running them asked to
/// skip them with NEWSARCHIVE_SKIP_BROWSER_TESTS=1.
/// </summary>
public static class BrowserNeeds
{
    public const string SkipVariable = "NEWSARCHIVE_SKIP_BROWSER_TESTS";

    public static bool SkipAsked => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    /// <summary>One line naming every missing piece and how to install it, or null when nothing is missing.</summary>
    public static string? Missing()
    {
        var missing = new List<string>();
        if (!File.Exists(BrowserFixture.ChromiumPath)) missing.Add("chromium (apt-get install -y chromium)");
        if (!OnPath("java")) missing.Add("Java (apt-get install -y default-jre-headless)");
        if (!OnPath("node")) missing.Add("Node and npm (apt-get install -y npm)");
        var packages = Path.Combine(Repository.Root, "tests", "NewsArchive.BrowserTests", "node_modules");
        if (!Directory.Exists(Path.Combine(packages, "vnu-jar")) || !Directory.Exists(Path.Combine(packages, "lighthouse")))
            missing.Add("the Nu HTML checker and Lighthouse (npm ci --prefix tests/NewsArchive.BrowserTests)");
        return missing.Count == 0 ? null
            : $"The browser tests need {string.Join(", ", missing)}; .ci/run installs them all, or set {SkipVariable}=1 to skip these tests.";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}

/// <summary>A browser test: skipped only when the one running the tests asked for it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserNeeds.SkipAsked) Skip = $"{BrowserNeeds.SkipVariable}=1 asks to skip the browser tests";
    }
}

/// <inheritdoc cref="BrowserFactAttribute"/>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserNeeds.SkipAsked) Skip = $"{BrowserNeeds.SkipVariable}=1 asks to skip the browser tests";
    }
}
