using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// The real app on a real port (Kestrel) rather than the in-memory test server, for what only a real server
/// shows: the client's address (127.0.0.1, a known proxy by default, so X-Forwarded-For names the client),
/// the path as Kestrel normalises it, cookies as a browser keeps them.
/// </summary>
public class KestrelArchiveFactory : ArchiveFactory
{
    public KestrelArchiveFactory() : this(Support.ProjectFolders.Seeds) { }

    protected KestrelArchiveFactory(string seedsPath) : base(seedsPath)
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    public Uri Address { get; }

    /// <summary>A client of its own: a cookie jar when asked, redirects shown rather than followed, and an
    /// X-Forwarded-For address, so the app sees a client of that address behind a known proxy.</summary>
    public HttpClient NewClient(string? clientAddress = null, bool cookies = true)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
        };
        if (clientAddress is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }
}
