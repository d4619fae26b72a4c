using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace NewsArchive.Data;

/// <summary>
/// Holds the live archive's schema name in memory on a web server, so the output cache can be keyed by it without
/// a query per request. One connection LISTENs on <see cref="Channel"/>; an import NOTIFYs in the transaction that
/// switches the pointer, so the name changes when PostgreSQL delivers the notification (on loopback, within
/// milliseconds of the import's commit). While the connection is down, <see cref="Stamp"/> is null and the
/// caller asks the database, as every request did before; the listener reconnects every second.
/// </summary>
internal sealed class PostgresPointerListener(string connectionString, Func<NpgsqlConnection, string> readPointer) : IDisposable
{
    public const string Channel = "newsarchive_published";

    /// <summary>The listener's connection, as pg_stat_activity names it.</summary>
    public const string ApplicationName = "newsarchive-listener";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private volatile string? _stamp;
    private Task? _loop;

    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>The live schema as last told, or null when not listening (the caller must ask the database).</summary>
    public string? Stamp => _stamp;

    /// <summary>Starts listening on the first call; later calls do nothing.</summary>
    public void Start()
    {
        if (_loop is not null) return;
        lock (_stop)
            _loop ??= Task.Run(ListenAsync);
    }

    /// <summary>This process published <paramref name="schema"/>: serve it at once rather than on its own notification.</summary>
    public void Published(string schema)
    {
        if (_stamp is not null) _stamp = schema;
    }

    private async Task ListenAsync()
    {
        // Its own connection, not from the pool: it stays open, LISTENing. Keepalive queries while it waits find a
        // connection that died without a word.
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10, TcpKeepAlive = true, ApplicationName = ApplicationName }.ToString();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(dedicated);
                await connection.OpenAsync(_stop.Token);
                // Notifications arrive in commit order, so the last one is the live archive.
                connection.Notification += (_, notification) => _stamp = notification.Payload;
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                // Read after LISTEN, so a publish between the two is not missed.
                _stamp = readPointer(connection);
                while (true) await connection.WaitAsync(_stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _stamp = null;
                Logger.LogWarning(ex, "Not listening for new archives (each request asks the database until this reconnects)");
            }
            _stamp = null;
            try { await Task.Delay(RetryAfter, _stop.Token); }
            catch (OperationCanceledException) { break; }
        }
        _stamp = null;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop?.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { } // its failures were logged as they happened
        _stop.Dispose();
    }
}
