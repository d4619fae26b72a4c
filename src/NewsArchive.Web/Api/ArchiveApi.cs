using Microsoft.AspNetCore.Http.HttpResults;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.Search;

namespace NewsArchive.Web.Api;

/// <summary>JSON for machines: the same reads as the pages, in the named shapes of *Answers.cs. Every
/// error is a problem document (application/problem+json).</summary>
public static class ArchiveApi
{
    public static WebApplication MapArchiveApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Archive");

        api.MapGet("/people", async Task<Ok<List<PersonSummary>>> (ArchiveDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await PersonQueries.ListAsync(db, ct)).Select(PersonSummary.From).ToList()))
            .WithSummary("Every person the archive names");

        api.MapGet("/people/suggest", async Task<Ok<List<PersonMatch>>> (string? q, ArchiveDbContext db, SearchQueries search, CancellationToken ct) =>
                TypedResults.Ok((await search.SuggestAsync(db, SearchTerms.Parse(q), 8, ct)).Select(PersonMatch.From).ToList()))
            .WithSummary("Up to 8 people whose names match the words typed, for autocomplete");

        api.MapGet("/people/{slug}", async Task<Results<Ok<PersonDetail>, ProblemHttpResult>> (string slug, ArchiveDbContext db, CancellationToken ct) =>
                await PersonQueries.GetAsync(db, slug, cancellationToken: ct) is { } person ? TypedResults.Ok(PersonDetail.From(person)) : NotFound("person", slug))
            .WithSummary("A person: parties and roles with their sentences, aliases, articles, quotes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{slug}", async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> (string slug, ArchiveDbContext db, CancellationToken ct) =>
                await ArticleQueries.GetAsync(db, slug, ct) is { } article
                    ? TypedResults.Ok(ArticleDetail.From(article, await ElectionQueries.InArticleAsync(db, slug, ct)))
                    : await ArticleQueries.IsRetiredAsync(db, slug, ct)
                        ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: $"The article '{slug}' was removed from the archive.")
                        : NotFound("article", slug))
            .WithSummary("An article: headline, date, source, paragraphs, the people it names and the elections it reports")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        api.MapGet("/elections", async Task<Ok<List<ElectionSummary>>> (ArchiveDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await ElectionQueries.ListAsync(db, ct)).Select(ElectionSummary.From).ToList()))
            .WithSummary("Every election the archive's articles report");

        api.MapGet("/elections/{slug}", async Task<Results<Ok<ElectionDetail>, ProblemHttpResult>> (string slug, ArchiveDbContext db, CancellationToken ct) =>
                await ElectionQueries.GetAsync(db, slug, cancellationToken: ct) is { } election ? TypedResults.Ok(ElectionDetail.From(election)) : NotFound("election", slug))
            .WithSummary("An election: winners, majorities, candidates with figures per count, every figure with its sentence")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", async Task<Ok<SearchResult>> (string? q, ArchiveDbContext db, SearchQueries search, CancellationToken ct) =>
                TypedResults.Ok(SearchResult.From(await search.SearchAsync(db, q, ct))))
            .WithSummary("People and articles matching the words, as the search page");
        return app;
    }

    private static ProblemHttpResult NotFound(string what, string slug) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} has the slug '{slug}'.");
}
