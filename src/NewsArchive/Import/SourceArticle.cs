namespace NewsArchive.Import;

/// <summary>The kinds of article file the importer reads, by extension.</summary>
public enum ArticleFormat
{
    Text,
    Markdown,
    Html,
}

/// <summary>One article file as read from the seeds folder: its metadata (the file's own over the folder's)
/// and what the parser understood of its text.</summary>
public sealed record SourceArticle(string FileName, ArticleFormat Format, ArticleMetadata Metadata, ParsedArticle Parsed, string ContentHash)
{
    public bool IsMarkdown => Format == ArticleFormat.Markdown;
}

/// <summary>Something the importer could not use, and why. The rest of the import goes on. When
/// <paramref name="Skipped"/>, the file did not become an article; otherwise it did, without what is named.</summary>
public sealed record ImportWarning(string File, string Reason, bool Skipped = false);
