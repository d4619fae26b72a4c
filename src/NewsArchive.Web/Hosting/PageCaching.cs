using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Runs after every page handler, before the view renders: allows the page's structured data in the
/// Content-Security-Policy (by hash, so a 304 carries the same policy), then answers 304 when the reader's
/// copy was made from the same archive. Admin pages and error statuses are never cached.
/// </summary>
public sealed class PageCaching(ArchiveVersion version) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (executed.HandlerInstance is IHasPageMeta { Meta.StructuredData: { } data } && http.Features.Get<ContentSecurityPolicy>() is { } policy)
        {
            policy.AllowScript(data.CspHash);
            // Written now, so the output cache keeps it with the page.
            http.Response.Headers.ContentSecurityPolicy = policy.ToString();
        }

        if (!IsCacheable(http, executed)) return;
        if (await version.IsNotModifiedAsync(http)) executed.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
    }

    private static bool IsCacheable(HttpContext http, PageHandlerExecutedContext executed) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && executed.Exception is null
        && executed.Result is null or PageResult
        && http.Response.StatusCode == StatusCodes.Status200OK
        && !http.Request.Path.StartsWithSegments("/admin")
        && http.Features.Get<IStatusCodeReExecuteFeature>() is null
        && http.Features.Get<IExceptionHandlerPathFeature>() is null;
}
