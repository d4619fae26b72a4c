using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Files in, database out: reads the seeds folder, parses every article, finds the people in it and
/// publishes a complete new database in place of the old one. If anything fails before the publish, the
/// old archive is untouched.
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

        var slugs = new ArticleSlugs(previous.ToDictionary(p => p.Key, p => p.Value.Slug));
        var directory = new PeopleDirectory();
        var articles = new List<Article>();
        var repeats = 0;
        foreach (var source in sources)
        {
            var parsed = ArticleParser.Parse(source.Text, source.Metadata.Headline);
            repeats += parsed.RepeatsDropped;
            var article = ToArticle(source, parsed, slugs.For(source.FileName, parsed.Headline));
            articles.Add(article);
            var paragraphs = parsed.Paragraphs.Select(p => p.Text).ToList();
            directory.Add(article, paragraphs, PersonExtractor.Extract(paragraphs));
        }
        var people = directory.Finish();

        var paragraphsStored = articles.SelectMany(a => a.Paragraphs).ToList();
        var report = new ImportReport
        {
            StartedAt = started,
            Elapsed = TimeSpan.Zero,
            FilesRead = sources.Count + warnings.Count(w => w.File != MetadataReader.FolderFileName),
            ArticlesImported = articles.Count,
            Added = articles.Count(a => !previous.ContainsKey(a.FileName)),
            Changed = articles.Count(a => previous.TryGetValue(a.FileName, out var old) && old.Hash != a.ContentHash),
            Unchanged = articles.Count(a => previous.TryGetValue(a.FileName, out var old) && old.Hash == a.ContentHash),
            Removed = previous.Keys.Count(name => articles.All(a => a.FileName != name)),
            RepeatedParagraphsDropped = repeats,
            Captions = paragraphsStored.Count(p => p.Kind == ParagraphKind.Caption),
            Sections = paragraphsStored.Count(p => p.Kind == ParagraphKind.Heading),
            PeopleFound = people.Count,
            Warnings = warnings,
        };

        var buildPath = database.CreateBuildFile();
        try
        {
            report = report with { Elapsed = clock.Elapsed };
            await ArchiveWriter.WriteAsync(buildPath, articles, people, JsonSerializer.Serialize(report), cancellationToken);
            database.Publish(buildPath);
        }
        finally
        {
            if (File.Exists(buildPath)) File.Delete(buildPath);
        }
        return report with { Elapsed = clock.Elapsed };
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
