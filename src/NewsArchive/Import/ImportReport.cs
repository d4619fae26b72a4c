namespace NewsArchive.Import;

/// <summary>What one import did, for the log, the CLI and the admin page.</summary>
public sealed record ImportReport
{
    public required DateTimeOffset StartedAt { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required int FilesRead { get; init; }
    public required int ArticlesImported { get; init; }
    public required int Added { get; init; }
    public required int Changed { get; init; }
    public required int Unchanged { get; init; }
    public required int Removed { get; init; }
    public required int RepeatedParagraphsDropped { get; init; }
    public required int Captions { get; init; }
    public required int Sections { get; init; }
    public int PeopleFound { get; init; }
    public required IReadOnlyList<ImportWarning> Warnings { get; init; }

    public string Summary =>
        $"{ArticlesImported} articles imported from {FilesRead} files ({Added} added, {Changed} changed, {Unchanged} unchanged, " +
        $"{Removed} removed), {PeopleFound} people found, {Warnings.Count} files skipped or warned about, {RepeatedParagraphsDropped} repeated paragraphs dropped, " +
        $"in {Elapsed.TotalSeconds:0.00} s";
}
