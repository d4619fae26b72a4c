namespace NewsArchive.Import;

/// <summary>What one import did, for the log, the CLI, the admin page and the kept history.</summary>
public sealed record ImportReport
{
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>Null when the import succeeded; otherwise why it failed (the previous archive still serves).</summary>
    public string? Error { get; init; }
    /// <summary>True when the import found no article and kept the archive rather than empty it.</summary>
    public bool KeptArchiveAsNothingImported { get; init; }
    /// <summary>Set when the live archive was found damaged before the import: where it was kept aside.</summary>
    public string? Recovery { get; init; }
    public int FilesRead { get; init; }
    public int ArticlesImported { get; init; }
    public int Added { get; init; }
    public int Changed { get; init; }
    public int Unchanged { get; init; }
    public int Removed { get; init; }
    public int RepeatedParagraphsDropped { get; init; }
    public int Captions { get; init; }
    public int Sections { get; init; }
    public int PeopleFound { get; init; }
    public int ElectionsFound { get; init; }
    public int FiguresFound { get; init; }
    public int FiguresLeftOut { get; init; }
    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];

    public bool Succeeded => Error is null;

    /// <summary>Files that did not become articles.</summary>
    public int FilesSkipped => Warnings.Count(w => w.Skipped);

    public string Summary => (Recovery is null ? "" : Recovery + " ") + (Succeeded
        ? $"{ArticlesImported} articles imported from {FilesRead} files ({Added} added, {Changed} changed, {Unchanged} unchanged, " +
          $"{Removed} removed), {PeopleFound} people, {ElectionsFound} elections, {FiguresFound} figures ({FiguresLeftOut} left out), " +
          $"{Warnings.Count} warnings, {RepeatedParagraphsDropped} repeated paragraphs dropped, in {Elapsed.TotalSeconds:0.00} s"
        : $"Import failed after {Elapsed.TotalSeconds:0.00} s: {Error} The previous archive is unchanged.");
}

/// <summary>How far an import has got, for a progress bar.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
