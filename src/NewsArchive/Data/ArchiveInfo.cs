namespace NewsArchive.Data;

/// <summary>The one row that says which import built this database file.</summary>
public class ArchiveInfo
{
    public int Id { get; set; }
    /// <summary>New for every import: caches built from the archive are keyed by it.</summary>
    public required string BuildId { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
