using NewsArchive.People;
using NewsArchive.Search;

namespace NewsArchive.Web.Api;

// The people in the JSON API. Each record is one documented shape in /openapi/v1.json; to add a field,
// add a property (at the end, so existing fields keep their order) and fill it in From.

/// <summary>One person in the list of everyone.</summary>
/// <param name="Party">The first of <paramref name="Parties"/>, or null when no article states one.</param>
public sealed record PersonSummary(
    string Slug, string Name, IReadOnlyList<string> Aliases, string? Party, IReadOnlyList<string> Parties, int ArticleCount, int MentionCount)
{
    public static PersonSummary From(PersonQueries.Summary p) =>
        new(p.Slug, p.Name, p.Aliases, p.Parties.FirstOrDefault(), p.Parties, p.ArticleCount, p.MentionCount);
}

/// <summary>A person page's data.</summary>
/// <param name="ArticleCount">Every article naming the person; <paramref name="Articles"/> lists the newest 100.</param>
/// <param name="Quotes">Their quotes in the newest 100 articles that quote them.</param>
public sealed record PersonDetail(
    string Slug, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<StatedFact> Parties, IReadOnlyList<StatedFact> Roles,
    int ArticleCount, IReadOnlyList<PersonArticle> Articles, IReadOnlyList<PersonQuote> Quotes)
{
    public static PersonDetail From(PersonQueries.Detail p) => new(
        p.Slug, p.Name, p.Aliases, [.. p.Parties.Select(StatedFact.From)], [.. p.Roles.Select(StatedFact.From)], p.ArticleCount,
        [.. p.Articles.Select(a => new PersonArticle(a.Slug, a.Headline, a.PublishedOn, a.PublisherSource, a.Mentions, a.FirstMention))],
        [.. p.Quotes.Select(q => new PersonQuote(q.Text, q.ArticleSlug, q.Headline, q.PublishedOn, q.Context, q.Paragraph))]);
}

/// <summary>A party or role and the sentence stating it.</summary>
/// <param name="Source">Null when the archive's editors set the value.</param>
public sealed record StatedFact(string Value, FactSource? Source)
{
    public static StatedFact From(PersonQueries.Fact f) =>
        new(f.Value, f.Source is { } s ? new FactSource(s.ArticleSlug, s.Headline, s.PublishedOn, s.Sentence) : null);
}

public sealed record FactSource(string ArticleSlug, string Headline, DateOnly? PublishedOn, string Sentence);

/// <param name="PublisherSource">Who published the article, when known.</param>
/// <param name="FirstMention">The sentence that first names the person.</param>
public sealed record PersonArticle(string Slug, string Headline, DateOnly? PublishedOn, string? PublisherSource, int Mentions, string FirstMention);

/// <param name="Context">The sentence or sentences the quote stands in.</param>
/// <param name="Paragraph">The position of the article's paragraph that holds the quote.</param>
public sealed record PersonQuote(string Text, string ArticleSlug, string Headline, DateOnly? PublishedOn, string Context, int Paragraph);

/// <summary>A person whose names match the words typed.</summary>
public sealed record PersonMatch(string Slug, string Name, int ArticleCount)
{
    public static PersonMatch From(SearchQueries.PersonHit p) => new(p.Slug, p.Name, p.ArticleCount);
}
