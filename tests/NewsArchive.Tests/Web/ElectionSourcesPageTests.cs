using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Tests.Web;

/// <summary>An election's sources page over the seeds: what each line says, said once and written as the results
/// are, and the sentences it quotes.</summary>
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

    [Fact]
    public async Task London_2021s_sources_quote_no_caption_whose_facts_the_body_states()
    {
        // The parser marks a picture's caption (the article page shows it as a "Picture:" line). The London article's
        // captions repeat what its body says (who stood, who won, who came third), so none of them is quoted; a chart's
        // caption that is the only place an article gives a figure (Scotland's running tally) stays its source.
        var articles = new Dictionary<string, IDocument>();
        var captions = new List<string>();
        foreach (var page in await PagesAsync("london-mayor-2021"))
            foreach (var link in page.QuerySelectorAll(".source-lines blockquote footer a"))
            {
                var href = link.GetAttribute("href")!;
                var path = href.Split('#')[0];
                if (!articles.TryGetValue(path, out var article)) articles[path] = article = await HtmlPage.GetAsync(_client, path);
                if (href.Contains('#') && article.GetElementById(href.Split('#')[1])!.ClassList.Contains("caption"))
                    captions.Add(link.Closest("blockquote")!.QuerySelector("p")!.TextContent);
            }
        Assert.True(captions.Count == 0, $"captions quoted as sources: {string.Join(" | ", captions.Distinct())}");
    }
}
