using System.Text.Json;
using AngleSharp.Dom;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Election, party and person pages stay short however many articles report a result: an archive where
/// 30 Labour candidates are each said to have won one mayoral election with a different vote, and one of them is
/// reported with the same vote in 8 articles and a different vote in 2 more. Every sentence stays one click away.</summary>
public class BoundedResultsTests : IClassFixture<BoundedResultsTests.Factory>
{
    private const int Candidates = 30, Repeats = 8, Disagreeing = 2;
    private static readonly string[] Given = ["Helen", "Peter", "Amira", "Tomasz", "Grace", "Oliver"];
    private static readonly string[] Family = ["Carter", "Walsh", "Okafor", "Lindqvist", "Brennan"];

    private static string Name(int i) => $"{Given[i % Given.Length]} {Family[i / Given.Length]}";
    private static int Votes(int i) => 900_000 - i * 1_111;
    private static string Text(int votes) => votes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var folder = new TempFolder();
            var metadata = new System.Text.StringBuilder("articles:\n");
            var file = 0;
            void Write(int candidate, int votes)
            {
                folder.Write($"{file:000}.txt", $"""
                    {Name(candidate)} elected Mayor of London, report {file}

                    Labour's {Name(candidate)} has been elected Mayor of London, winning {Text(votes)} first-preference votes in the 2016 mayoral election.
                    """);
                metadata.Append($"  {file:000}.txt:\n    published: {new DateOnly(2016, 5, 7).AddDays(file):yyyy-MM-dd}\n");
                file++;
            }
            for (var i = 0; i < Candidates; i++) Write(i, Votes(i));
            for (var r = 1; r < Repeats; r++) Write(0, Votes(0));
            for (var d = 0; d < Disagreeing; d++) Write(0, Votes(0) + 50_000 + d);
            folder.Write("articles.yml", metadata.ToString());
            return folder;
        }
    }

    private readonly HttpClient _client;

    public BoundedResultsTests(Factory factory) => _client = factory.CreateClient();

    private async Task<string> ElectionSlugAsync() =>
        JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Single(e => e.GetProperty("hasResults").GetBoolean()).GetProperty("slug").GetString()!;

    private async Task<IReadOnlyList<IDocument>> SourcesPagesAsync(string slug)
    {
        var pages = new List<IDocument> { await HtmlPage.GetAsync(_client, $"/elections/{slug}/sources") };
        while (pages[^1].QuerySelector(".pager a[rel=next]")?.GetAttribute("href") is { } next) pages.Add(await HtmlPage.GetAsync(_client, next));
        return pages;
    }

    [Fact]
    public async Task The_election_page_shows_the_leading_candidates_and_a_figure_once_with_a_count_of_the_rest_of_its_sources()
    {
        var slug = await ElectionSlugAsync();
        var page = await HtmlPage.GetAsync(_client, $"/elections/{slug}");
        var rows = page.QuerySelectorAll("table.results tbody tr").ToList();
        Assert.Equal(NewsArchive.Web.Pages.Elections.DetailsModel.CandidatesShown, rows.Count);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/elections/{slug}/sources" && a.TextContent.Contains("Every candidate"));

        // The most reported candidate: their vote once, one mark and "+7" for the other articles that agree.
        var leader = rows.Single(r => r.TextContent.Contains(Name(0)));
        var votes = leader.QuerySelector("td.num")!;
        Assert.StartsWith(Text(Votes(0)), votes.QuerySelector(".figure")!.TextContent);
        Assert.Equal(1, votes.QuerySelectorAll(".figure sup a").Length);
        var moreMarks = votes.QuerySelector(".figure .more-marks a")!;
        Assert.Equal($"+{Repeats - 1}", moreMarks.TextContent);
        Assert.Equal($"/elections/{slug}/sources", moreMarks.GetAttribute("href"));
        // That articles disagree stays visible beside it: one of their values with its mark, the other counted
        // and linked to the sources page.
        var others = votes.QuerySelector(".other-reports")!;
        Assert.Contains(Text(Votes(0) + 50_000), others.TextContent);
        Assert.DoesNotContain(Text(Votes(0) + 50_001), others.TextContent);
        Assert.Single(others.QuerySelectorAll("sup a"));
        var moreReports = others.QuerySelectorAll("a").Single(a => a.TextContent == "1 more");
        Assert.Equal($"/elections/{slug}/sources", moreReports.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sources_page_lists_every_sentence_a_page_at_a_time_each_linked_to_its_paragraph()
    {
        var slug = await ElectionSlugAsync();
        var pages = await SourcesPagesAsync(slug);
        var lines = pages.SelectMany(p => p.QuerySelectorAll(".source-lines > li")).ToList();
        Assert.All(pages, p => Assert.True(p.QuerySelectorAll(".source-lines > li").Length <= NewsArchive.Web.Pages.Elections.SourcesModel.LinesPerPage));
        Assert.True(pages.Count > 1);
        // Every article's sentence is on some page: each of the 40 articles states a vote. A line says what its
        // sentences (one or more) state.
        var quotes = lines.SelectMany(l => l.QuerySelectorAll("blockquote")).ToList();
        var articles = quotes.Select(q => q.QuerySelector("footer a")!.GetAttribute("href")!.Split('#')[0]).Distinct().ToList();
        Assert.Equal(Candidates + Repeats - 1 + Disagreeing, articles.Count);
        foreach (var quote in quotes.Take(5))
        {
            var href = quote.QuerySelector("footer a")!.GetAttribute("href")!;
            var article = await HtmlPage.GetAsync(_client, href.Split('#')[0]);
            Assert.Contains(quote.QuerySelector("p")!.TextContent, article.GetElementById(href.Split('#')[1])!.TextContent);
        }
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync($"/elections/{slug}/sources?page={pages.Count + 1}")).StatusCode);
    }

    [Fact]
    public async Task Party_and_person_pages_give_each_kind_of_figure_one_line_with_its_count_and_the_other_reports()
    {
        var slug = await ElectionSlugAsync();
        var party = await HtmlPage.GetAsync(_client, "/parties/labour");
        var standings = party.QuerySelectorAll(".party-results > li > ul > li").ToList();
        Assert.Equal(NewsArchive.Web.Pages.Parties.DetailsModel.StandingsShown, standings.Count);
        Assert.Contains(party.QuerySelectorAll(".party-results a"), a => a.GetAttribute("href") == $"/elections/{slug}/sources");

        var personSlug = await ArchiveApi.PersonSlugAsync(_client, Name(0));
        var person = await HtmlPage.GetAsync(_client, $"/people/{personSlug}");
        var line = Assert.Single(person.QuerySelectorAll(".candidacy-figures > li"));
        Assert.Equal(Text(Votes(0)), line.QuerySelector("strong")!.TextContent);
        Assert.Contains($"{Repeats} articles", line.QuerySelector(".more-sources")!.TextContent);
        Assert.Contains(Text(Votes(0) + 50_000), line.QuerySelector(".other-reports")!.TextContent);
        Assert.DoesNotContain(Text(Votes(0) + 50_001), line.QuerySelector(".other-reports")!.TextContent);
        Assert.Equal($"/elections/{slug}/sources", line.QuerySelectorAll(".other-reports a").Single(a => a.TextContent == "1 more").GetAttribute("href"));
    }
}
