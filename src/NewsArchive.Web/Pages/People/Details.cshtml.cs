using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.People;

public class DetailsModel(ArchiveDbContext db) : ArchivePageModel
{
    public PersonQueries.Detail Person { get; private set; } = null!;
    public IReadOnlyList<ElectionQueries.PersonCandidacy> Elections { get; private set; } = [];
    /// <summary>The first <see cref="ElectionQueries.EarlierNamed"/> of their elections before the newest
    /// <see cref="ElectionQueries.PersonElectionsShown"/>, named with a link.</summary>
    public IReadOnlyList<ElectionQueries.ElectionLink> EarlierElections { get; private set; } = [];
    /// <summary>How many elections of theirs come before the newest; the rest are on their elections page.</summary>
    public int EarlierElectionCount { get; private set; }
    public IReadOnlyList<PersonCoverage.Period> OverTime { get; private set; } = [];
    public IReadOnlyList<PersonCoverage.Companion> NamedWith { get; private set; } = [];
    /// <summary>Each speech once, fragments left out; still in article order, so they group by article.</summary>
    public IReadOnlyList<PersonQueries.QuoteView> Quotes { get; private set; } = [];

    public Pager Pager => new(Person.Coverage.Number, Person.Coverage.Count, $"Pages of articles naming {Person.Name}", Pager.QueryPage($"/people/{Person.Slug}"));

    /// <summary>Pages of the articles they are quoted in, on the same page numbers (never more than of articles).</summary>
    public int QuotePageCount => Paging.PageCount(Person.QuotedArticleCount, Paging.ArticlesPerPage);

    // "page" is also Razor Pages' own route value, so the query string is named explicitly. A page number that is
    // not a number binds as none, page 1; one before the first or past the last is not found.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var person = await PersonQueries.GetAsync(db, slug, pageNumber ?? 1, Paging.ArticlesPerPage, HttpContext.RequestAborted);
        if (person is null || !person.Coverage.Exists) return NotFound();
        Person = person;
        Quotes = person.QuotesForReaders;
        var page = person.Coverage.Number;
        (Elections, EarlierElections, EarlierElectionCount) = await ElectionQueries.ForPersonAsync(db, person.Id, HttpContext.RequestAborted);
        OverTime = await PersonCoverage.OverTimeAsync(db, person.Id, HttpContext.RequestAborted);
        NamedWith = await PersonCoverage.NamedWithAsync(db, person.Id, cancellationToken: HttpContext.RequestAborted);
        var description = Describe(person);
        Meta = new PageMeta(page == 1 ? person.Name : $"{person.Name}, articles page {page}", description)
        {
            CanonicalPath = Pager.PathFor(page),
            OpenGraphType = "profile",
            StructuredData = StructuredData.Person(person, SiteUrl.Absolute(Request, Request.Path), description),
            Feed = new FeedLink($"/people/{person.Slug}/feed.atom", $"NewsArchive: articles naming {person.Name}"),
        };
        return Page();
    }

    /// <summary>Party and roles first, as the page opens; says so when no article gives either.</summary>
    public string Who
    {
        get
        {
            var known = Person.Parties.Select(p => p.Value).Concat(Person.Roles.Select(r => r.Value)).Distinct().ToList();
            return known.Count == 0 ? "No article in the archive says which party or office this person holds." : string.Join(" · ", known);
        }
    }

    /// <summary>Who the person is, in one line: "Sadiq Khan (Labour), Mayor of London: named in 3 articles…".</summary>
    public static string Describe(PersonQueries.Detail person)
    {
        var parties = person.Parties.Select(p => p.Value).Distinct().ToList();
        var roles = person.Roles.Select(r => r.Value).Distinct().Take(2).ToList();
        var who = person.Name + (parties.Count > 0 ? $" ({string.Join(", ", parties)})" : "") + (roles.Count > 0 ? ", " + string.Join(", ", roles) : "");
        return $"{who}: named in {person.ArticleCount} {(person.ArticleCount == 1 ? "article" : "articles")} of the London politics archive, with the sentences that say so.";
    }

    /// <summary>The sentence around a quote is shown when it says more than the quote itself (who was addressed,
    /// what came before).</summary>
    public static bool ContextAddsToQuote(PersonQueries.QuoteView quote)
    {
        static string Bare(string text) => text.Trim('"', '“', '”', '‘', '’', '\'', ' ', ',', '.');
        return quote.Context.Length > 0 && Bare(quote.Context) != Bare(quote.Text);
    }

    /// <summary>Distinct values with every source that states them: disagreeing articles are all shown.</summary>
    public static IEnumerable<IGrouping<string, PersonQueries.Fact>> Grouped(IReadOnlyList<PersonQueries.Fact> facts) =>
        facts.GroupBy(f => f.Value);
}
