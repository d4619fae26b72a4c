namespace NewsArchive.Import;

/// <summary>A file the walk found inside the seeds folder: its path relative to the folder, with '/' between
/// folders (the name it is reported and matched by), and the path to read it from.</summary>
/// <param name="Root">The seeds folder, one string shared by all its files.</param>
/// <param name="Target">Where a link leads (a file inside the folder); null for a file that is not a link.</param>
internal sealed record FolderFile(string Root, string RelativePath, string? Target = null)
{
    public bool IsLink => Target is not null;

    // Made when asked for rather than kept: an import holds the list for all its passes, and 100,000 full paths
    // were 10 MB of it.
    public string FullPath => Target ?? Path.Combine(Root, RelativePath.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>
/// Finds the files of a seeds folder and its subfolders (by section, by year, any depth up to
/// <see cref="MaxDepth"/>), in a stable order. Hidden entries (a name starting with '.': .git, uploads in
/// progress) are passed over. A link is followed only to a file inside the folder; a link that leaves it,
/// a link to a folder and a dangling link are refused with a reason, so nothing outside the folder is read.
/// </summary>
public static class FolderWalker
{
    public const int MaxDepth = 32;

    internal static (List<FolderFile> Files, List<ImportWarning> Refused) Walk(string folder)
    {
        var root = RealPath(Path.GetFullPath(folder)) ?? Path.GetFullPath(folder);
        var files = new List<FolderFile>();
        var refused = new List<ImportWarning>();
        var pending = new Stack<(string Path, string Relative, int Depth)>();
        pending.Push((root, "", 0));
        while (pending.TryPop(out var current))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(current.Path).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                refused.Add(new ImportWarning(current.Relative, $"folder cannot be read: {ex.Message}", Skipped: true));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = current.Relative.Length == 0 ? entry.Name : $"{current.Relative}/{entry.Name}";
                if (entry.LinkTarget is not null)
                {
                    if (FollowLink(root, entry, relative) is { } reason) refused.Add(new ImportWarning(relative, reason, Skipped: true));
                    else files.Add(new FolderFile(root, relative, RealPath(entry.FullName)!));
                }
                else if (entry is DirectoryInfo)
                {
                    if (current.Depth + 1 > MaxDepth) refused.Add(new ImportWarning(relative, $"a folder nested more than {MaxDepth} deep; not read", Skipped: true));
                    else pending.Push((entry.FullName, relative, current.Depth + 1));
                }
                else files.Add(new FolderFile(root, relative));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        refused.Sort((a, b) => string.CompareOrdinal(a.File, b.File));
        return (files, refused);
    }

    /// <summary>Null when the link leads to a file inside the folder; otherwise why it is not followed.</summary>
    private static string? FollowLink(string root, FileSystemInfo link, string relative)
    {
        var target = RealPath(link.FullName);
        if (target is null) return $"a link to '{link.LinkTarget}', which does not exist";
        if (target != root && !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"a link to '{target}', outside the seeds folder; links that leave the folder are never followed";
        if (Directory.Exists(target)) return "a link to a folder; links to folders are not followed (the folder is read where it is)";
        return null;
    }

    /// <summary>A link to a file that is itself among <paramref name="files"/> would import the same article
    /// twice; the link is dropped with a reason.</summary>
    internal static void DropLinksToListedFiles(List<FolderFile> files, List<ImportWarning> refused)
    {
        var direct = files.Where(f => !f.IsLink).ToDictionary(f => f.FullPath, f => f.RelativePath, StringComparer.Ordinal);
        files.RemoveAll(f =>
        {
            if (!f.IsLink || !direct.TryGetValue(f.FullPath, out var original)) return false;
            refused.Add(new ImportWarning(f.RelativePath, $"a link to '{original}', which is imported under its own name", Skipped: true));
            return true;
        });
    }

    private static string? RealPath(string path)
    {
        if (UnixFiles.Supported) return UnixFiles.RealPath(path);
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
        return target is { Exists: true } || Directory.Exists(target?.FullName) ? Path.GetFullPath(target!.FullName) : null;
    }
}
