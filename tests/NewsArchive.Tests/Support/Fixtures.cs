namespace NewsArchive.Tests.Support;

/// <summary>The fixture files written for these tests (tests/NewsArchive.Tests/Fixtures), copied beside the tests.</summary>
public static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>A saved news page: navigation, share bar, adverts, related stories, scripts, JSON-LD.</summary>
    public const string NewsPage = "ledger-thames-crossing.html";

    /// <summary>A Hugo article with front matter as a student paper's site writes it.</summary>
    public const string HugoArticle = "hugo-assembly-debate.md";
}
