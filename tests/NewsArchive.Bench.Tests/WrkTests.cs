using NewsArchive.Bench.Pages;

namespace NewsArchive.Bench.Tests;

public sealed class WrkTests
{
    private const string Report = """
        Running 20s test @ http://127.0.0.1:5000/
          2 threads and 32 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    30.05ms   12.10ms 201.00ms   80.00%
            Req/Sec   540.12     60.00   700.00     70.00%
          Latency Distribution
             50%   28.00ms
             75%   35.00ms
             90%   44.00ms
             99%    1.20s
          21451 requests in 20.05s, 90.00MB read
          Socket errors: connect 0, read 2, write 0, timeout 5
          Non-2xx or 3xx responses: 3
        Requests/sec:   1069.38
        Transfer/sec:      4.49MB
        """;

    [Fact]
    public void Reads_requests_latency_and_errors_from_the_report()
    {
        var load = Wrk.Parse(Report);
        Assert.Equal(1069.38, load.RequestsPerSecond);
        Assert.Equal(1200, load.P99Milliseconds);
        Assert.Equal(21451, load.Requests);
        Assert.Equal(10, load.Errors);
    }

    [Fact]
    public void A_clean_run_has_no_errors()
    {
        var clean = string.Join('\n', Report.Split('\n').Where(l => !l.Contains("errors") && !l.Contains("Non-2xx")));
        Assert.Equal(0, Wrk.Parse(clean).Errors);
    }
}
