namespace NewsArchive.Import;

/// <summary>
/// One article file, from bytes to a parsed article: read safely (<see cref="FileBytes"/>), checked
/// (empty, binary, not UTF-8), split from its metadata and parsed by its format. Whatever goes wrong costs
/// this file alone and is said in a warning; a metadata problem costs only the field it is in.
/// </summary>
internal static class ArticleFileReader
{
    public static (SourceArticle? Article, List<ImportWarning> Warnings) Read(FolderFile file, ArticleFormat format, ArticleMetadata folderMetadata)
    {
        var warnings = new List<ImportWarning>();
        var name = file.RelativePath;
        try
        {
            var limit = format == ArticleFormat.Html ? SeedFolderReader.MaxPageBytes : SeedFolderReader.MaxFileBytes;
            var (bytes, refusal) = FileBytes.Read(file.FullPath, limit);
            if (bytes is null) return Skip(warnings, name, refusal!);
            var (text, problem) = SeedFolderReader.Decode(bytes);
            if (format == ArticleFormat.Html && problem is not null && !problem.StartsWith("not valid UTF-8", StringComparison.Ordinal))
                return Skip(warnings, name, problem);
            if (format != ArticleFormat.Html && text is null) return Skip(warnings, name, problem!);

            var (parsed, metadata, pageRefusal) = format switch
            {
                ArticleFormat.Html => ReadPage(bytes, name, folderMetadata, warnings),
                ArticleFormat.Markdown => ReadMarkdown(text!, name, folderMetadata, warnings),
                _ => (ArticleParser.Parse(text!, folderMetadata.Headline), folderMetadata, null),
            };
            if (parsed is null) return Skip(warnings, name, pageRefusal!);
            if (parsed.Paragraphs.Count == 0 && parsed.HeadlineDerived) return Skip(warnings, name, "no article text and no title");
            return (new SourceArticle(name, format, metadata, parsed, SeedFolderReader.Hash(bytes, metadata)), warnings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A fault in a parser on one file is that file's problem, reported, never the import's.
            return Skip(warnings, name, $"could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static (ParsedArticle?, ArticleMetadata, string?) ReadPage(byte[] bytes, string name, ArticleMetadata folderMetadata, List<ImportWarning> warnings)
    {
        var (parsed, own, refusal) = WebPageReader.Read(bytes, name, warnings);
        return (parsed, own.Over(folderMetadata), refusal);
    }

    private static (ParsedArticle?, ArticleMetadata, string?) ReadMarkdown(string text, string name, ArticleMetadata folderMetadata, List<ImportWarning> warnings)
    {
        var (front, body) = MetadataReader.SplitFrontMatter(text, name, warnings);
        var metadata = front.Over(folderMetadata);
        try
        {
            return (MarkdownArticleParser.Parse(body, metadata.Headline), metadata, null);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses text nested past its depth limit; the words are still the article's.
            warnings.Add(new ImportWarning(name, $"read as plain text, not Markdown: {ex.Message}"));
            return (ArticleParser.Parse(body, metadata.Headline), metadata, null);
        }
    }

    private static (SourceArticle?, List<ImportWarning>) Skip(List<ImportWarning> warnings, string name, string reason)
    {
        warnings.Add(new ImportWarning(name, reason, Skipped: true));
        return (null, warnings);
    }
}
