using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Text;

namespace NewsArchive.Import;

/// <summary>
/// Files in, database out: reads the seeds folder, parses every article and publishes a complete new
/// database in place of the old one. If anything fails before the publish, the old archive is untouched.
/// </summary>
public sealed class ArchiveImporter(ArchiveDatabase database)
{
    /// <summary>Imports, or throws <see cref="ImportBusyException"/> when another import into the same
    /// database is running, in this process or another (the CLI beside the web server).</summary>
    public async Task<ImportReport> ImportAsync(string seedsFolder, CancellationToken cancellationToken = default)
    {
        using var importLock = database.TryLockForImport() ?? throw new ImportBusyException();
        return await RunAsync(seedsFolder, cancellationToken);
    }

    private async Task<ImportReport> RunAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (sources, warnings) = SeedFolderReader.Read(seedsFolder);
        var previous = await ReadPreviousAsync(cancellationToken);

        var articles = new List<Article>();
        var repeats = 0;
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var previousSlugs = previous.Values.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var parsed = ArticleParser.Parse(source.Text, source.Metadata.Headline);
            repeats += parsed.RepeatsDropped;
            articles.Add(ToArticle(source, parsed, SlugFor(source, parsed, previous, previousSlugs, slugs)));
        }

        var buildPath = database.CreateBuildFile();
        try
        {
            await using (var context = new ArchiveDbContext(ArchiveDatabase.OptionsFor(ArchiveDatabase.ReadWrite(buildPath))))
            {
                context.Articles.AddRange(articles);
                await context.SaveChangesAsync(cancellationToken);
            }
            database.Publish(buildPath);
        }
        finally
        {
            if (File.Exists(buildPath)) File.Delete(buildPath);
        }

        var paragraphs = articles.SelectMany(a => a.Paragraphs).ToList();
        return new ImportReport
        {
            StartedAt = started,
            Elapsed = clock.Elapsed,
            FilesRead = sources.Count + warnings.Count(w => w.File != MetadataReader.FolderFileName),
            ArticlesImported = articles.Count,
            Added = articles.Count(a => !previous.ContainsKey(a.FileName)),
            Changed = articles.Count(a => previous.TryGetValue(a.FileName, out var old) && old.Hash != a.ContentHash),
            Unchanged = articles.Count(a => previous.TryGetValue(a.FileName, out var old) && old.Hash == a.ContentHash),
            Removed = previous.Keys.Count(name => articles.All(a => a.FileName != name)),
            RepeatedParagraphsDropped = repeats,
            Captions = paragraphs.Count(p => p.Kind == ParagraphKind.Caption),
            Sections = paragraphs.Count(p => p.Kind == ParagraphKind.Heading),
            Warnings = warnings,
        };
    }

    private sealed record PreviousArticle(string Slug, string Hash);

    /// <summary>The live archive's articles by file name, so an edited article keeps its URL.</summary>
    private async Task<Dictionary<string, PreviousArticle>> ReadPreviousAsync(CancellationToken cancellationToken)
    {
        if (!database.IsCurrent()) return [];
        await using var context = database.OpenContext();
        return await context.Articles.AsNoTracking()
            .ToDictionaryAsync(a => a.FileName, a => new PreviousArticle(a.Slug, a.ContentHash), StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>A file keeps the slug it had; a new file gets one from its headline that no other article
    /// has now or had in the previous archive, so an old URL never starts naming another article.</summary>
    private static string SlugFor(SourceArticle source, ParsedArticle parsed, Dictionary<string, PreviousArticle> previous,
        HashSet<string> previousSlugs, HashSet<string> taken)
    {
        if (previous.TryGetValue(source.FileName, out var old) && taken.Add(old.Slug)) return old.Slug;
        var baseSlug = Slug.From(parsed.Headline);
        var slug = baseSlug;
        for (var n = 2; previousSlugs.Contains(slug) || !taken.Add(slug); n++)
            slug = $"{baseSlug}-{n}";
        return slug;
    }

    private static Article ToArticle(SourceArticle source, ParsedArticle parsed, string slug) => new()
    {
        Slug = slug,
        FileName = source.FileName,
        Headline = parsed.Headline,
        HeadlineDerived = parsed.HeadlineDerived,
        PublishedOn = source.Metadata.Published,
        Source = source.Metadata.Source,
        WordCount = parsed.WordCount,
        IsMarkdown = source.IsMarkdown,
        ContentHash = source.ContentHash,
        Paragraphs = parsed.Paragraphs
            .Select((p, i) => new Paragraph { Position = i, Section = p.Section, Kind = p.Kind, Text = p.Text })
            .ToList(),
    };
}

public sealed class ImportBusyException() : InvalidOperationException("Another import is already running; try again when it has finished.");
