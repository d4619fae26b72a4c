using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The election page reads only what it shows, from rows put together when the archive is built, and shows
/// what reading every row of the race showed: an archive where 25 candidates stand, each article naming two of them
/// in one sentence, the candidates the page leaves out (the fewest votes) reported first, and articles that differ on
/// the turnout. So sentences are shared between a shown candidate and one left out, the race's first source is one
/// the page does not show, and each shown sentence keeps the number the whole race gives it.</summary>
public class ElectionPageSummaryTests : IClassFixture<ElectionPageSummaryTests.Factory>
{
    private const int Candidates = 25;
    private static readonly string[] Given = ["Helen", "Peter", "Amira", "Tomasz", "Grace"];
    private static readonly string[] Family = ["Carter", "Walsh", "Okafor", "Lindqvist", "Brennan"];
    private static readonly string[] Parties = ["Labour", "Conservative", "Green", "Liberal Democrat", "Reform UK"];

    private static string Name(int i) => $"{Given[i % Given.Length]} {Family[i / Given.Length]}";
    private static string Party(int i) => Parties[i / Given.Length];
    // The first candidates written about have the fewest votes, so the page leaves them out.
    private static int Votes(int i) => 100_000 + i * 10_000;
    private static string Text(int votes) => votes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public sealed class Factory() : ArchiveFactory(Folder.Path)
    {
        private static readonly TempFolder Folder = Build();

        private static TempFolder Build()
        {
            var articles = new DatedArticles(new DateOnly(2016, 5, 7));
            // A sentence about a left-out candidate alone, the race's first source.
            articles.Write($"{Name(0)} in the mayoral count", $"{Party(0)}'s {Name(0)} won {Text(Votes(0))} votes in the 2016 London mayoral election.");
            for (var i = 0; i < Candidates; i++)
            {
                var other = (i + 7) % Candidates;
                articles.Write($"{Name(i)} in the mayoral count, report {i}", $"{Party(i)}'s {Name(i)} won {Text(Votes(i))} votes in the 2016 London mayoral election, " +
                    $"ahead of the {Party(other)} candidate {Name(other)} on {Text(Votes(other))} votes.");
            }
            var winner = Candidates - 1;
            articles.Write($"{Name(winner)} elected", $"{Party(winner)}'s {Name(winner)} has been elected Mayor of London, winning {Text(Votes(winner))} " +
                "first-preference votes in the 2016 mayoral election.\n\nTurnout was 45 per cent.");
            foreach (var (turnout, i) in new[] { "45", "45", "44.9", "almost 46", "38" }.Select((t, i) => (t, i)))
                articles.Write($"The London count, report {i}", $"{Name(winner)} was elected Mayor of London in the 2016 mayoral election. Turnout was {turnout} per cent.");
            return articles.Folder();
        }
    }

    private readonly Factory _factory;
    private readonly HttpClient _client;

    public ElectionPageSummaryTests(Factory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    private async Task<string> ElectionSlugAsync() =>
        JsonDocument.Parse(await _client.GetStringAsync("/api/elections")).RootElement.EnumerateArray()
            .Single(e => e.GetProperty("hasResults").GetBoolean()).GetProperty("slug").GetString()!;

    [Fact]
    public async Task The_page_read_gives_what_reading_every_row_of_the_race_gave_for_the_candidates_shown()
    {
        var slug = await ElectionSlugAsync();
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var whole = await ElectionQueries.GetAsync(db, slug, 1, 10);
        var page = await ElectionQueries.GetPageAsync(db, slug, 1, 10);

        Assert.True(whole!.Candidates.Count > ElectionQueries.CandidatesShown);
        Assert.True(whole.Turnout.Count > 1);
        Assert.Equal(whole.Candidates.Count, page!.CandidateCount);
        // The same candidates, figures, sentences and numbers; the page's list of sources holds only what it cites.
        var expected = whole with { Candidates = [.. whole.Candidates.Take(ElectionQueries.CandidatesShown)], Sources = [] };
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(page with { Sources = [] }));
        // A shown candidate's sentence that a left-out candidate's row cited first keeps the number it had there.
        var numbers = page.Candidates.SelectMany(c => c.Figures.Select(f => f.Source.Number)).Distinct().Order().ToList();
        Assert.NotEqual(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public async Task The_rows_kept_for_the_page_are_those_of_the_candidates_it_shows_and_the_turnout()
    {
        var slug = await ElectionSlugAsync();
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var election = await db.Elections.SingleAsync(e => e.Slug == slug);
        var kept = await db.ElectionPageRows.Where(r => r.ElectionEntryId == election.Id).ToListAsync();

        Assert.Equal(Candidates, election.CandidateCount);
        Assert.All(kept, r => Assert.True(r.CandidateRank is null or <= ElectionQueries.CandidatesShown));
        Assert.DoesNotContain(kept, r => r.PersonName == Name(0));
        Assert.Equal(await db.Figures.CountAsync(f => f.ElectionEntryId == election.Id && f.Kind == FigureKind.Turnout),
            kept.Count(r => r.CandidateRank is null));
        Assert.True(kept.Count < await db.Figures.CountAsync(f => f.ElectionEntryId == election.Id) + await db.Candidacies.CountAsync(c => c.ElectionEntryId == election.Id));
    }

    [Fact]
    public async Task The_election_page_lists_the_leading_candidates_and_counts_every_one()
    {
        var slug = await ElectionSlugAsync();
        var page = await HtmlPage.GetAsync(_client, $"/elections/{slug}");
        var rows = page.QuerySelectorAll("table.results tbody tr").ToList();

        Assert.Equal(ElectionQueries.CandidatesShown, rows.Count);
        Assert.Contains(Name(Candidates - 1), rows[0].TextContent);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains(Name(0)));
        Assert.Contains($"The articles name {Candidates} candidates", page.QuerySelector("p.note")!.TextContent);
        Assert.Contains("other reports", page.QuerySelector(".turnout-line")!.TextContent);
    }
}
