using System.Net;

namespace NewsArchive.Web.Hosting;

/// <summary>How the site meets the outside world, bound from the "Site" configuration section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address readers use (https://news.example.org), for canonical links, OpenGraph,
    /// feeds and the sitemap: the request's Host header is never trusted for them. Empty: the address the
    /// server listens on.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For, -Proto and -Host headers are believed.
    /// appsettings.json names the loopback addresses. No default here: the binder adds configured entries to
    /// an array's defaults, so a default could never be taken away.</summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks (CIDR, "10.0.0.0/8") of such proxies.</summary>
    public string[] KnownNetworks { get; init; } = [];

    /// <summary>Memory the output cache may hold, in megabytes of cached answers.</summary>
    public int OutputCacheMegabytes { get; init; } = 64;

    public IEnumerable<string> Problems()
    {
        if (BaseUrl is { Length: > 0 } && !IsBaseUrl(BaseUrl))
            yield return $"{Section}:BaseUrl must be an absolute http or https address without query or fragment (it is '{BaseUrl}').";
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return $"{Section}:KnownProxies holds '{proxy}', which is not an IP address.";
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return $"{Section}:KnownNetworks holds '{network}', which is not a network such as 10.0.0.0/8.";
        if (Settings.Range(Section, nameof(OutputCacheMegabytes), OutputCacheMegabytes, 1, 64 * 1024) is { } problem)
            yield return problem;
    }

    private static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
