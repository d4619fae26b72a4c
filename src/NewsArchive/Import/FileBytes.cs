namespace NewsArchive.Import;

/// <summary>
/// Reads one file of the seeds folder: only a regular file, and never more than a limit, checked before the
/// first byte is read and again while reading (a file can grow). Anything else is refused with a reason.
/// </summary>
internal static class FileBytes
{
    public static (byte[]? Bytes, string? Refusal) Read(string path, long maxBytes)
    {
        try
        {
            if (UnixFiles.Supported)
            {
                var (stream, length, refusal) = UnixFiles.OpenRegular(path);
                if (stream is null) return (null, refusal);
                using (stream) return length > maxBytes ? (null, TooLarge(length, maxBytes)) : ReadAtMost(stream, maxBytes);
            }
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) return (null, "a link, not a regular file");
            // Elsewhere a pipe or a device reports no length: such a file is never opened.
            if (info.Length == 0) return ([], null);
            if (info.Length > maxBytes) return (null, TooLarge(info.Length, maxBytes));
            using var file = File.OpenRead(path);
            return ReadAtMost(file, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
    }

    public static string TooLarge(long length, long maxBytes) => $"too large ({length:N0} bytes; the limit is {maxBytes:N0})";

    private static (byte[]? Bytes, string? Refusal) ReadAtMost(Stream stream, long maxBytes)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return (null, $"too large (grew past the limit of {maxBytes:N0} bytes while being read)");
        }
        return (buffer.ToArray(), null);
    }
}
