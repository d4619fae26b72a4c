using System.Text.Json.Serialization;
using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.Search;

namespace NewsArchive.Web.Api;

// Articles and search in the JSON API. Each record is one documented shape in /openapi/v1.json; to add a
// field, add a property (at the end, so existing fields keep their order) and fill it in From.

/// <summary>An article: its text paragraph by paragraph, the people it names and the words it quotes them saying.</summary>
/// <param name="HeadlineDerived">True when the archive made the headline from the opening sentence.</param>
/// <param name="Standfirst">The subtitle or summary under the headline, when the source gives one.</param>
/// <param name="Authors">The byline, as the source gives it.</param>
/// <param name="PublishedAt">The publication time with its zone, when the source gives one.</param>
/// <param name="Draft">True for an article its source marks as a draft.</param>
/// <param name="Elections">The elections the article reports or mentions.</param>
public sealed record ArticleDetail(
    string Slug, string Headline, bool HeadlineDerived, DateOnly? PublishedOn, string? Source, int WordCount,
    IReadOnlyList<ArticleParagraph> Paragraphs, IReadOnlyList<ArticlePerson> People, IReadOnlyList<ArticleQuote> Quotes,
    string? Standfirst, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags, bool Draft,
    IReadOnlyList<ArticleElectionLink> Elections)
{
    public static ArticleDetail From(ArticleQueries.Detail a, IReadOnlyList<ElectionQueries.ArticleElection> elections) => new(
        a.Slug, a.Headline, a.HeadlineDerived, a.PublishedOn, a.Source, a.WordCount,
        [.. a.Paragraphs.Select(p => new ArticleParagraph(p.Position, p.Section, p.Kind, p.Text, p.Markdown))],
        [.. a.People.Select(p => new ArticlePerson(p.Slug, p.Name, p.Mentions))],
        [.. a.Quotes.Select(q => new ArticleQuote(q.PersonSlug, q.Speaker, q.Text, q.Paragraph, q.Context))],
        a.Standfirst, a.Authors, a.PublishedAt, a.Categories, a.Tags, a.IsDraft,
        [.. elections.Select(e => new ArticleElectionLink(e.Slug, e.Name, e.Kind, e.Area, e.Year))]);
}

/// <summary>An election the article reports or mentions; its page is /elections/{Slug}.</summary>
public sealed record ArticleElectionLink(
    string Slug, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<ElectionKind>))] ElectionKind Kind, string Area, int Year);

/// <summary>Words the article quotes a person as saying (fragments under four words are left in the text).</summary>
/// <param name="Paragraph">The position of the paragraph that holds the quote.</param>
/// <param name="Context">The sentence or sentences the quote stands in.</param>
public sealed record ArticleQuote(string PersonSlug, string Speaker, string Text, int Paragraph, string Context);

/// <param name="Section">0 for the main story; 1, 2 … for stories that run on under their own heading.</param>
/// <param name="Markdown">For a Markdown article, the paragraph's inline Markdown; null for plain text.</param>
public sealed record ArticleParagraph(
    int Position, int Section, [property: JsonConverter(typeof(JsonStringEnumConverter<ParagraphKind>))] ParagraphKind Kind, string Text, string? Markdown);

public sealed record ArticlePerson(string Slug, string Name, int Mentions);

/// <summary>People and articles matching a search, as the search page shows them.</summary>
/// <param name="Words">The words searched for, after the query was reduced to plain words.</param>
/// <param name="ShowingResultsFor">The person whose articles are given because no article holds the words.</param>
/// <param name="DidYouMean">The words with each one no article holds corrected, when that differs.</param>
public sealed record SearchResult(
    string Query, IReadOnlyList<string> Words, IReadOnlyList<PersonMatch> People, IReadOnlyList<ArticleMatch> Articles,
    IReadOnlyList<SearchQueries.PartyHit> Parties, IReadOnlyList<SearchQueries.ElectionHit> Elections, PersonMatch? ShowingResultsFor, string? DidYouMean)
{
    public static SearchResult From(SearchQueries.Result r) => new(
        r.Query, r.Words, [.. r.People.Select(PersonMatch.From)],
        [.. r.Articles.Select(a => new ArticleMatch(a.Slug, a.Headline, a.PublishedOn, PlainSnippet(a.Snippet)))],
        r.Parties, r.Elections, r.ShowingPerson is { } p ? PersonMatch.From(p) : null, r.DidYouMean);

    /// <summary>The snippet without the markers the page turns into highlights.</summary>
    private static string PlainSnippet(string snippet) =>
        snippet.Replace(ArticleSearch.MatchStart.ToString(), "").Replace(ArticleSearch.MatchEnd.ToString(), "");
}

/// <param name="Snippet">The passage that matched, in plain text.</param>
public sealed record ArticleMatch(string Slug, string Headline, DateOnly? PublishedOn, string Snippet);
