namespace NewsArchive.Web.Hosting;

public static class ArchivePipeline
{
    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        // First: the client's address and scheme, as the known proxies (Site:KnownProxies) report them, for
        // everything after (logs, the sign-in limit, Secure cookies).
        app.UseForwardedHeaders();
        app.UseArchiveRequestLogging();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HeadAsGet>();
        // The API reference's policy reads the page it lets through, so it sits inside compression and outside the
        // cache: that page alone is compressed outside the cache.
        app.UseWhen(IsApiReference, reference => reference.UseResponseCompression().UseMiddleware<Api.ApiReferencePolicy>());
        // Early, so a page answered from the cache skips everything below: error handling, status pages,
        // static files, routing, sign-in. No public page depends on who is signed in; admin is never cached.
        app.UseOutputCache();
        // Inside the cache, so a page is compressed once for each encoding the cache keeps it in
        // (ArchiveOutputCachePolicy), not again on every hit.
        app.UseWhen(context => !IsApiReference(context), pages => pages.UseResponseCompression());
        // API clients get problem documents (application/problem+json) for every error; people reading pages
        // get an error page in the site's layout; form posts get the bare status.
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseWhen(context => HttpMethods.IsGet(context.Request.Method), reading => reading.UseStatusCodePagesWithReExecute("/status/{0}"));
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            // Stylesheets and scripts are linked with ?v=<content hash>, so a versioned address never changes.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
        });
        app.UseRouting();
        app.UseMiddleware<MethodNotAllowed>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static bool IsApiReference(HttpContext context) => context.Request.Path.StartsWithSegments(Api.ApiReferencePolicy.PathPrefix);

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
