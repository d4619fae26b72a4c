using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>What the writing pass wrote, for the import report and the retired URLs.</summary>
internal sealed class WrittenArchive(ElectionDirectory elections)
{
    public ElectionDirectory Elections { get; } = elections;
    public int Articles { get; private set; }
    public int Added { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }
    public int RepeatedParagraphsDropped { get; private set; }
    public int Captions { get; private set; }
    public int Sections { get; private set; }
    public int FiguresKept { get; set; }
    /// <summary>The files and slugs written that the previous archive knows: all that the retired URLs and the
    /// count of removed articles ask about. Every one written was held for the whole import before, 100,000 of each
    /// at 100,000 articles, when a new archive has none to ask about.</summary>
    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Slugs { get; } = new(StringComparer.Ordinal);
    /// <summary>What the reader said of each file, in file order.</summary>
    public List<ImportWarning> FileWarnings { get; } = [];
    /// <summary>What understanding said of each article, in file order.</summary>
    public List<ImportWarning> ArticleWarnings { get; } = [];

    public void Count(Article article, UnderstoodArticle item, PreviousArchive previous)
    {
        Articles++;
        if (!previous.ArticlesByFile.TryGetValue(article.FileName, out var old)) Added++;
        else if (old.Hash != article.ContentHash) Changed++;
        else Unchanged++;
        RepeatedParagraphsDropped += item.Parsed.RepeatsDropped;
        Captions += article.Paragraphs.Count(p => p.Kind == ParagraphKind.Caption);
        Sections += article.Paragraphs.Count(p => p.Kind == ParagraphKind.Heading);
        if (previous.ArticlesByFile.ContainsKey(article.FileName)) Files.Add(article.FileName);
        if (previous.Slugs.Contains(article.Slug)) Slugs.Add(article.Slug);
        ArticleWarnings.AddRange(item.Warnings);
    }
}

/// <summary>
/// The last pass of an import: each article is understood with the archive's evidence, given its slug, added
/// to the people and election directories, and written, article by article in file order, while the next
/// articles are understood on the other cores. Nothing an article brings is held once it is written.
/// </summary>
internal static class ArchiveStream
{
    public static WrittenArchive Write(SeedFolder seeds, Curation curation, ImportEvidence evidence, PeopleDirectory directory,
        PreviousArchive previous, ArchiveStreamWriter writer, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var slugs = new ArticleSlugs(previous.ArticlesByFile.ToDictionary(p => p.Key, p => p.Value.Slug));
        var written = new WrittenArchive(new ElectionDirectory(directory, curation.Figures));
        var owned = new OwnedRows(writer, directory);
        foreach (var read in seeds.Read((index, article) => UnderstoodArticle.Of(ReadArticle.Of(article), curation, evidence.For(index), evidence.Parties),
            progress, "Understanding and writing articles", cancellationToken))
        {
            written.FileWarnings.AddRange(read.Warnings);
            if (read.Value is not { } item) continue;
            var article = ArchiveImporter.ArticleFrom(item.Source, item.Parsed, slugs.For(item.Source.FileName, item.Parsed.Headline));
            writer.Add(article);
            directory.Add(article, item.Paragraphs, item.People, item.Read.Lead);
            var elections = written.Elections.Add(article, item.Elections);
            owned.Take(item, elections);
            written.Count(article, item, previous);
        }
        written.FiguresKept = owned.FiguresKept;
        return written;
    }
}
