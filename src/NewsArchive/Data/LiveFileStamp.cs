namespace NewsArchive.Data;

/// <summary>
/// The version stamp of the live SQLite file (its write time and size, and how many times it has been seen to
/// change), kept in memory. Reading the file's status on every request was a fifth of a cached page's
/// request-thread time in a profile, a tenth of its CPU (docs/benchmarks.md, "Cached pages"). So a watcher on the
/// file's folder forgets the stamp when the file is created, written, touched, renamed over or moved away, by this
/// process or another (the CLI import), and the next call reads it again; this process's own publish forgets it at
/// once. Like PostgreSQL's listener, another process's publish is served once the watcher is told, and in any case
/// within <see cref="KeptFor"/>: the file is read again at least that often, in case the watcher missed something.
/// Where the folder cannot be watched, every call reads the file, as before.
/// </summary>
internal sealed class LiveFileStamp(string filePath) : IDisposable
{
    /// <summary>Longest a stamp is believed without reading the file again.</summary>
    internal static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(1);

    /// <summary>What was last read, at which change count; replaced whole so a read that raced a change is not kept.</summary>
    private sealed record Known(long Changes, string? Stamp, long ReadAt);

    private Known _known = new(0, null, 0);
    private FileSystemWatcher? _watcher;
    private volatile bool _watching;
    private int _started;

    /// <summary>The stamp, from memory while the folder is watched.</summary>
    public string Current()
    {
        StartWatching();
        var known = Volatile.Read(ref _known);
        var now = Environment.TickCount64;
        if (_watching && known.Stamp is { } stamp && now - known.ReadAt < KeptFor.TotalMilliseconds) return stamp;
        var read = Read(known.Changes);
        // Kept only if nothing changed while the file was read; otherwise the next call reads it again.
        if (_watching) Interlocked.CompareExchange(ref _known, known with { Stamp = read, ReadAt = now }, known);
        return read;
    }

    /// <summary>The stamp read from the file now, for what must never use an old one (a reader connection).</summary>
    public string ReadNow() => Read(Volatile.Read(ref _known).Changes);

    /// <summary>The file has been replaced (or may have been): the next stamp is read from it, and differs.</summary>
    public void Changed()
    {
        Known current;
        do current = Volatile.Read(ref _known);
        while (Interlocked.CompareExchange(ref _known, new Known(current.Changes + 1, null, 0), current) != current);
    }

    // The change count is part of the stamp, so a file put in place with the same write time and size (a copy
    // restored with its times) is still a new archive.
    private string Read(long changes)
    {
        var file = new FileInfo(filePath);
        return file.Exists ? $"{file.LastWriteTimeUtc.Ticks}-{file.Length}-{changes}" : $"none-{changes}";
    }

    private void StartWatching()
    {
        if (Volatile.Read(ref _started) != 0 || Interlocked.Exchange(ref _started, 1) != 0) return;
        try
        {
            var watcher = new FileSystemWatcher(Path.GetDirectoryName(filePath)!, Path.GetFileName(filePath))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime | NotifyFilters.Attributes,
            };
            watcher.Changed += (_, _) => Changed();
            watcher.Created += (_, _) => Changed();
            watcher.Deleted += (_, _) => Changed();
            watcher.Renamed += (_, _) => Changed();
            // Events were lost (the kernel's queue overflowed) or the watch is gone: believe no stamp from memory again.
            watcher.Error += (_, _) =>
            {
                _watching = false;
                Changed();
            };
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
            _watching = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // No folder yet, or no watches left: the file is read on every call.
        }
    }

    public void Dispose()
    {
        _watching = false;
        _watcher?.Dispose();
    }
}
