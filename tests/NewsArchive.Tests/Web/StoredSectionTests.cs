using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Import;
using NewsArchive.Language;
using NewsArchive.People;
using NewsArchive.PoliticalParties;

namespace NewsArchive.Tests.Web;

/// <summary>What the person, party and election pages read from what the archive put together when it was built is
/// what reading every row on each visit gave: on the seeds, whose people stand in several elections with figures
/// that articles repeat, and whose parties have standings with and without a person. On SQLite, and on PostgreSQL
/// when the tests run there.</summary>
public class StoredSectionTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private ArchiveDbContext Context(out IServiceScope scope)
    {
        factory.CreateClient();
        scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
    }

    [Fact]
    public async Task Every_person_s_elections_are_what_all_their_candidacies_and_figures_give()
    {
        var db = Context(out var scope);
        using var _ = scope;
        var people = await db.People.AsNoTracking().Select(p => p.Id).ToListAsync();
        var withLines = 0;
        foreach (var person in people)
        {
            var expected = await EveryRowAsync(db, person);
            var stored = await ElectionQueries.ForPersonAsync(db, person);
            Assert.Equal(JsonSerializer.Serialize(expected.Newest), JsonSerializer.Serialize(stored.Newest));
            Assert.Equal(expected.Earlier.Take(ElectionQueries.EarlierNamed), stored.EarlierNamed);
            Assert.Equal(expected.Earlier.Count, stored.EarlierCount);
            Assert.Equal(expected.Newest.Select(c => c.Election).Concat(expected.Earlier), await ElectionQueries.AllForPersonAsync(db, person));
            if (stored.Newest.Any(c => c.Lines.Count > 0)) withLines++;
        }
        Assert.True(withLines >= 5, $"only {withLines} people have figure lines");
    }

    /// <summary>A person's elections as the page read them on every visit before they were stored: every candidacy and
    /// every figure of the person's, the newest elections' figures made into lines.</summary>
    private static async Task<ElectionQueries.PersonElections> EveryRowAsync(ArchiveDbContext db, int person)
    {
        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.PersonId == person)
            .Join(db.Elections, c => c.ElectionEntryId, e => e.Id, (c, e) => new { e.Slug, e.Name, e.Year, c.Party, c.Outcome }).ToListAsync();
        var figures = (await db.Figures.AsNoTracking().Where(f => f.PersonId == person)
            .Join(db.Elections, f => f.ElectionEntryId, e => e.Id, (f, e) => new
            {
                f.Id,
                Link = new ElectionQueries.ElectionLink(e.Slug, e.Name, e.Year),
                Figure = new ElectionQueries.PersonFigure(f.Kind, f.Round, f.Text, f.Value, f.Bound, f.OutOf, f.Article.Slug, f.Article.Headline, f.Paragraph, f.Sentence, f.Status),
            })
            .ToListAsync()).OrderBy(f => f.Id).ToList();
        var elections = candidacies.Select(c => new ElectionQueries.ElectionLink(c.Slug, c.Name, c.Year)).Concat(figures.Select(f => f.Link)).Distinct()
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var newest = elections.Take(ElectionQueries.PersonElectionsShown).Select(e => new ElectionQueries.PersonCandidacy(e,
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Party).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Outcome).OfType<Outcome>().Distinct().Order().Select(o => o.ToString()).ToList(),
                FigureLine.Of(figures.Where(f => f.Link == e).Select(f => f.Figure))))
            .ToList();
        return new ElectionQueries.PersonElections(newest, elections.Skip(ElectionQueries.PersonElectionsShown).ToList());
    }

    [Fact]
    public async Task Every_person_s_aliases_parties_and_roles_are_what_reading_every_sentence_gives()
    {
        var db = Context(out var scope);
        using var _ = scope;
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.Slug, p.EditorParty, Aliases = p.Aliases.OrderBy(a => a.Id).Select(a => a.Text).ToList() }).ToListAsync();
        var withRoles = 0;
        foreach (var person in people)
        {
            var parties = await db.Affiliations.AsNoTracking().Where(a => a.PersonId == person.Id)
                .Select(a => new Sentence(a.Party, a.Id, a.ArticleOrder, a.Article.Slug, a.Article.Headline, a.Article.PublishedOn, a.Sentence)).ToListAsync();
            var roles = await db.Roles.AsNoTracking().Where(r => r.PersonId == person.Id)
                .Select(r => new Sentence(r.Role, r.Id, r.ArticleOrder, r.Article.Slug, r.Article.Headline, r.Article.PublishedOn, r.Sentence)).ToListAsync();
            var expected = PersonFacts.Of(person.Aliases, person.EditorParty, Earliest(parties), Earliest(roles),
                await db.Appearances.CountAsync(a => a.PersonId == person.Id), await db.Quotes.Where(q => q.PersonId == person.Id).Select(q => q.ArticleId).Distinct().CountAsync());
            var stored = await SectionJson.ReadAsync<PersonFacts>(db, SectionJson.FactsOwner(person.Id), CancellationToken.None);
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(stored));
            var page = (await PersonQueries.GetAsync(db, person.Slug))!;
            Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(new PersonFacts(page.Aliases, page.Parties, page.Roles, page.ArticleCount, page.QuotedArticleCount)));
            if (expected.Roles.Count > 0) withRoles++;
        }
        Assert.True(withRoles >= 5, $"only {withRoles} people have roles");
    }

    private sealed record Sentence(string Value, int Id, int ArticleOrder, string Slug, string Headline, DateOnly? PublishedOn, string Text);

    /// <summary>Each value's sentences counted, and its earliest five (list order backwards, the later row first in one
    /// article), as the page read them value by value on every visit before they were stored.</summary>
    private static IEnumerable<PersonFacts.Stated> Earliest(List<Sentence> sentences) =>
        sentences.GroupBy(s => s.Value, StringComparer.Ordinal).SelectMany(value => value
            .OrderByDescending(s => s.ArticleOrder).ThenByDescending(s => s.Id).Take(PersonQueries.SourcesPerFact)
            .Select(s => new PersonFacts.Stated(s.Value, value.Count(), new PersonQueries.Source(s.Slug, s.Headline, s.PublishedOn, s.Text))));

    /// <summary>The import writes the sections a chunk of people at a time; where the chunks meet, nobody is left out,
    /// repeated or numbered otherwise.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Sections_put_together_a_few_people_at_a_time_are_the_stored_ones_in_the_same_order(int peoplePerChunk)
    {
        var db = Context(out var scope);
        using var _ = scope;
        var stored = await db.StoredSections.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Owner, s.Json }).ToListAsync();
        var batches = new List<RowBatch>();
        await StoredSectionWriter.WriteAsync(db, batches.Add, CancellationToken.None, peoplePerChunk);
        var written = batches.SelectMany(b => b.Rows.Select(r => new
        {
            Id = (int)r[b.Columns.ToList().IndexOf("Id")]!,
            Owner = (string)r[b.Columns.ToList().IndexOf("Owner")]!,
            Json = (string)r[b.Columns.ToList().IndexOf("Json")]!,
        })).ToList();
        Assert.True(stored.Count(s => s.Owner.StartsWith("person:", StringComparison.Ordinal)) >= 2 * peoplePerChunk, "too few people for the chunks to meet");
        Assert.Equal(stored, written);
    }

    [Fact]
    public async Task Every_party_s_results_on_its_page_are_what_putting_them_together_afresh_gives()
    {
        var db = Context(out var scope);
        using var _ = scope;
        var parties = await db.PartyStandings.AsNoTracking().Select(s => s.Party).Distinct().ToListAsync();
        Assert.True(parties.Count >= 3, $"only {parties.Count} parties have results");
        foreach (var party in parties)
        {
            var afresh = await PartyQueries.PutTogetherResultsAsync(db, party, CancellationToken.None);
            var page = await PartyQueries.GetAsync(db, PartyQueries.SlugOf(party));
            Assert.NotEmpty(afresh.Newest);
            Assert.Equal(JsonSerializer.Serialize(afresh.Newest), JsonSerializer.Serialize(page!.Results));
            Assert.Equal(afresh.Earlier.Take(ElectionQueries.EarlierNamed), page.EarlierElections);
            Assert.Equal(afresh.Earlier.Count, page.EarlierCount);
            Assert.Equal(afresh.Newest.Select(r => r.Election).Concat(afresh.Earlier), await PartyQueries.ElectionsAsync(db, party, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Every_party_s_page_counts_its_people_and_articles_as_counting_them_afresh_does()
    {
        var db = Context(out var scope);
        using var _ = scope;
        var parties = await db.PartyArticles.AsNoTracking().Select(a => a.Party).Union(db.PartyPeople.Select(p => p.Party)).Distinct().ToListAsync();
        Assert.True(parties.Count > (await db.PartyStandings.Select(s => s.Party).Distinct().CountAsync()), "every party with a result also has articles and people");
        foreach (var party in parties)
        {
            var page = await PartyQueries.GetAsync(db, PartyQueries.SlugOf(party));
            Assert.Equal(await db.PartyPeople.CountAsync(p => p.Party == party), page!.PeopleCount);
            Assert.Equal(await db.PartyArticles.CountAsync(a => a.Party == party), page.ArticleCount);
        }
    }

    [Fact]
    public async Task An_election_s_articles_and_a_person_s_quoted_articles_are_each_article_once_newest_first()
    {
        var db = Context(out var scope);
        using var _ = scope;
        var coverage = (await db.ElectionCoverage.AsNoTracking().Select(c => new { c.ElectionEntryId, c.ArticleId, c.Article.ListOrder }).Distinct().ToListAsync())
            .GroupBy(c => c.ElectionEntryId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ListOrder).Select(c => c.ArticleId).ToList());
        var listed = (await db.ElectionArticles.AsNoTracking().ToListAsync()).GroupBy(a => a.ElectionEntryId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.ArticleOrder).Select(a => a.ArticleId).ToList());
        Assert.Equal(coverage.Keys.Order(), listed.Keys.Order());
        foreach (var (election, articles) in coverage) Assert.Equal(articles, listed[election]);

        var quoted = (await db.Quotes.AsNoTracking().Select(q => new { q.PersonId, q.ArticleId, q.Article.ListOrder }).Distinct().ToListAsync())
            .GroupBy(q => q.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(q => q.ListOrder).Select(q => q.ArticleId).ToList());
        var quotedListed = (await db.QuotedArticles.AsNoTracking().ToListAsync()).GroupBy(q => q.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(q => q.ArticleOrder).Select(q => q.ArticleId).ToList());
        Assert.NotEmpty(quoted);
        Assert.Equal(quoted.Keys.Order(), quotedListed.Keys.Order());
        foreach (var (person, articles) in quoted) Assert.Equal(articles, quotedListed[person]);
    }
}
