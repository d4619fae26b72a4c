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
    public IReadOnlyList<PersonCoverage.Period> OverTime { get; private set; } = [];
    public IReadOnlyList<PersonCoverage.Companion> NamedWith { get; private set; } = [];
    /// <summary>Each speech once, fragments left out; still in article order, so they group by article.</summary>
    public IReadOnlyList<PersonQueries.QuoteView> Quotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var person = await PersonQueries.GetAsync(db, slug, HttpContext.RequestAborted);
        if (person is null) return NotFound();
        Person = person;
        Quotes = QuoteSelection.ForReaders(person.Quotes);
        Elections = await ElectionQueries.ForPersonAsync(db, slug, HttpContext.RequestAborted);
        OverTime = await PersonCoverage.OverTimeAsync(db, slug, HttpContext.RequestAborted);
        NamedWith = await PersonCoverage.NamedWithAsync(db, slug, cancellationToken: HttpContext.RequestAborted);
        var description = Describe(person);
        Meta = new PageMeta(person.Name, description)
        {
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
