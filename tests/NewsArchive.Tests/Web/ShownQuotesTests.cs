using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.People;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The quotes a person page shows are chosen when the archive is built, a page of quoted articles at a time:
/// each page shows what choosing among its own quotes on every visit showed. Thirty articles quote one speech (a
/// word changed in every third) and a fragment, so a person's quotes run over two pages.</summary>
public class ShownQuotesTests(ShownQuotesTests.Factory factory) : IClassFixture<ShownQuotesTests.Factory>
{
    private const int Articles = 30;

    public sealed class Factory() : ArchiveFactory(Seeds.Path)
    {
        private static readonly TempFolder Seeds = TempFolder.With([
            .. Enumerable.Range(1, Articles).Select(i => ($"a{i:00}.txt", $"""
                Carter speaks in Exeter, day {i}

                Helen Carter, the mayor of Exeter, spoke to reporters on day {i}.

                ‘I am proud to serve this {(i % 3 == 0 ? "great " : "")}city for four more years and I will not let it down,’ said Helen Carter.

                Ms Carter called the day ‘historic’.
                """)),
            ("articles.yml", "articles:\n" + string.Concat(Enumerable.Range(1, Articles).Select(i => $"  a{i:00}.txt:\n    published: 2024-05-{i:00}\n"))),
        ]);
    }

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Each_page_shows_the_speech_once_and_no_fragment()
    {
        // The second page's speech is its own page's first report of it, not left out for the first page's.
        foreach (var page in new[] { "/people/helen-carter", "/people/helen-carter?page=2" })
        {
            var quotes = (await HtmlPage.GetAsync(_client, page)).QuerySelectorAll(".quote blockquote").Select(q => q.TextContent.Trim()).ToList();
            Assert.Equal(["four more years"], quotes.Select(q => q.Contains("four more years") ? "four more years" : q));
        }
    }

    [Fact]
    public async Task Every_page_s_shown_quotes_are_what_choosing_among_its_quotes_gives()
    {
        factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var people = await db.People.AsNoTracking().Select(p => p.Slug).ToListAsync();
        var pages = 0;
        foreach (var slug in people)
        for (var number = 1; ; number++)
        {
            var person = (await PersonQueries.GetAsync(db, slug, number, Paging.ArticlesPerPage))!;
            if (person.Quotes.Count == 0) break;
            Assert.Equal(QuoteSelection.ForReaders(person.Quotes), person.QuotesForReaders);
            pages++;
        }
        Assert.True(pages >= 2, $"only {pages} pages of quotes");
        Assert.True(await db.ShownQuotes.CountAsync() < await db.Quotes.CountAsync(), "no quote was left out");
    }
}
