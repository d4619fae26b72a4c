using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsArchive.Import;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Api;

/// <summary>The admin's re-import for scripts and the admin page's progress bar. Signed-in only (401
/// otherwise); a POST also needs the antiforgery token (header RequestVerificationToken), since the
/// sign-in is a cookie.</summary>
public static class AdminApi
{
    /// <summary>The answer to a started import.</summary>
    public sealed record ImportStarted(string Message);

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization().WithTags("Admin")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        admin.MapGet("/import", Ok<ImportRunner.Status> (ImportRunner runner) => TypedResults.Ok(runner.Snapshot()))
            .WithSummary("Whether an import is running, its progress, and the last report");

        admin.MapPost("/import", async Task<Results<Accepted<ImportStarted>, ProblemHttpResult>> (HttpContext context, IAntiforgery antiforgery, ImportRunner runner) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token.");
                return runner.TryStart(out var message)
                    ? TypedResults.Accepted("/api/admin/import", new ImportStarted(message))
                    : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: message);
            })
            .DisableAntiforgery()
            .WithSummary("Start a re-import of the seeds folder")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/reports", Ok<IReadOnlyList<ImportReport>> (ArchiveImporter importer) => TypedResults.Ok(importer.Reports.Recent()))
            .WithSummary("The last import reports, newest first");
        return app;
    }
}
