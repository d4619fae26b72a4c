using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// HEAD is answered as GET is, headers and status alike, without the body: one rule for pages, feeds, the
/// API and whatever is added later. The request is handled as a GET (so it shares the GET's cached answer)
/// and the body is written nowhere.
/// </summary>
public sealed class HeadAsGet(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}

/// <summary>
/// 405 Method Not Allowed, with the Allow header, for a method the endpoint has no handler for. Minimal API
/// endpoints get this from routing; a Razor Page would otherwise render without running any handler (TRACE
/// on an article page was a NullReferenceException), and a path with no endpoint would answer 404 to TRACE.
/// </summary>
public sealed class MethodNotAllowed(RequestDelegate next)
{
    private static readonly string[] ReadOnly = [HttpMethods.Get, HttpMethods.Head];

    public Task InvokeAsync(HttpContext context)
    {
        // An error page re-executed for a failed request answers whatever the request's method was.
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return next(context);
        var allowed = Allowed(context.GetEndpoint());
        if (allowed is null || allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase)) return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return Task.CompletedTask;
    }

    /// <summary>The methods the endpoint answers, or null when routing already enforces them.</summary>
    private static string[]? Allowed(Endpoint? endpoint)
    {
        if (endpoint is null) return ReadOnly;
        if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not { } page) return null;
        var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (methods.Count == 0) return ReadOnly;
        if (methods.Contains(HttpMethods.Get)) methods.Insert(methods.IndexOf(HttpMethods.Get) + 1, HttpMethods.Head);
        return [.. methods];
    }
}
