using System.Net;
using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>What the seeds must yield, checked from the real import over HTTP.</summary>
public class ElectionPagesTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> ElectionAsync(string slug) =>
        JsonDocument.Parse(await _client.GetStringAsync($"/api/elections/{slug}")).RootElement;

    private static JsonElement Candidate(JsonElement election, string name) =>
        election.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static IEnumerable<(string Kind, decimal Value, string Round, string Bound, string Article, string Sentence)> Figures(JsonElement candidate) =>
        candidate.GetProperty("figures").EnumerateArray().Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("value").GetDecimal(),
            f.GetProperty("round").GetString()!, f.GetProperty("bound").GetString()!, f.GetProperty("articleSlug").GetString()!, f.GetProperty("sentence").GetString()!));

    [Fact]
    public async Task London_2021_has_the_winner_the_final_votes_the_majority_and_both_articles_first_preferences()
    {
        var london = await ElectionAsync("london-mayor-2021");
        Assert.Equal("mayor.london.2021-05-06", london.GetProperty("id").GetString());
        var khan = Candidate(london, "Sadiq Khan");
        Assert.True(khan.GetProperty("elected").GetBoolean());
        Assert.Contains("Labour", khan.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        var khanFigures = Figures(khan).ToList();
        Assert.Contains(khanFigures, f => f is { Kind: "Votes", Value: 1206034m, Round: "Final" });
        Assert.Contains(khanFigures, f => f is { Kind: "Majority", Value: 228433m });
        Assert.Contains(khanFigures, f => f is { Kind: "Share", Value: 55m, Round: "Final" });
        // The overnight tally in one article and the final first preferences in the other are both kept.
        Assert.Contains(khanFigures, f => f is { Kind: "Share", Value: 39m, Round: "FirstPreferences" } && f.Sentence.Contains("overnight tally"));
        Assert.Contains(khanFigures, f => f is { Kind: "Share", Value: 40m, Round: "FirstPreferences", Bound: "Approximate" });
        Assert.NotEqual(khanFigures.Single(f => f.Value == 39m).Article, khanFigures.Single(f => f.Value == 40m).Article);

        var bailey = Candidate(london, "Shaun Bailey");
        Assert.False(bailey.GetProperty("elected").GetBoolean());
        var baileyFigures = Figures(bailey).ToList();
        Assert.Contains(baileyFigures, f => f is { Kind: "Votes", Value: 977601m });
        Assert.Contains(baileyFigures, f => f is { Kind: "Share", Value: 37m, Round: "FirstPreferences" });
        Assert.Contains(baileyFigures, f => f is { Kind: "Share", Value: 35.3m, Round: "FirstPreferences" });
        var names = london.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "Sadiq Khan", "Shaun Bailey", "Sian Berry", "Luisa Porritt", "Count Binface", "Piers Corbyn", "Laurence Fox" }, names.ToHashSet());
        Assert.False(Candidate(london, "Laurence Fox").GetProperty("elected").GetBoolean());
    }

    [Fact]
    public async Task The_stray_space_in_977_601_is_read_and_kept_as_written()
    {
        var bailey = Candidate(await ElectionAsync("london-mayor-2021"), "Shaun Bailey");
        Assert.Contains(bailey.GetProperty("figures").EnumerateArray(), f => f.GetProperty("asWritten").GetString() == "977, 601" && f.GetProperty("value").GetDecimal() == 977601m);
    }

    [Fact]
    public async Task London_2016_Khan_57_per_cent_in_the_final_count_against_Zac_Goldsmith()
    {
        var london = await ElectionAsync("london-mayor-2016");
        Assert.Contains(Figures(Candidate(london, "Sadiq Khan")), f => f is { Kind: "Share", Value: 57m, Round: "Final" });
        var goldsmith = Candidate(london, "Zac Goldsmith");
        Assert.Contains("Conservative", goldsmith.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.False(goldsmith.GetProperty("elected").GetBoolean());
    }

    [Theory]
    [InlineData("hartlepool-by-election-2021", "Jill Mortimer", "Majority", 7000, "Approximate")]
    [InlineData("tees-valley-mayor-2021", "Ben Houchen", "Share", 73, "Exact")]
    [InlineData("greater-manchester-mayor-2021", "Andy Burnham", "Majority", 300000, "MoreThan")]
    [InlineData("aberdeenshire-west-2021", "Alexander Burnett", "Votes", 19709, "Exact")]
    [InlineData("aberdeenshire-west-2021", "Fergus Mutch", "Votes", 16319, "Exact")]
    public async Task Other_2021_results_carry_their_figures_and_qualifiers(string slug, string name, string kind, int value, string bound)
    {
        var candidate = Candidate(await ElectionAsync(slug), name);
        Assert.Contains(Figures(candidate), f => f.Kind == kind && f.Value == value && f.Bound == bound);
    }

    [Fact]
    public async Task The_winners_and_losers_the_articles_name_are_recorded()
    {
        Assert.True(Candidate(await ElectionAsync("west-of-england-mayor-2021"), "Dan Norris").GetProperty("elected").GetBoolean());
        Assert.False(Candidate(await ElectionAsync("west-of-england-mayor-2021"), "Samuel Williams").GetProperty("elected").GetBoolean());
        Assert.True(Candidate(await ElectionAsync("hartlepool-by-election-2021"), "Jill Mortimer").GetProperty("elected").GetBoolean());
        Assert.Contains(Figures(Candidate(await ElectionAsync("senedd-2021"), "Labour")), f => f is { Kind: "Seats", Value: 30m });
        Assert.Equal(60, Candidate(await ElectionAsync("senedd-2021"), "Labour").GetProperty("figures")[0].GetProperty("outOf").GetInt32());
        Assert.True(Candidate(await ElectionAsync("uk-general-election-2024"), "Labour").GetProperty("elected").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/elections/scottish-parliament-2021")).StatusCode);
    }

    [Fact]
    public async Task Polls_and_thresholds_are_left_out_and_partial_counts_are_only_tallies()
    {
        var json = await _client.GetStringAsync("/api/elections/london-mayor-2021");
        Assert.DoesNotContain("Polls last month", json);
        Assert.DoesNotContain("keep their deposit", json);
        var scotland = await ElectionAsync("scottish-parliament-2021");
        var partial = scotland.GetProperty("candidates").EnumerateArray().SelectMany(c => c.GetProperty("figures").EnumerateArray())
            .Where(f => f.GetProperty("sentence").GetString()!.Contains("49 of the 73")).ToList();
        Assert.Equal(4, partial.Count);
        Assert.All(partial, f => Assert.Equal("Tally", f.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_elections_index_groups_by_year_newest_first()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections");
        var years = page.QuerySelectorAll(".year-heading").Select(h => h.TextContent).ToList();
        Assert.Equal(["2024", "2021", "2019", "2017", "2016", "2014", "2001", "1935"], years);
        Assert.Contains(page.QuerySelectorAll(".election-list a"), a => a.GetAttribute("href") == "/elections/london-mayor-2021");
    }

    [Fact]
    public async Task A_winner_known_only_as_a_party_is_drawn_in_the_partys_colour_and_named_once()
    {
        var line = (await HtmlPage.GetAsync(_client, "/elections/uk-general-election-2024")).QuerySelector(".result-summary .winner-line")!;
        Assert.Contains("party-labour", line.ClassName);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(line.TextContent, "Labour"));
    }

    [Fact]
    public async Task The_election_page_leads_with_the_result_and_every_figure_links_to_its_sentence()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/london-mayor-2021");
        Assert.Contains("Sadiq Khan", page.QuerySelector(".result-summary .winner-line")!.TextContent);
        Assert.Contains("228,433", page.QuerySelector(".result-summary")!.TextContent);

        var footnotes = page.QuerySelectorAll("table.results sup a").ToList();
        Assert.NotEmpty(footnotes);
        Assert.All(footnotes, link => Assert.Matches("^/articles/[^#]+#p-[0-9]+$", link.GetAttribute("href")));
        // The overnight tally is its own labelled table, not "other reports" beside the declared first preferences.
        var firstPreferences = page.QuerySelectorAll("table.results").Single(t => t.QuerySelector("caption")!.TextContent == "First preferences");
        Assert.Empty(firstPreferences.QuerySelectorAll(".other-reports"));
        var tally = page.QuerySelectorAll("table.results.not-result").Single();
        Assert.StartsWith("First preferences — tally", tally.QuerySelector("caption")!.TextContent);
        Assert.Contains("39%", tally.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("table.results caption"), c => c.TextContent == "Count not stated");
        Assert.Equal("/people/sadiq-khan", page.QuerySelector("table.results th a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Charts_are_svg_with_a_text_alternative()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/london-mayor-2021");
        var chart = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Sadiq Khan", chart.QuerySelector("desc")!.TextContent);
        Assert.NotEmpty(chart.QuerySelectorAll("rect.chart-bar"));
    }

    [Theory]
    [InlineData("aberdeenshire-west-2021")]
    [InlineData("london-mayor-2021")]
    public async Task Every_mark_lands_on_the_paragraph_holding_its_sentence_and_numbers_its_article_in_the_sources_row(string slug)
    {
        var page = await HtmlPage.GetAsync(_client, $"/elections/{slug}");
        // The sources are one row of articles, not a list of sentences.
        var row = page.QuerySelector("p.sources")!;
        Assert.StartsWith("Sources:", row.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".sources li"));
        var articles = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(articles.Count, articles.Distinct().Count());

        var marks = page.QuerySelectorAll("sup a").ToList();
        Assert.NotEmpty(marks);
        var pages = new Dictionary<string, AngleSharp.Dom.IDocument>();
        foreach (var mark in marks)
        {
            var href = mark.GetAttribute("href")!;
            var number = int.Parse(mark.TextContent.Trim('[', ']'));
            Assert.Equal(href.Split('#')[0], articles[number - 1]);
            if (!href.Contains('#')) continue; // a headline's sentence: the link is to the article's top
            var path = href.Split('#')[0];
            if (!pages.TryGetValue(path, out var article)) pages[path] = article = await HtmlPage.GetAsync(_client, path);
            Assert.Contains(mark.GetAttribute("title")!, article.GetElementById(href.Split('#')[1])!.TextContent);
        }
    }

    [Fact]
    public async Task Person_and_article_pages_show_the_elections()
    {
        var person = await HtmlPage.GetAsync(_client, "/people/sadiq-khan");
        var candidacies = person.QuerySelectorAll(".candidacies > li").Select(li => li.TextContent).ToList();
        Assert.Contains(candidacies, c => c.Contains("London mayoral election 2021") && c.Contains("elected"));
        Assert.Contains(candidacies, c => c.Contains("London mayoral election 2016"));
        var article = await HtmlPage.GetAsync(_client, "/articles/sadiq-khan-won-a-second-term-as-mayor-of-london-tonight");
        Assert.Contains(article.QuerySelectorAll(".sidebar a"), a => a.GetAttribute("href") == "/elections/hartlepool-by-election-2021");
    }

    [Fact]
    public async Task A_party_row_does_not_name_its_party_twice()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/aberdeenshire-west-2021");
        Assert.DoesNotContain(page.QuerySelectorAll(".winner-line"), line => line.TextContent.Contains("Conservative (Conservative)"));
    }

    [Fact]
    public async Task A_persons_election_figures_link_to_the_paragraph_that_states_them()
    {
        var page = await HtmlPage.GetAsync(_client, "/people/shaun-bailey");
        var links = page.QuerySelectorAll(".candidacy-figures a[href^='/articles/']").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            var article = await HtmlPage.GetAsync(_client, href.Split('#')[0]);
            Assert.Contains(link.GetAttribute("title")!, article.GetElementById(href.Split('#')[1])!.TextContent);
        }
    }

    [Theory]
    [InlineData("sadiq-khan")]
    [InlineData("shaun-bailey")]
    public async Task A_persons_election_figures_name_a_tally_as_one_and_list_each_value_once(string person)
    {
        var page = await HtmlPage.GetAsync(_client, $"/people/{person}");
        var elections = page.QuerySelectorAll(".candidacy-figures").ToList();
        Assert.NotEmpty(elections);
        foreach (var list in elections)
        {
            var lines = list.QuerySelectorAll("li").ToList();
            // A figure read from a sentence about a running count is labelled; a declared one is not.
            foreach (var line in lines.Where(l => l.QuerySelector("a")!.GetAttribute("title")!.Contains("tally", StringComparison.OrdinalIgnoreCase)))
                Assert.Contains("tally", line.TextContent);
            // One value of one kind is one line, whether or not the count is stated beside it.
            var values = lines.Select(l => (Kind: l.TextContent.Split(new[] { ',', ':' })[0], Value: l.QuerySelector("strong")!.TextContent, Tally: l.TextContent.Contains("tally"))).ToList();
            Assert.Equal(values.Count, values.Distinct().Count());
        }
    }

    [Theory]
    [InlineData("hartlepool-by-election-2021", "Jill Mortimer")]
    [InlineData("aberdeenshire-west-2021", "Alexander Burnett")]
    public async Task A_winner_is_named_once_and_the_partys_figures_are_the_winners(string slug, string winner)
    {
        var page = await HtmlPage.GetAsync(_client, $"/elections/{slug}");
        var line = Assert.Single(page.QuerySelectorAll(".winner-line"));
        Assert.Contains(winner, line.TextContent);
        Assert.All(page.QuerySelectorAll(".majority-line"), m => Assert.Contains($"Majority for {winner}", m.TextContent));
        var index = await HtmlPage.GetAsync(_client, "/elections");
        var entry = index.QuerySelectorAll(".election-list li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/elections/{slug}");
        Assert.Equal($"won by {winner}", entry.QuerySelector(".winner")!.TextContent);
    }

    [Fact]
    public async Task In_a_one_winner_race_a_candidate_placed_behind_another_is_tagged_defeated()
    {
        // "X came third ahead of Y" and "X won more votes than Y": Y did not come first, so did not win a race for one office.
        var page = await HtmlPage.GetAsync(_client, "/elections/london-mayor-2021");
        var untagged = page.QuerySelectorAll(".sidebar .candidates > li")
            .Where(li => li.QuerySelector(".outcome")?.TextContent is not ("elected" or "defeated"))
            .Select(li => li.QuerySelector("strong")!.TextContent).ToList();
        Assert.True(untagged.Count == 0, $"candidates neither elected nor defeated: {string.Join(", ", untagged)}");
    }

    [Fact]
    public async Task Every_2021_race_has_its_polling_day()
    {
        var elections = JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("year").GetInt32() == 2021).ToList();
        Assert.NotEmpty(elections);
        Assert.All(elections, e => Assert.Equal("2021-05-06", e.GetProperty("pollDate").GetString()));
    }

    [Fact]
    public async Task Greater_Manchester_2017_shows_only_what_the_articles_say_of_it()
    {
        var page = await HtmlPage.GetAsync(_client, "/elections/greater-manchester-mayor-2017");
        Assert.Empty(page.QuerySelectorAll("table"));
        Assert.Contains("Andy Burnham", page.QuerySelector(".winner-line")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_election_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/elections/nowhere-2099")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/elections/nowhere-2099")).StatusCode);
    }
}
