using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>
/// The ranking rule of full-text search (<see cref="ArticleSearch"/>), on SQLite and, when the tests are given
/// a PostgreSQL server, on PostgreSQL: relevance among the newest matches, which for a query with fewer
/// matches than the window is the full ranking.
/// </summary>
public sealed class ArticleSearchRankingTests : ImportedTestArchive
{
    public ArticleSearchRankingTests()
    {
        // f1 is the oldest and says "ferry" most; f5 has it in its headline; the others once in the body.
        _seeds.Write("f1.txt", "Ferry, ferry, ferry\n\nThe ferry ferry ferry service: a ferry every hour, the ferry board said.");
        _seeds.Write("f2.txt", "Council tax news\n\nThe council set its tax. A ferry was mentioned once.");
        _seeds.Write("f3.txt", "Bus lanes\n\nNew bus lanes open on Monday; the ferry pier is closed.");
        _seeds.Write("f4.txt", "Cycle routes\n\nCycle routes were planned, some to the ferry.");
        _seeds.Write("f5.txt", "Ferry service returns\n\nThe service returns next week after repairs to the quay.");
        _seeds.Write("f6.txt", "Housing plans\n\nHousing plans were approved near the ferry terminal.");
        _seeds.Write("x.txt", "Parks\n\nThe parks stay open late in summer.");
        _seeds.Write("y.txt", "Ferries sold\n\nTwo ferries were sold to a council across the river.");
        _seeds.Write("articles.yml", "articles:\n" + string.Concat(Enumerable.Range(1, 6).Select(i => $"  f{i}.txt:\n    published: 2020-01-0{i}\n")));
        Import();
    }

    /// <summary>As the search page finds them: the last word completed from the archive's words.</summary>
    private async Task<List<string>> FindAsync(string query, int window, bool completed = true)
    {
        await using var db = _database.OpenContext();
        var words = completed ? await new ArticleWordsCache().GetAsync(db) : null;
        return (await ArticleSearch.FindAsync(db, SearchTerms.Parse(query), window: window, words: words)).Select(h => h.Slug).ToList();
    }

    [Theory]
    [InlineData("ferr", 7)]
    [InlineData("ferries", 1)]
    [InlineData("council ta", 1)]
    [InlineData("the", 8)]
    public async Task A_last_word_completed_from_the_archive_words_finds_what_it_finds_as_a_prefix(string query, int matches)
    {
        var completed = await FindAsync(query, window: 100);
        Assert.Equal(matches, completed.Count);
        Assert.Equal((await FindAsync(query, window: 100, completed: false)).Order(StringComparer.Ordinal), completed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_query_with_fewer_matches_than_the_window_is_ranked_as_a_full_ranking_ranks_it()
    {
        var found = await FindAsync("ferry", window: 100);
        Assert.Equal(6, found.Count);
        Assert.Equal(await FullRankingAsync("ferry"), found);
        Assert.Equal("ferry-ferry-ferry", found[0]);
    }

    [Fact]
    public async Task A_query_with_more_matches_than_the_window_ranks_its_newest_matches_only()
    {
        var found = await FindAsync("ferry", window: 3);
        // The three newest matches (4, 5 and 6 January), the one with the word in its headline first; the
        // oldest, most relevant of all, is left out.
        Assert.Equal(3, found.Count);
        Assert.Equal("ferry-service-returns", found[0]);
        Assert.Equal(["cycle-routes", "ferry-service-returns", "housing-plans"], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task On_PostgreSQL_a_window_that_spans_chunks_is_still_the_newest_matches()
    {
        if (!TestDatabase.IsPostgres) return;
        // Chunks of 1, 2, 4 and 8 articles: the six "ferry" matches lie in four of them.
        await using (var db = _database.OpenContext())
            await db.Database.ExecuteSqlRawAsync("""SELECT "ChunkArticleSearchWords"(1)""");
        Assert.Equal(["cycle-routes", "ferry-service-returns", "housing-plans"], (await FindAsync("ferry", window: 3)).Order(StringComparer.Ordinal));
        Assert.Equal("ferry-service-returns", (await FindAsync("ferry", window: 3))[0]);
        Assert.Equal(await FullRankingAsync("ferry"), await FindAsync("ferry", window: 100));
        Assert.Equal(6, (await FindAsync("ferry", window: 6)).Count);
    }

    /// <summary>Every match ranked by the engine's own relevance function, with no window.</summary>
    private async Task<List<string>> FullRankingAsync(string word)
    {
        await using var db = _database.OpenContext();
        var sql = db.Database.IsNpgsql()
            ? $"""SELECT a."Slug" FROM "ArticleSearchWords" s JOIN "Articles" a ON a."Id" = s."ArticleId", to_tsquery('simple', '{word}:*') q WHERE s."Document" @@ q ORDER BY ts_rank(s."Document", q) DESC, a."Id" """
            : $"SELECT a.Slug FROM ArticleSearch s JOIN Articles a ON a.Id = s.ArticleId WHERE ArticleSearch MATCH '\"{word}\"*' ORDER BY bm25(ArticleSearch, 5.0, 1.0)";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
