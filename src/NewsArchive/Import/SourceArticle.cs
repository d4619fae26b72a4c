namespace NewsArchive.Import;

/// <summary>One article file as read from the seeds folder, with its metadata.</summary>
public sealed record SourceArticle(string FileName, string Text, bool IsMarkdown, ArticleMetadata Metadata, string ContentHash);

/// <summary>Something the importer could not use, and why. The rest of the import goes on.</summary>
public sealed record ImportWarning(string File, string Reason);
