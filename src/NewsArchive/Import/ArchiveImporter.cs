using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Import;

/// <summary>
/// Files in, database out: reads the seeds folder, parses every article, finds the people in it and
/// publishes a complete new database in place of the old one. If anything fails before the publish, the
/// old archive is untouched. Every import, failed or not, leaves a report in the <see cref="ImportReportStore"/>.
/// </summary>
public sealed class ArchiveImporter(ArchiveDatabase database)
{
    public ImportReportStore Reports { get; } = new(database);

    /// <summary>Imports, or throws <see cref="ImportBusyException"/> when another import into the same
    /// database is running, in this process or another (the CLI beside the web server). An import that finds
    /// no article does not replace an archive that has some, unless <paramref name="allowEmpty"/>: the report
    /// says so and the archive keeps serving.</summary>
    public async Task<ImportReport> ImportAsync(string seedsFolder, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, bool allowEmpty = false)
    {
        using var importLock = database.TryLockForImport() ?? throw new ImportBusyException();
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var recovery = SetAsideIfDamaged();
            var report = await RunAsync(seedsFolder, progress, allowEmpty, cancellationToken) with { StartedAt = started, Elapsed = clock.Elapsed, Recovery = recovery };
            Reports.Save(report);
            return report;
        }
        catch (Exception ex)
        {
            Reports.Save(new ImportReport { StartedAt = started, Elapsed = clock.Elapsed, Error = $"{ex.GetType().Name}: {ex.Message}" });
            throw;
        }
    }

    /// <summary>True when there is no archive this version can serve, or the one there is damaged.</summary>
    public bool ArchiveNeedsBuilding() => !database.IsCurrent() || database.FindDamage() is not null;

    /// <summary>A damaged live archive cannot even tell the import which URLs it promised; it is kept aside
    /// for inspection and the archive is rebuilt from the seeds, which is what it is derived from.</summary>
    private string? SetAsideIfDamaged()
    {
        if (database.FindDamage() is not { } damage) return null;
        var aside = database.SetAsideDamaged();
        return $"The live database was damaged ({damage}); it was kept aside as '{Path.GetFileName(aside)}' and the archive rebuilt from the seeds.";
    }

    private async Task<ImportReport> RunAsync(string seedsFolder, IProgress<ImportProgress>? progress, bool allowEmpty, CancellationToken cancellationToken)
    {
        // Preparing the new archive (the database model, an empty file or schema) takes a second or more of its
        // own; it runs while the articles are read and understood rather than after them.
        var preparing = Task.Run(database.BeginBuild, CancellationToken.None);
        try
        {
            return await RunAsync(seedsFolder, progress, allowEmpty, preparing, cancellationToken);
        }
        finally
        {
            // Thrown away unless published; a preparation that failed has nothing to throw away, and its error
            // only matters to an import that reached the point of writing, which has already seen it.
            if (await Task.WhenAny(preparing) is { IsCompletedSuccessfully: true }) preparing.Result.Dispose();
        }
    }

    private async Task<ImportReport> RunAsync(string seedsFolder, IProgress<ImportProgress>? progress, bool allowEmpty,
        Task<ArchiveBuild> preparing, CancellationToken cancellationToken)
    {
        var curationWarnings = new List<ImportWarning>();
        var curation = CurationReader.Read(seedsFolder, curationWarnings);
        var seeds = SeedFolder.Open(seedsFolder);
        // What the archive as a whole writes in lower case, and whom it vouches for, is evidence about the names
        // in each article: it is gathered in passes before any article is understood (ImportEvidence).
        var evidence = ImportEvidence.ReadWords(seeds, progress, cancellationToken);
        var previous = await PreviousArchive.LoadAsync(database, cancellationToken);
        if (evidence.Articles == 0 && previous.ArticlesByFile.Count > 0 && !allowEmpty)
        {
            var (_, fileWarnings) = SeedFolderReader.Read(seedsFolder, cancellationToken);
            var filesRead = fileWarnings.Count(w => w.Skipped);
            return new ImportReport
            {
                FilesRead = filesRead,
                Warnings = [.. fileWarnings, .. curationWarnings],
                KeptArchiveAsNothingImported = true,
                Error = $"No article could be imported from the {filesRead} files in the folder, so the archive of {previous.ArticlesByFile.Count} " +
                    "articles was kept. To replace it with an empty archive, import again with --allow-empty, or confirm on the admin page.",
            };
        }

        var directory = new PeopleDirectory();
        evidence.ReadPeople(seeds, curation, directory.Plan, progress, cancellationToken);
        var build = await preparing;
        await using var writer = await ArchiveStreamWriter.OpenAsync(build, cancellationToken);
        var written = ArchiveStream.Write(seeds, curation, evidence, directory, previous, writer, progress, cancellationToken);
        var everyone = directory.Finish(previous.PersonSlugsByKey, curation);
        var electionEntries = written.Elections.Finish();
        var warnings = new List<ImportWarning>(seeds.LeadingWarnings);
        warnings.AddRange(written.FileWarnings);
        warnings.AddRange(seeds.TrailingWarnings);
        warnings.AddRange(curationWarnings);
        warnings.AddRange(written.ArticleWarnings);
        warnings.AddRange(curation.Entries.Where(e => !e.Matched)
            .Select(e => new ImportWarning(CurationReader.FileName, $"matches nothing in the articles: {e.Description}")));

        progress?.Report(new ImportProgress("Writing the database", written.Articles, written.Articles));
        var report = new ImportReport
        {
            FilesRead = written.Articles + warnings.Count(w => w.Skipped),
            ArticlesImported = written.Articles,
            Added = written.Added,
            Changed = written.Changed,
            Unchanged = written.Unchanged,
            Removed = previous.ArticlesByFile.Keys.Count(file => !written.Files.Contains(file)),
            RepeatedParagraphsDropped = written.RepeatedParagraphsDropped,
            Captions = written.Captions,
            Sections = written.Sections,
            PeopleFound = everyone.Count,
            ElectionsFound = electionEntries.Count,
            FiguresFound = written.FiguresKept,
            FiguresLeftOut = written.Elections.FiguresLeftOut,
            Warnings = warnings,
        };

        var info = new ArchiveInfo { BuildId = Guid.NewGuid().ToString("N"), ImportedAt = DateTimeOffset.UtcNow };
        await writer.FinishAsync(everyone, electionEntries, previous.RetiredAfter(written.Slugs, written.Files), info,
            step => progress?.Report(new ImportProgress($"Writing the database: {step}", written.Articles, written.Articles)), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        build.Publish();
        return report;
    }

    internal static Article ArticleFrom(SourceArticle source, ParsedArticle parsed, string slug) => new()
    {
        Slug = slug,
        FileName = source.FileName,
        Headline = parsed.Headline,
        HeadlineDerived = parsed.HeadlineDerived,
        PublishedOn = source.Metadata.Published,
        PublishedAt = source.Metadata.PublishedAt,
        Source = source.Metadata.Source,
        Authors = Article.JoinLines(source.Metadata.Authors),
        Standfirst = source.Metadata.Standfirst,
        Categories = Article.JoinLines(source.Metadata.Categories),
        Tags = Article.JoinLines(source.Metadata.Tags),
        IsDraft = source.Metadata.Draft ?? false,
        WordCount = parsed.WordCount,
        IsMarkdown = source.IsMarkdown,
        ContentHash = source.ContentHash,
        Paragraphs = parsed.Paragraphs
            .Select((p, i) => new Paragraph { Position = i, Section = p.Section, Kind = p.Kind, Text = p.Text, Markdown = p.Markdown })
            .ToList(),
    };
}

public sealed class ImportBusyException() : InvalidOperationException("Another import is already running; try again when it has finished.");
