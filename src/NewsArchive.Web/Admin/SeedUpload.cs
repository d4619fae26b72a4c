using System.IO.Compression;

using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>What became of one uploaded file (or zip entry): where it was saved, or why it was refused; and,
/// once the re-import has run, what the importer made of it.</summary>
public sealed record UploadedFile(string Name, string? SavedAs, string? Refusal, string? Outcome = null);

/// <summary>
/// Saves files uploaded by the admin (loose files, or zips of them with their folders) into the seeds
/// folder. Everything is first written to a hidden staging folder inside it (which the importer passes over),
/// checked against the importer's own size and type limits, and only then renamed into place, one atomic
/// rename per file: the importer never reads half a file. Zip entries are read no further than the limit,
/// whatever size they claim; links, devices and nested zips in a zip are refused.
/// </summary>
public sealed class SeedUpload(SeedsFolder seeds)
{
    public const int MaxEntries = 10_000;
    public const long MaxTotalBytes = 1024L * 1024 * 1024;

    public IReadOnlyList<UploadedFile> Save(IEnumerable<(string Name, Func<Stream> Open)> uploads)
    {
        var staging = Path.Combine(seeds.Path, $".upload-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var results = new List<UploadedFile>();
            var staged = new Dictionary<string, string>(StringComparer.Ordinal);
            var budget = new Budget();
            foreach (var (name, open) in uploads)
            {
                if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) Unzip(name, open, staging, staged, results, budget);
                else Stage(name, name, open, staging, staged, results, budget);
            }
            return results.Select(r => r.SavedAs is { } path && staged.TryGetValue(path, out var file) ? Place(r, file) : r).ToList();
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private sealed class Budget
    {
        public int Entries;
        public long Bytes;
    }

    private static void Unzip(string zipName, Func<Stream> open, string staging, Dictionary<string, string> staged, List<UploadedFile> results, Budget budget)
    {
        using var stream = open();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            results.Add(new UploadedFile(zipName, null, $"not a readable zip file: {ex.Message}"));
            return;
        }
        using (zip)
        {
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var name = $"{zipName}: {entry.FullName}";
                // The high 16 bits of a zip entry's external attributes are its Unix file mode, when made on Unix.
                var kind = (entry.ExternalAttributes >> 16) & 0xF000;
                if (kind is not (0 or 0x8000)) results.Add(new UploadedFile(name, null, kind == 0xA000 ? "a link; links are never unpacked" : "not a regular file"));
                else if (entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) results.Add(new UploadedFile(name, null, "a zip inside a zip is not unpacked"));
                else
                {
                    try
                    {
                        Stage(name, entry.FullName, entry.Open, staging, staged, results, budget);
                    }
                    catch (InvalidDataException ex)
                    {
                        results.Add(new UploadedFile(name, null, $"could not be unpacked: {ex.Message}"));
                    }
                }
            }
        }
    }

    private static void Stage(string name, string path, Func<Stream> open, string staging, Dictionary<string, string> staged, List<UploadedFile> results, Budget budget)
    {
        var (relative, refusal) = UploadPath.Check(path);
        if (relative is null) results.Add(new UploadedFile(name, null, refusal));
        else if (staged.ContainsKey(relative)) results.Add(new UploadedFile(name, null, $"'{relative}' appears twice in the upload; the first was kept"));
        else if (++budget.Entries > MaxEntries) results.Add(new UploadedFile(name, null, $"more than {MaxEntries:N0} files in one upload"));
        else
        {
            var file = Path.Combine(staging, $"{staged.Count}.part");
            var (written, tooLarge) = Copy(open, file, UploadPath.LimitFor(relative), MaxTotalBytes - budget.Bytes);
            budget.Bytes += written;
            if (tooLarge is not null) results.Add(new UploadedFile(name, null, tooLarge));
            else
            {
                staged[relative] = file;
                results.Add(new UploadedFile(name, relative, null));
            }
        }
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; one more and the file is refused.</summary>
    private static (long Written, string? TooLarge) Copy(Func<Stream> open, string file, long limit, long budgetLeft)
    {
        using var source = open();
        using var target = File.Create(file);
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            written += read;
            if (written > limit) return (written, $"larger than the importer's limit of {limit:N0} bytes for this kind of file");
            if (written > budgetLeft) return (written, $"the upload unpacks to more than {MaxTotalBytes:N0} bytes");
            target.Write(buffer, 0, read);
        }
        return (written, null);
    }

    /// <summary>Renames a staged file into place. A folder on the way that is a link is never written through.</summary>
    private UploadedFile Place(UploadedFile result, string stagedFile)
    {
        try
        {
            var target = Path.Combine(seeds.Path, result.SavedAs!.Replace('/', Path.DirectorySeparatorChar));
            var folder = seeds.Path;
            foreach (var segment in result.SavedAs!.Split('/')[..^1])
            {
                folder = Path.Combine(folder, segment);
                if (new DirectoryInfo(folder).LinkTarget is not null) return result with { SavedAs = null, Refusal = $"the folder '{segment}' in the seeds folder is a link; nothing is written through it" };
                if (File.Exists(folder)) return result with { SavedAs = null, Refusal = $"'{segment}' is a file in the seeds folder, not a folder" };
                Directory.CreateDirectory(folder);
            }
            if (Directory.Exists(target)) return result with { SavedAs = null, Refusal = "a folder of that name is in the seeds folder" };
            File.Move(stagedFile, target, overwrite: true);
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return result with { SavedAs = null, Refusal = $"could not be saved: {ex.Message}" };
        }
    }
}
