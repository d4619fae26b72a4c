using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>What a reader meets on the front, person, article and election pages, checked against the API.</summary>
public class ReaderPagesTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJsonAsync(string url) => JsonDocument.Parse(await _client.GetStringAsync(url)).RootElement;

    [Fact]
    public async Task The_front_page_leads_with_the_newest_article_and_its_whole_opening_paragraph()
    {
        var newest = (await GetJsonAsync("/api/search?q=the")).GetProperty("articles").EnumerateArray()
            .MaxBy(a => a.GetProperty("publishedOn").GetString())!;
        var article = await GetJsonAsync($"/api/articles/{newest.GetProperty("slug").GetString()}");
        var opening = article.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("kind").GetString() == "Body").GetProperty("text").GetString();

        var page = await HtmlPage.GetAsync(_client, "/");
        var lead = page.QuerySelector(".article-list li.lead-story")!;
        Assert.Equal($"/articles/{newest.GetProperty("slug").GetString()}", lead.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(opening, lead.QuerySelector(".opening")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".lead-story"));
    }

    [Fact]
    public async Task The_front_page_can_be_browsed_by_year_and_by_source()
    {
        var page = await HtmlPage.GetAsync(_client, "/");
        var years = page.QuerySelectorAll(".browse .facets").First().QuerySelectorAll("li").ToList();
        Assert.NotEmpty(years);
        var total = 0;
        foreach (var year in years)
        {
            var link = year.QuerySelector("a")!;
            var count = int.Parse(year.QuerySelector(".count")!.TextContent);
            total += count;
            var filtered = await HtmlPage.GetAsync(_client, link.GetAttribute("href")!);
            var dates = filtered.QuerySelectorAll(".article-list time").Select(t => t.GetAttribute("datetime")!).ToList();
            Assert.Equal(count, dates.Count);
            Assert.All(dates, d => Assert.StartsWith(link.TextContent, d));
            Assert.Empty(filtered.QuerySelectorAll(".lead-story"));
        }
        Assert.True(total <= page.QuerySelectorAll(".article-list > li").Length);

        var source = page.QuerySelectorAll(".browse .facets").Last().QuerySelector("a")!;
        var bySource = await HtmlPage.GetAsync(_client, source.GetAttribute("href")!);
        Assert.All(bySource.QuerySelectorAll(".article-list li .meta"), m => Assert.Contains(source.TextContent, m.TextContent));
    }

    [Fact]
    public async Task A_person_page_charts_their_coverage_over_time_and_names_who_they_appear_with()
    {
        var person = (await GetJsonAsync("/api/people")).EnumerateArray().MaxBy(p => p.GetProperty("articleCount").GetInt32());
        var slug = person.GetProperty("slug").GetString();
        var detail = await GetJsonAsync($"/api/people/{slug}");
        var dated = detail.GetProperty("articles").EnumerateArray().Count(a => a.GetProperty("publishedOn").ValueKind == JsonValueKind.String);

        var page = await HtmlPage.GetAsync(_client, $"/people/{slug}");
        var chart = page.QuerySelector("svg.coverage-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        // The description reads every period's count; together they are every dated article.
        var counts = chart.QuerySelector("desc")!.TextContent.Split("; ").Select(part => int.Parse(part[(part.LastIndexOf(' ') + 1)..])).ToList();
        Assert.Equal(dated, counts.Sum());

        var companions = page.QuerySelectorAll("#named-with + ul li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(companions);
        // Whoever comes first shares at least as many articles as anyone else named with them.
        var theirs = detail.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToHashSet();
        async Task<int> SharedAsync(string href) =>
            (await GetJsonAsync("/api" + href)).GetProperty("articles").EnumerateArray().Count(a => theirs.Contains(a.GetProperty("slug").GetString()));
        var first = await SharedAsync(companions[0]);
        foreach (var other in companions.Skip(1)) Assert.True(await SharedAsync(other) <= first);
    }

    [Fact]
    public async Task The_article_sidebar_puts_the_people_of_the_headline_and_opening_first()
    {
        foreach (var summary in (await GetJsonAsync("/api/search?q=the")).GetProperty("articles").EnumerateArray())
        {
            var slug = summary.GetProperty("slug").GetString();
            var headline = summary.GetProperty("headline").GetString()!;
            var page = await HtmlPage.GetAsync(_client, $"/articles/{slug}");
            var names = page.QuerySelectorAll(".sidebar .people-list:not(.election-links) li a").Select(a => a.TextContent).ToList();
            var inHeadline = names.Where(n => headline.Contains(n)).ToList();
            // Everyone named in full in the headline comes before anyone who is not in the opening.
            Assert.Equal(inHeadline, names.Take(inHeadline.Count));
            // Everyone first named in the two opening paragraphs is in the first list, "The story is about".
            var opening = page.QuerySelectorAll(".story > p:not([class])").Take(2)
                .SelectMany(p => p.QuerySelectorAll("a[href^='/people/']")).Select(a => a.GetAttribute("href")).ToList();
            var labels = page.QuerySelectorAll(".sidebar .sidebar-label").Select(l => l.TextContent).ToList();
            var about = labels.FirstOrDefault() == "The story is about"
                ? page.QuerySelectorAll(".sidebar .people-list").First().QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList()
                : [];
            Assert.All(opening, href => Assert.Contains(href, about));
        }
    }

    [Fact]
    public async Task A_caption_without_its_picture_is_a_quiet_picture_line()
    {
        var checkedAny = false;
        foreach (var summary in (await GetJsonAsync("/api/search?q=the")).GetProperty("articles").EnumerateArray())
        {
            var page = await HtmlPage.GetAsync(_client, $"/articles/{summary.GetProperty("slug").GetString()}");
            foreach (var caption in page.QuerySelectorAll(".caption"))
            {
                Assert.Equal("P", caption.TagName);
                Assert.StartsWith("Picture:", caption.TextContent.Trim());
                checkedAny = true;
            }
        }
        Assert.True(checkedAny);
    }

    [Fact]
    public async Task An_election_page_has_one_chart_per_declared_count_with_bars_in_party_colours()
    {
        foreach (var election in (await GetJsonAsync("/api/elections")).EnumerateArray().Where(e => e.GetProperty("hasResults").GetBoolean()))
        {
            var page = await HtmlPage.GetAsync(_client, $"/elections/{election.GetProperty("slug").GetString()}");
            var declared = page.QuerySelectorAll("table.results:not(.not-result) caption").Select(c => c.TextContent).ToList();
            Assert.Equal(declared.Count, declared.Distinct().Count());
            var charts = page.QuerySelectorAll("svg.chart").ToList();
            Assert.True(charts.Count <= declared.Count);
            foreach (var chart in charts)
                foreach (var bar in chart.QuerySelectorAll("rect.chart-bar"))
                    Assert.Contains(bar.ClassList, c => c.StartsWith("party-"));
            Assert.DoesNotContain("count not stated", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("count from context", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(page.QuerySelectorAll(".winner-line sup"));
        }
    }
}
