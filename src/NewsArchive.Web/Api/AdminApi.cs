using Microsoft.AspNetCore.Antiforgery;
using NewsArchive.Import;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Api;

/// <summary>The admin's re-import for scripts and the admin page's progress bar. Signed-in only; a POST
/// also needs the antiforgery token (header RequestVerificationToken), since the sign-in is a cookie.</summary>
public static class AdminApi
{
    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization();

        admin.MapGet("/import", (ImportRunner runner) => runner.Snapshot());

        admin.MapPost("/import", async (HttpContext context, IAntiforgery antiforgery, ImportRunner runner) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token.");
            return runner.TryStart(out var message)
                ? Results.Accepted("/api/admin/import", new { message })
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: message);
        }).DisableAntiforgery();

        admin.MapGet("/reports", (ArchiveImporter importer) => importer.Reports.Recent());
        return app;
    }
}
