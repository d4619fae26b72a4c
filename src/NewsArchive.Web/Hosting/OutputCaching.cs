using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using NewsArchive.Data;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Rendered pages, feeds and API answers are kept in memory and served again until the archive changes.
/// Every entry is keyed by the archive's version stamp, so once an import has published, the next
/// request is rendered from the new archive: a page from before a re-import is never served after it.
/// </summary>
public sealed class ArchiveOutputCachePolicy(ArchiveDatabase database, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    /// <summary>The query parameters any page or API answer reads (search words, the home page's page
    /// number). A request with any other parameter is answered but not kept: otherwise every made-up
    /// "?x=1", "?x=2" … would be a cache entry of its own.</summary>
    public static readonly string[] QueryKeys = ["q", "page"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/admin")
            && !request.Path.StartsWithSegments("/api/admin")
            && !request.Path.StartsWithSegments("/healthz")
            && !IsStaticFile(request.Path)
            && request.Query.Keys.All(key => QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        // No answer depends on the Host header (absolute links come from Site:BaseUrl), so a made-up host
        // must not make an entry of its own either.
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.VaryByValues["archive"] = database.VersionStamp();
        // Compression runs inside the cache, so an entry is stored in the encoding the compression middleware picks
        // for this request: one entry per encoding it picks (Brotli, gzip or none), asked of it here, not one per
        // way of writing Accept-Encoding. The cache alone would serve the first client's encoding to every other.
        context.CacheVaryByRules.VaryByValues["encoding"] =
            compression.CheckRequestAcceptsCompression(context.HttpContext) ? compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "" : "";
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
    public static IServiceCollection AddArchiveOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
            options.AddBasePolicy(builder => builder.AddPolicy<ArchiveOutputCachePolicy>(), excludeDefaultPolicy: true));
        // The size limit is a setting (Site:OutputCacheMegabytes): past it, new answers are not kept.
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SiteOptions>>((cache, site) =>
            cache.SizeLimit = site.Value.OutputCacheMegabytes * 1024L * 1024L);
        return services;
    }
}
