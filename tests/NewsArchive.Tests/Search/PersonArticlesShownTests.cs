using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Search;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Search;

/// <summary>
/// A search whose words no article holds but which names someone shows that person's articles, in the order
/// every list of articles is shown in: newest first, undated last, then by headline (<see cref="Article.ListOrder"/>).
/// The list is read from the person's appearances, so it must agree with the articles' own order.
/// </summary>
public sealed class PersonArticlesShownTests : ImportedTestArchive
{
    // Newest first; two on one day go by headline; the undated one last.
    private static readonly string[] HollisNewestFirst =
        ["bus-lanes-for-hackney", "council-tax-frozen", "ferry-pier-reopens", "library-hours-cut", "parks-open-late"];

    public PersonArticlesShownTests()
    {
        _seeds.Write("a.txt", "Library hours cut\n\nAnn Hollis, the council leader, said the libraries would close earlier.");
        _seeds.Write("b.txt", "Council tax frozen\n\nAnn Hollis said the tax would not rise this year.");
        _seeds.Write("c.txt", "Bus lanes for Hackney\n\nAnn Hollis said new bus lanes would open in the spring.");
        _seeds.Write("d.txt", "Ferry pier reopens\n\nThe pier reopened on Monday, Ann Hollis said.");
        _seeds.Write("e.txt", "Parks open late\n\nAnn Hollis said the parks would stay open late in summer.");
        _seeds.Write("f.txt", "Cycle routes planned\n\nSam Adeyemi said cycle routes were planned.");
        _seeds.Write("articles.yml", """
            articles:
              a.txt:
                published: 2021-03-01
              b.txt:
                published: 2021-05-01
              c.txt:
                published: 2021-05-01
              d.txt:
                published: 2021-04-01
              f.txt:
                published: 2021-06-01
            """);
        Import();
    }

    [Fact]
    public async Task A_person_s_articles_are_listed_newest_first_undated_last_and_paged_in_that_order()
    {
        await using var db = _database.OpenContext();
        Assert.Equal(HollisNewestFirst, (await ArticleQueries.ListAsync(db, 20, "ann-hollis")).Select(a => a.Slug));
        Assert.Equal(HollisNewestFirst[1..3], (await ArticleQueries.ListAsync(db, 2, "ann-hollis", skip: 1)).Select(a => a.Slug));
        Assert.Empty(await ArticleQueries.ListAsync(db, 20, "nobody-at-all"));
    }

    [Fact]
    public async Task A_person_s_list_is_the_articles_own_order_of_those_naming_them()
    {
        await using var db = _database.OpenContext();
        var hollis = await db.People.Where(p => p.Slug == "ann-hollis").Select(p => p.Id).SingleAsync();
        var theirs = db.Articles.Where(a => db.Appearances.Any(x => x.PersonId == hollis && x.ArticleId == a.Id));
        Assert.Equal((await ArticleQueries.ListAsync(theirs, 20, 0)).Select(a => a.Slug), (await ArticleQueries.ListAsync(db, 20, "ann-hollis")).Select(a => a.Slug));
    }

    [Fact]
    public async Task A_mistyped_name_no_article_holds_shows_the_person_s_articles_newest_first()
    {
        await using var db = _database.OpenContext();
        var result = await new SearchQueries(new NameIndexCache(), new ArticleWordsCache()).SearchAsync(db, "Ann Hlolis");
        Assert.Equal("ann-hollis", result.ShowingPerson?.Slug);
        Assert.Equal(HollisNewestFirst, result.Articles.Select(a => a.Slug));
        Assert.Equal("Ann Hollis, the council leader, said the libraries would close earlier.", result.Articles[3].Snippet);
    }
}
