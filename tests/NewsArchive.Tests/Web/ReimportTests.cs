using System.Collections.Concurrent;
using System.Net;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Re-imports through the admin area against a seeds folder of its own, which the tests change.</summary>
public class ReimportTests : IDisposable
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;
    private sealed class Factory(string seeds) : ArchiveFactory(seeds);

    private readonly TempFolder _seeds = new();
    private readonly Factory _factory;

    public ReimportTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
        foreach (var file in Directory.GetFiles(ProjectFolders.Seeds)) File.Copy(file, Path.Combine(_seeds.Path, Path.GetFileName(file)));
        _factory = new Factory(_seeds.Path);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private static readonly string[] ReaderPages =
    [
        "/", "/people", "/people/sadiq-khan", "/people/keir-starmer", "/search?q=burnham", "/api/people", "/api/people/sadiq-khan",
        "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight", "/api/search?q=khan",
    ];

    private async Task<Dictionary<string, string>> SnapshotAsync(HttpClient client)
    {
        var pages = new Dictionary<string, string>();
        foreach (var url in ReaderPages) pages[url] = await client.GetStringAsync(url);
        return pages;
    }

    [Fact]
    public async Task Reimporting_unchanged_seeds_leaves_every_page_byte_identical()
    {
        var reader = _factory.CreateClient();
        var before = await SnapshotAsync(reader);
        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();
        var after = await SnapshotAsync(reader);
        Assert.All(ReaderPages, url => Assert.Equal(before[url], after[url]));
    }

    [Fact]
    public async Task Pages_are_served_from_the_output_cache_until_a_reimport_and_never_after_it()
    {
        var reader = _factory.CreateClient();
        const string url = "/people/shaun-bailey";
        var first = await reader.GetAsync(url);
        var second = await reader.GetAsync(url);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second request was not answered from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        var file = Path.Combine(_seeds.Path, "001_2e748b55bad02f1f.txt");
        // Every mention renamed: a "Mr Bailey" left behind would be the archive's one Shaun Bailey.
        File.WriteAllText(file, File.ReadAllText(file).Replace("Bailey", "Baileyson"));
        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();

        var after = await reader.GetAsync(url);
        Assert.False(after.Headers.Contains("Age"), "a page from before the re-import was served from the cache");
        var page = await HtmlPage.ParseAsync(await after.Content.ReadAsStringAsync());
        Assert.Single(page.QuerySelectorAll(".timeline li"));
        Assert.DoesNotContain("re-elected Mayor of London after narrower", page.QuerySelector(".timeline")!.TextContent);
    }

    [Fact]
    public async Task A_reimport_with_broken_files_imports_the_rest_and_reports_them()
    {
        _seeds.WriteBytes("binary.txt", [0x00, 0x01, 0x02, 0xff]);
        _seeds.WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xe9, 0x0a]);
        _seeds.Write("empty.md", "");
        _seeds.WriteBytes("huge.txt", Enumerable.Repeat((byte)'a', 20 * 1024 * 1024).ToArray());
        _seeds.Write("bad-front-matter.md", "---\npublished: yesterday\n---\nHeadline\n\nBody.");
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "unreadable.txt"), Path.Combine(_seeds.Path, "no-such-target"));
        _seeds.Write("new.txt", "Assembly member defects to the Greens\n\nAn assembly member joined the Green Party today.");

        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();

        var page = await HtmlPage.ParseAsync(await admin.Http.GetStringAsync("/admin"));
        var latest = page.QuerySelector(".report")!;
        // A bad date costs the date, not the article.
        Assert.Contains("5 articles imported", latest.TextContent);
        var warned = latest.QuerySelectorAll(".warnings li code").Select(c => c.TextContent).ToHashSet();
        Assert.Superset(new HashSet<string> { "binary.txt", "latin1.txt", "empty.md", "huge.txt", "bad-front-matter.md", "unreadable.txt" }, warned);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().GetAsync("/articles/assembly-member-defects-to-the-greens")).StatusCode);
    }

    [Fact]
    public async Task A_removed_article_answers_410_gone_with_a_friendly_page()
    {
        const string url = "/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over";
        var reader = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
        File.Delete(Path.Combine(_seeds.Path, "001_2e748b55bad02f1f.txt"));
        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();

        var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("This article was removed", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, (await reader.GetAsync("/api" + url)).StatusCode);
    }

    [Fact]
    public async Task A_curation_entry_merges_two_people_and_stale_entries_are_reported()
    {
        _seeds.Write("curation.yml", """
            people:
              merge:
                - into: Jeremy Corbyn
                  names: [Piers Corbyn]
              party:
                - person: Count Binface
                  party: Independent
              not-a-person: [Margaret Thatcher, Nobody Atall]
            figures:
              drop:
                - election: london-mayor-2021
                  text: "39%"
              attach:
                - election: aberdeenshire-west-2021
                  person: Alexander Burnett
                  kind: majority
                  value: more than 3,000
                  file: 002_a5dc326ad9692c23.txt
                  sentence: The Tories held Aberdeenshire West by more than 3,000 ballots
            """);
        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        await admin.ReimportAsync();

        var reader = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/people/piers-corbyn")).StatusCode);
        var jeremy = await HtmlPage.GetAsync(reader, "/people/jeremy-corbyn");
        Assert.Contains("Piers Corbyn", jeremy.QuerySelector(".facts")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/people/margaret-thatcher")).StatusCode);
        var binface = await HtmlPage.GetAsync(reader, "/people/count-binface");
        Assert.Contains("Independent", binface.QuerySelector(".facts")!.TextContent);
        Assert.Contains("set by the archive’s editors", binface.QuerySelector(".facts")!.TextContent);
        // The editors' party makes them one of the party's people, on its page and in its count on /parties.
        var independent = await HtmlPage.GetAsync(reader, "/parties/independent");
        Assert.Contains(independent.QuerySelectorAll("#party-people + ul a"), a => a.GetAttribute("href") == "/people/count-binface");
        // No article ties them to it, so they are counted in none of its articles.
        Assert.Contains(independent.QuerySelectorAll("#party-people + ul li"), li => li.TextContent.Contains("Count Binface party set by the archive’s editors"));

        var report = await HtmlPage.ParseAsync(await admin.Http.GetStringAsync("/admin"));
        Assert.Contains(report.QuerySelectorAll(".report .warnings li"), li => li.TextContent.Contains("Nobody Atall"));

        var london = System.Text.Json.JsonDocument.Parse(await reader.GetStringAsync("/api/elections/london-mayor-2021")).RootElement;
        var khan = london.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Sadiq Khan");
        Assert.DoesNotContain(khan.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDecimal() == 39m);
        Assert.Contains(khan.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDecimal() == 55m);
        var aberdeenshire = await HtmlPage.GetAsync(reader, "/elections/aberdeenshire-west-2021");
        Assert.Contains(aberdeenshire.QuerySelectorAll(".candidates li"), li => li.TextContent.Contains("Alexander Burnett") && li.TextContent.Contains("added by the editors"));
    }

    [Fact]
    public async Task Readers_keep_getting_whole_pages_while_a_reimport_runs()
    {
        // Enough articles that the import takes a while, and one edit whose old and new forms show on the home page.
        for (var i = 0; i < 300; i++)
            _seeds.Write($"filler-{i:000}.txt", $"Borough council meeting number {i}\n\n" + string.Join("\n\n",
                Enumerable.Range(0, 20).Select(p => $"Councillor Ada Lovelace{i} said the budget for year {p} was agreed after a long debate.")));
        var reader = _factory.CreateClient();
        var home = await reader.GetStringAsync("/");
        const string oldTitle = "Sadiq Khan won a second term as mayor of London tonight";
        const string newTitle = "Sadiq Khan wins again in London";
        Assert.Contains($">{oldTitle}</a>", home);
        File.WriteAllText(Path.Combine(_seeds.Path, "articles.yml"), File.ReadAllText(Path.Combine(_seeds.Path, "articles.yml"))
            .Replace("    source: MailOnline", $"    source: MailOnline\n    headline: {newTitle}"));

        var admin = new AdminClient(_factory);
        await admin.SignInOrFailAsync();
        var errors = new ConcurrentBag<string>();
        var seen = new ConcurrentDictionary<string, int>();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var client = _factory.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/");
                Interlocked.Increment(ref requests);
                var body = await response.Content.ReadAsStringAsync();
                var (hasOld, hasNew) = (body.Contains($">{oldTitle}</a>"), body.Contains($">{newTitle}</a>"));
                if (response.StatusCode != HttpStatusCode.OK) errors.Add($"status {(int)response.StatusCode}");
                else if (hasOld == hasNew) errors.Add("a page that is neither wholly old nor wholly new");
                else seen.AddOrUpdate(hasNew ? "new" : "old", 1, (_, n) => n + 1);
            }
        })).ToList();

        await admin.ReimportAsync();
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(readers);

        _output.WriteLine($"{requests} requests during the re-import: {seen.GetValueOrDefault("old")} old, {seen.GetValueOrDefault("new")} new, {errors.Count} errors");
        Assert.Empty(errors);
        Assert.True(requests > 20, $"only {requests} requests were made");
        Assert.True(seen.GetValueOrDefault("new") > 0, "no reader saw the new archive");
        Assert.Contains(newTitle, await reader.GetStringAsync("/"));
    }
}
