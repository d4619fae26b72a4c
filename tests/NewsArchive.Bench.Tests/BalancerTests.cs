using System.Net;
using System.Text;
using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench.Tests;

/// <summary>The nginx config and the wrk script the balanced verb writes, run for real against two small
/// loopback servers that say who they are. Needs nginx and wrk (apt-get install -y nginx wrk).</summary>
public sealed class BalancerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"bench-balancer-{Guid.NewGuid():N}");
    private readonly List<TinyServer> _servers = [new("one"), new("two")];

    public BalancerTests() => Directory.CreateDirectory(Path.Combine(_folder, "pages"));

    public void Dispose()
    {
        foreach (var server in _servers) server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_balancer_sends_requests_to_both_servers_and_nginx_serves_the_saved_pages()
    {
        File.WriteAllText(Path.Combine(_folder, "pages", "home.html"), "saved bytes");
        using var nginx = await Nginx.StartAsync(Path.Combine(_folder, "nginx"), Path.Combine(_folder, "pages"), [.. _servers.Select(s => s.Port)]);
        using var client = new HttpClient();
        var answers = new HashSet<string>();
        for (var i = 0; i < 10; i++) answers.Add(await client.GetStringAsync(nginx.BalancerUrl("/articles/x")));
        Assert.Equal(["one /articles/x", "two /articles/x"], answers.Order());
        Assert.Equal("saved bytes", await client.GetStringAsync(nginx.Url("/home.html")));
    }

    [Fact]
    public async Task Nginx_serves_a_saved_pages_gzip_copy_as_it_is_to_a_client_that_asks_for_gzip()
    {
        var pages = Path.Combine(_folder, "pages");
        File.WriteAllText(Path.Combine(pages, "home.html"), "saved bytes");
        var zipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(zipped, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes("saved bytes"));
        File.WriteAllBytes(Path.Combine(pages, "home.html.gz"), zipped.ToArray());
        using var nginx = await Nginx.StartAsync(Path.Combine(_folder, "nginx"), pages);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, nginx.Url("/home.html"));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await client.SendAsync(request);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal(zipped.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("saved bytes", await client.GetStringAsync(nginx.Url("/home.html")));
    }

    [Fact]
    public async Task Wrk_stopped_early_reports_the_requests_it_made_over_every_path()
    {
        var script = Path.Combine(_folder, "paths.lua");
        File.WriteAllText(script, Wrk.RotatingPathsScript(["/a", "/search?q=\"b\""]));
        var wrk = Wrk.Start($"http://127.0.0.1:{_servers[0].Port}/", 2, script);
        await Task.Delay(1500);
        var load = wrk.Stop();
        Assert.True(load.Requests > 0);
        Assert.Equal(0, load.Errors);
        // The quote is escaped for Lua and reaches the server as written.
        Assert.Equal(["/a", "/search?q=\"b\""], _servers[0].Paths.Order(StringComparer.Ordinal));
    }

    /// <summary>Answers every request with its name and the path asked, and remembers the paths.</summary>
    private sealed class TinyServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _name;
        private readonly HashSet<string> _paths = [];

        public int Port { get; } = Loopback.FreePort();

        public TinyServer(string name)
        {
            _name = name;
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public List<string> Paths
        {
            get { lock (_paths) return [.. _paths]; }
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { return; }
                var path = context.Request.RawUrl ?? "";
                lock (_paths) _paths.Add(path);
                var body = Encoding.UTF8.GetBytes($"{_name} {path}");
                context.Response.OutputStream.Write(body);
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
