using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Rendering;

public static class SiteUrl
{
    /// <summary>An absolute address on this site, for canonical links, OpenGraph, feeds and the sitemap. It is
    /// made from the site's public address (<see cref="PublicAddress"/>); the request only leads to the site's
    /// services, and its Host header is never used.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicAddress>().Absolute(pathAndQuery);
}
