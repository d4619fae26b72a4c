namespace NewsArchive.Web.Rendering;

public static class SiteUrl
{
    /// <summary>An absolute address on this site, for canonical links, OpenGraph, feeds and the sitemap.</summary>
    public static string Absolute(HttpRequest request, string pathAndQuery) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
}
