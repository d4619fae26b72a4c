namespace NewsArchive.Bench.Pages;

/// <summary>nginx with a config of our own, serving a folder of saved pages on a loopback port:
/// the reference a page server is compared with. Started as a daemon, stopped with -s quit.</summary>
internal sealed class Nginx : IDisposable
{
    private readonly string _binary;
    private readonly string _prefix;
    private readonly string _config;

    public int Port { get; }

    private Nginx(string binary, string prefix, int port)
    {
        _binary = binary;
        _prefix = prefix;
        Port = port;
        _config = Path.Combine(prefix, "nginx.conf");
    }

    public static async Task<Nginx> StartAsync(string folder, string pages)
    {
        var binary = Loopback.Find("nginx") ?? throw new InvalidOperationException("nginx is not installed (apt-get install -y nginx)");
        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        var nginx = new Nginx(binary, Path.GetFullPath(folder), Loopback.FreePort());
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
                server {
                    listen 127.0.0.1:{{nginx.Port}};
                    root {{Path.GetFullPath(pages)}};
                }
            }
            """);
        Loopback.Run(binary, TimeSpan.FromSeconds(20), "-p", nginx._prefix, "-c", nginx._config);
        await Loopback.WaitUntilAnswering(nginx.Url("/"), TimeSpan.FromSeconds(20));
        return nginx;
    }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Dispose() => Loopback.Run(_binary, TimeSpan.FromSeconds(20), "-p", _prefix, "-c", _config, "-s", "quit");
}
