namespace NewsArchive.Web.Hosting;

public static class ArchivePipeline
{
    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }
}
