namespace NewsArchive.Web.Hosting;

public static class ArchivePipeline
{
    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        // Early, so a page answered from the cache skips everything below: error handling, status pages,
        // static files, routing, sign-in. No public page depends on who is signed in; admin is never cached.
        app.UseOutputCache();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        // People reading pages get an error page in the site's layout; API clients and form posts get the bare status.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api") && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
            branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles(new StaticFileOptions
        {
            // Stylesheets and scripts are linked with ?v=<content hash>, so a versioned address never changes.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=86400",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
