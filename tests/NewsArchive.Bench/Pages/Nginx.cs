namespace NewsArchive.Bench.Pages;

/// <summary>nginx with a config of our own, serving a folder of saved pages on a loopback port:
/// the reference a page server is compared with; optionally also a load balancer in front of several app
/// servers, on a port of its own. Started as a daemon, stopped with -s quit.</summary>
internal sealed class Nginx : IDisposable
{
    private readonly string _binary;
    private readonly string _prefix;
    private readonly string _config;

    /// <summary>The port the saved pages are served on.</summary>
    public int Port { get; }

    /// <summary>The load balancer's port, when app servers were given.</summary>
    public int BalancerPort { get; }

    private Nginx(string binary, string prefix, int port, int balancerPort)
    {
        _binary = binary;
        _prefix = prefix;
        Port = port;
        BalancerPort = balancerPort;
        _config = Path.Combine(prefix, "nginx.conf");
    }

    /// <param name="appPorts">Loopback ports of app servers to balance across (round robin), or none.</param>
    public static async Task<Nginx> StartAsync(string folder, string pages, IReadOnlyList<int>? appPorts = null)
    {
        var binary = Loopback.Find("nginx") ?? throw new InvalidOperationException("nginx is not installed (apt-get install -y nginx)");
        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        var nginx = new Nginx(binary, Path.GetFullPath(folder), Loopback.FreePort(), appPorts is { Count: > 0 } ? Loopback.FreePort() : 0);
        var temp = Path.Combine(nginx._prefix, "temp");
        File.WriteAllText(nginx._config, $$"""
            worker_processes auto;
            pid {{nginx._prefix}}/nginx.pid;
            error_log {{nginx._prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                types { text/html html; }
                default_type text/html;
                charset utf-8;
                # A saved page's .gz copy, for a client that asks for gzip: the app's compressed bytes, served as they are.
                gzip_static on;
                server {
                    listen 127.0.0.1:{{nginx.Port}};
                    root {{Path.GetFullPath(pages)}};
                }
            {{(appPorts is { Count: > 0 } ? Balancer(nginx.BalancerPort, appPorts) : "")}}
            }
            """);
        Loopback.Run(binary, TimeSpan.FromSeconds(20), "-p", nginx._prefix, "-c", nginx._config);
        await Loopback.WaitUntilAnswering(nginx.Url("/"), TimeSpan.FromSeconds(20));
        return nginx;
    }

    /// <summary>Kept-alive connections to the apps, as a production proxy keeps them (a new TCP connection
    /// per request would be measured otherwise); the app believes X-Forwarded-For from loopback.</summary>
    private static string Balancer(int port, IReadOnlyList<int> appPorts) => $$"""
            upstream archive {
                {{string.Join("\n        ", appPorts.Select(p => $"server 127.0.0.1:{p};"))}}
                keepalive 64;
            }
            server {
                listen 127.0.0.1:{{port}};
                location / {
                    proxy_pass http://archive;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_buffers 64 16k;
                }
            }
        """;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public string BalancerUrl(string path) => $"http://127.0.0.1:{BalancerPort}{path}";

    public void Dispose() => Loopback.Run(_binary, TimeSpan.FromSeconds(20), "-p", _prefix, "-c", _config, "-s", "quit");
}
