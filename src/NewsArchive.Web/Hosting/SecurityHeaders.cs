namespace NewsArchive.Web.Hosting;

/// <summary>The Content-Security-Policy of one response: scripts only from the site, plus the exact inline
/// blocks (structured data) a page registered by hash. No 'unsafe-inline' anywhere.</summary>
public sealed class ContentSecurityPolicy
{
    private readonly SortedSet<string> _scriptHashes = new(StringComparer.Ordinal);
    private bool _inlineStyles;

    public void AllowScript(string hashSource) => _scriptHashes.Add(hashSource);

    /// <summary>Only for the API reference page, whose script styles it at run time (see ApiReferencePolicy).</summary>
    public void AllowInlineStyles() => _inlineStyles = true;

    public override string ToString() =>
        "default-src 'self'; " +
        $"script-src 'self'{string.Concat(_scriptHashes.Select(h => $" '{h}'"))}; " +
        $"style-src 'self'{(_inlineStyles ? " 'unsafe-inline'" : "")}; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}

/// <summary>Security headers on every response, pages, API, files and errors alike.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var policy = new ContentSecurityPolicy();
        context.Features.Set(policy);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A page answered from the output cache brings the policy it was rendered with (its script hashes).
            // A 304 without one leaves the reader's stored policy in place rather than replacing it.
            if (!headers.ContainsKey("Content-Security-Policy") && context.Response.StatusCode != StatusCodes.Status304NotModified)
                headers.ContentSecurityPolicy = policy.ToString();
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
