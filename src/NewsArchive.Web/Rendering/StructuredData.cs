using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Web.Rendering;

/// <summary>schema.org descriptions of the archive's pages.</summary>
public static class StructuredData
{
    private static readonly Dictionary<string, object?> Publisher = new() { ["@type"] = "Organization", ["name"] = PageMeta.SiteName };

    public static JsonLd NewsArticle(ArticleQueries.Detail article, string url, string description) =>
        JsonLd.Of("NewsArticle", new Dictionary<string, object?>
        {
            ["headline"] = article.Headline,
            ["description"] = description,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["alternativeHeadline"] = article.Standfirst,
            ["datePublished"] = article.PublishedAt is { } moment ? Dates.Iso(moment) : article.PublishedOn is { } date ? Dates.Iso(date) : null,
            ["author"] = article.Authors.Count > 0 ? article.Authors.Select(a => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a }).ToList() : null,
            ["wordCount"] = article.WordCount,
            ["isBasedOn"] = article.Source is { } source ? new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = source } : null,
            ["publisher"] = Publisher,
            ["mentions"] = article.People.Select(p => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = p.Name }).ToList(),
        });

    public static JsonLd Person(PersonQueries.Detail person, string url, string description) =>
        JsonLd.Of("Person", new Dictionary<string, object?>
        {
            ["name"] = person.Name,
            ["url"] = url,
            ["description"] = description,
            ["alternateName"] = person.Aliases.Where(a => a != person.Name).ToList() is { Count: > 0 } aliases ? aliases : null,
            ["affiliation"] = person.Parties.Select(p => p.Value).Distinct()
                .Select(party => new Dictionary<string, object?> { ["@type"] = "PoliticalParty", ["name"] = party }).ToList() is { Count: > 0 } parties ? parties : null,
            ["jobTitle"] = person.Roles.Select(r => r.Value).Distinct().ToList() is { Count: > 0 } roles ? roles : null,
        });

    /// <summary>An election as an Event: polling day (or its year), where, and the articles that report it.</summary>
    public static JsonLd Election(ElectionQueries.Detail election, string url, string description) =>
        JsonLd.Of("Event", new Dictionary<string, object?>
        {
            ["name"] = election.Name,
            ["url"] = url,
            ["description"] = description,
            ["identifier"] = election.Id,
            ["startDate"] = election.PollDate is { } poll ? Dates.Iso(poll) : election.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["location"] = new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = election.Area },
            ["subjectOf"] = election.Articles.Select(a => new Dictionary<string, object?> { ["@type"] = "NewsArticle", ["headline"] = a.Headline }).ToList(),
        });
}
