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
        // Every article is read before any is understood: what the archive as a whole writes in lower case, and
        // whom it vouches for, is evidence about the names in each one.
        var (read, warnings) = SeedFolderReader.Read(seedsFolder, ReadArticle.Of, progress, cancellationToken);
        var archive = new ArchiveEvidence(new HashSet<string>(), WordsOf(read));
        var understood = read.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(article => UnderstoodArticle.Of(article, curation, archive)).ToList();
        understood = ReadAgainWithArchiveEvidence(understood, curation, archive, cancellationToken);
        warnings.AddRange(curationWarnings);
        var filesRead = understood.Count + warnings.Count(w => w.Skipped);
        var previous = await PreviousArchive.LoadAsync(database, cancellationToken);
        if (understood.Count == 0 && previous.ArticlesByFile.Count > 0 && !allowEmpty)
            return new ImportReport
            {
                FilesRead = filesRead,
                Warnings = warnings,
                KeptArchiveAsNothingImported = true,
                Error = $"No article could be imported from the {filesRead} files in the folder, so the archive of {previous.ArticlesByFile.Count} " +
                    "articles was kept. To replace it with an empty archive, import again with --allow-empty, or confirm on the admin page.",
            };

        var slugs = new ArticleSlugs(previous.ArticlesByFile.ToDictionary(p => p.Key, p => p.Value.Slug));
        var directory = new PeopleDirectory();
        directory.Plan(understood.Select(u => u.People));
        var elections = new ElectionDirectory(directory, curation.Figures);
        var articles = new List<Article>();
        foreach (var item in understood)
        {
            var article = ArticleFrom(item.Source, item.Parsed, slugs.For(item.Source.FileName, item.Parsed.Headline));
            articles.Add(article);
            directory.Add(article, item.Paragraphs, item.People, item.Read.Lead);
            elections.Add(article, item.Elections);
            warnings.AddRange(item.Warnings);
        }
        var everyone = directory.Finish(previous.PersonSlugsByKey, curation);
        var electionEntries = elections.Finish();
        warnings.AddRange(curation.Entries.Where(e => !e.Matched)
            .Select(e => new ImportWarning(CurationReader.FileName, $"matches nothing in the articles: {e.Description}")));

        progress?.Report(new ImportProgress("Writing the database", understood.Count, understood.Count));
        var stored = articles.SelectMany(a => a.Paragraphs).ToList();
        var report = new ImportReport
        {
            FilesRead = filesRead,
            ArticlesImported = articles.Count,
            Added = articles.Count(a => !previous.ArticlesByFile.ContainsKey(a.FileName)),
            Changed = articles.Count(a => previous.ArticlesByFile.TryGetValue(a.FileName, out var old) && old.Hash != a.ContentHash),
            Unchanged = articles.Count(a => previous.ArticlesByFile.TryGetValue(a.FileName, out var old) && old.Hash == a.ContentHash),
            Removed = previous.ArticlesByFile.Keys.Except(articles.Select(a => a.FileName), StringComparer.Ordinal).Count(),
            RepeatedParagraphsDropped = understood.Sum(u => u.Parsed.RepeatsDropped),
            Captions = stored.Count(p => p.Kind == ParagraphKind.Caption),
            Sections = stored.Count(p => p.Kind == ParagraphKind.Heading),
            PeopleFound = everyone.Count,
            ElectionsFound = electionEntries.Count,
            FiguresFound = elections.FiguresKept,
            FiguresLeftOut = elections.FiguresLeftOut,
            Warnings = warnings,
        };

        var build = await preparing;
        await ArchiveWriter.WriteAsync(build, new ArchiveContent(articles, everyone, electionEntries, previous.RetiredAfter(articles)), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        build.Publish();
        return report;
    }

    /// <summary>A name one article vouches for as a person's ("Mr Smith", "Jane Smith said") is a person in
    /// every article, and their surname alone stands for them where no one else has it: the few articles that
    /// turned such a name down, or could not place such a surname, are read again.</summary>
    private static List<UnderstoodArticle> ReadAgainWithArchiveEvidence(List<UnderstoodArticle> understood, Curation curation, ArchiveEvidence archive, CancellationToken cancellationToken)
    {
        var withPeople = archive.WithPeople(understood.SelectMany(u => u.Confirmed));
        if (withPeople.People.Count == 0) return understood;
        return understood.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(u => u.Unconfirmed.Any(withPeople.Settles) ? UnderstoodArticle.Of(u.Read, curation, withPeople) : u)
            .ToList();
    }

    /// <summary>The words the archive writes in lower case or as a place: such words are not names.</summary>
    private static ArchiveWords WordsOf(List<ReadArticle> read) =>
        read.AsParallel().Select(r => ArchiveWords.Of(r.Paragraphs))
            .Aggregate(() => new ArchiveWords(), (all, one) => all.UnionWith(one), (a, b) => a.UnionWith(b), all => all);

    private static Article ArticleFrom(SourceArticle source, ParsedArticle parsed, string slug) => new()
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
