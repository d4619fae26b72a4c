using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Tests.Web;

/// <summary>An election's sources page over the seeds: what each line says, said once and written as the results
/// are,.</summary>
public class ElectionSourcesPageTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<IDocument>> PagesAsync(string slug)
    {
        var pages = new List<IDocument> { await HtmlPage.GetAsync(_client, $"/elections/{slug}/sources") };
        while (pages[^1].QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is { } next) pages.Add(await HtmlPage.GetAsync(_client, next));
        return pages;
    }

    private async Task<List<string>> ElectionsWithResultsAsync() =>
        JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("hasResults").GetBoolean()).Select(e => e.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Each_figure_and_candidacy_is_said_once_a_page_and_capitalised_as_the_figures_are()
    {
        var repeated = new List<string>();
        var lowerCase = new List<string>();
        foreach (var slug in await ElectionsWithResultsAsync())
            foreach (var page in await PagesAsync(slug))
            {
                // "Sadiq Khan · Votes, final count: 1,206,034": who, then what the sentences under it say.
                var labels = page.QuerySelectorAll(".source-lines > li > p").Select(p => p.TextContent.Trim()).ToList();
                repeated.AddRange(labels.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => $"{slug}: \"{g.Key}\" {g.Count()} times"));
                lowerCase.AddRange(labels.Where(l => l.Split(" · ", 2) is [_, var says] && !char.IsUpper(says[0])).Select(l => $"{slug}: \"{l}\""));
            }
        Assert.True(repeated.Count == 0, $"said again: {string.Join("; ", repeated.Distinct())}");
        Assert.True(lowerCase.Count == 0, $"not capitalised: {string.Join("; ", lowerCase.Distinct())}");
    }
}
