using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// The site's public address, for the absolute links that leave the site (canonical, OpenGraph, feeds, the
/// sitemap): Site:BaseUrl, else the address the server listens on. Never the request's Host header, which
/// any client can set and a cache would then keep.
/// </summary>
public sealed class PublicAddress(IOptions<SiteOptions> options, IServer server)
{
    private string? _configured = options.Value.BaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;

    public string Absolute(string pathAndQuery) => Base + pathAndQuery;

    public string Base => _configured ?? (Listening() is { } listening ? _configured = listening : "http://localhost");

    /// <summary>The first address the server listens on, https first; a wildcard host reads as localhost.
    /// Null before the server has started (then nothing is remembered).</summary>
    private string? Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0) return null;
        var chosen = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1).First();
        if (!Uri.TryCreate(chosen.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri)) return null;
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }
}
