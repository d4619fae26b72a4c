using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Data;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Rendered pages, feeds and API answers are kept in memory and served again until the archive changes.
/// Every entry is keyed by the archive's version stamp, so once an import has published, the next
/// request is rendered from the new archive: a page from before a re-import is never served after it.
/// </summary>
public sealed class ArchiveOutputCachePolicy(ArchiveDatabase database) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/admin")
            && !request.Path.StartsWithSegments("/api/admin")
            && !request.Path.StartsWithSegments("/healthz")
            && !IsStaticFile(request.Path);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["archive"] = database.VersionStamp();
        return ValueTask.CompletedTask;
    }

    /// <summary>Files from wwwroot have caching headers of their own and cost nothing to serve.</summary>
    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/favicon.svg");

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only whole, successful, public answers are kept: no errors, no cookies set.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

public static class OutputCaching
{
    public static IServiceCollection AddArchiveOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 200 * 1024 * 1024;
            options.AddBasePolicy(builder => builder.AddPolicy<ArchiveOutputCachePolicy>(), excludeDefaultPolicy: true);
        });
}
