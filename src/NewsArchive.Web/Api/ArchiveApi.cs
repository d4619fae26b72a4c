using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.Search;

namespace NewsArchive.Web.Api;

/// <summary>JSON for machines: the same reads as the pages.</summary>
public static class ArchiveApi
{
    public static WebApplication MapArchiveApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/people", async (ArchiveDbContext db, CancellationToken ct) =>
            (await PersonQueries.ListAsync(db, ct)).Select(p => new
            {
                p.Slug, p.Name, p.Aliases, Party = p.Parties.FirstOrDefault(), p.Parties, p.ArticleCount, p.MentionCount,
            }));

        api.MapGet("/people/suggest", async (string? q, ArchiveDbContext db, SearchQueries search, CancellationToken ct) =>
            await search.SuggestAsync(db, SearchTerms.Parse(q), 8, ct));

        api.MapGet("/people/{slug}", async (string slug, ArchiveDbContext db, CancellationToken ct) =>
            await PersonQueries.GetAsync(db, slug, ct) is { } person ? Results.Ok(person) : NotFound("person", slug));

        api.MapGet("/articles/{slug}", async (string slug, ArchiveDbContext db, CancellationToken ct) =>
            await ArticleQueries.GetAsync(db, slug, ct) is { } article
                ? Results.Ok(new
                {
                    article.Slug, article.Headline, article.HeadlineDerived, article.Standfirst, article.Authors, article.PublishedOn,
                    article.PublishedAt, article.Source, article.Categories, article.Tags, Draft = article.IsDraft, article.WordCount,
                    Paragraphs = article.Paragraphs.Select(p => new { p.Position, p.Section, Kind = p.Kind.ToString(), p.Text, p.Markdown }),
                    article.People,
                })
                : await ArticleQueries.IsRetiredAsync(db, slug, ct)
                    ? Results.Problem(statusCode: StatusCodes.Status410Gone, title: $"The article '{slug}' was removed from the archive.")
                    : NotFound("article", slug));

        api.MapGet("/elections", async (ArchiveDbContext db, CancellationToken ct) =>
            (await ElectionQueries.ListAsync(db, ct)).Select(e => new
            {
                e.Slug, e.Id, e.Name, Kind = e.Kind.ToString(), e.Area, e.Year, e.PollDate, e.Winners,
            }));

        api.MapGet("/elections/{slug}", async (string slug, ArchiveDbContext db, CancellationToken ct) =>
            await ElectionQueries.GetAsync(db, slug, ct) is { } election ? Results.Ok(ElectionJson.From(election)) : NotFound("election", slug));

        api.MapGet("/search", async (string? q, ArchiveDbContext db, SearchQueries search, CancellationToken ct) =>
        {
            var result = await search.SearchAsync(db, q, ct);
            return new
            {
                result.Query, result.Words, result.People,
                Articles = result.Articles.Select(a => new
                {
                    a.Slug, a.Headline, a.PublishedOn,
                    Snippet = a.Snippet.Replace(ArticleSearch.MatchStart.ToString(), "").Replace(ArticleSearch.MatchEnd.ToString(), ""),
                }),
            };
        });
        return app;
    }

    private static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} has the slug '{slug}'.");
}
