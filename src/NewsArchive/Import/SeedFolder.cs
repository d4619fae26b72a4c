namespace NewsArchive.Import;

/// <summary>One file of a pass over the folder: the article it became (handed to the pass's function), or
/// only the warnings saying why not. <see cref="Index"/> is the file's place in <see cref="SeedFolder.ArticleFiles"/>,
/// the same in every pass.</summary>
internal sealed record FileRead<T>(int Index, SourceArticle? Article, T? Value, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// A seeds folder, walked once (its files in path order, each folder's articles.yml), then read as often as
/// an import needs: each pass reads and parses every file again rather than holding the archive in memory,
/// so an import's memory does not grow with the archive. Files are read in parallel and handed back in
/// path order.
/// </summary>
internal sealed class SeedFolder
{
    /// <summary>Each article file's entry in its folder's articles.yml, by its place in <see cref="ArticleFiles"/>: held
    /// for every pass, so without the names it was keyed by (8 MB at 100,000 articles).</summary>
    private readonly ArticleMetadata?[] _metadata;

    private SeedFolder(IReadOnlyList<FolderFile> articleFiles, ArticleMetadata?[] metadata,
        IReadOnlyList<ImportWarning> leading, IReadOnlyList<ImportWarning> trailing)
    {
        ArticleFiles = articleFiles;
        _metadata = metadata;
        LeadingWarnings = leading;
        TrailingWarnings = trailing;
    }

    public IReadOnlyList<FolderFile> ArticleFiles { get; }

    /// <summary>What the walk refused and what the articles.yml files said, reported before any file's own.</summary>
    public IReadOnlyList<ImportWarning> LeadingWarnings { get; }

    /// <summary>Entries of articles.yml for files that are not there, reported after every file's own.</summary>
    public IReadOnlyList<ImportWarning> TrailingWarnings { get; }

    public static SeedFolder Open(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The seeds folder '{folder}' does not exist.");
        var (files, warnings) = FolderWalker.Walk(folder);
        var metadata = SeedFolderReader.ReadFolderMetadata(files, warnings);
        var articleFiles = files.Where(f => SeedFolderReader.IsArticleFile(f.RelativePath)).ToList();
        FolderWalker.DropLinksToListedFiles(articleFiles, warnings);
        var present = articleFiles.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var trailing = metadata.Keys.Where(k => !present.Contains(k)).Order(StringComparer.Ordinal)
            .Select(listed => new ImportWarning(MetadataReader.FolderFileName, $"describes '{listed}', which is not in the folder"))
            .ToList();
        return new SeedFolder(articleFiles, [.. articleFiles.Select(f => metadata.GetValueOrDefault(f.RelativePath))], warnings, trailing);
    }

    /// <summary>One pass: reads every article file (or only those at <paramref name="only"/>), hands each article
    /// to <paramref name="then"/> on the reading thread, and yields the results in path order.</summary>
    public IEnumerable<FileRead<T>> Read<T>(Func<int, SourceArticle, T> then, IProgress<ImportProgress>? progress, string stage,
        CancellationToken cancellationToken, IReadOnlyCollection<int>? only = null)
    {
        IReadOnlyList<int> indices = only is null ? Enumerable.Range(0, ArticleFiles.Count).ToList() : only.Order().ToList();
        var done = 0;
        return OrderedParallel.Map(indices, index =>
        {
            var file = ArticleFiles[index];
            var format = SeedFolderReader.Formats[Path.GetExtension(file.RelativePath)];
            var (article, warnings) = ArticleFileReader.Read(file, format, _metadata[index] ?? ArticleMetadata.None);
            var value = article is null ? default : then(index, article);
            progress?.Report(new ImportProgress(stage, Interlocked.Increment(ref done), indices.Count));
            return new FileRead<T>(index, article, value, warnings);
        }, cancellationToken);
    }
}
