namespace NewsArchive;

/// <summary>The archive's settings, bound from the "Archive" configuration section and never changed after.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";
    public const string DefaultConnectionString = "Data Source=data/archive.db";
    private static readonly string[] Providers = ["Sqlite", "PostgreSQL", "Postgres"];

    /// <summary>The folder of article files (.txt, .md) and their metadata (articles.yml); a relative path is
    /// relative to the host's content root.</summary>
    public string SeedsPath { get; init; } = "seeds";

    /// <summary>Import the seeds at start-up when the database is missing or was built by an older version.</summary>
    public bool ImportOnStart { get; init; } = true;

    /// <summary>"Sqlite" (default: one file, ConnectionStrings:Archive is "Data Source=PATH") or "PostgreSQL"
    /// (ConnectionStrings:Archive is an Npgsql connection string; several web servers may share it).</summary>
    public string Provider { get; init; } = "Sqlite";

    /// <summary>Folder for import reports, data-protection keys and the admin password hash. Default: beside
    /// the SQLite file, or "data" for PostgreSQL.</summary>
    public string? DataPath { get; init; }

    /// <summary>What is wrong with these settings, one message per key; empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SeedsPath))
            yield return $"{Section}:SeedsPath must name a folder.";
        if (!Providers.Contains(Provider, StringComparer.OrdinalIgnoreCase))
            yield return $"{Section}:Provider must be Sqlite or PostgreSQL (it is '{Provider}').";
        if (DataPath is { Length: > 0 } && DataPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            yield return $"{Section}:DataPath is not a usable path.";
    }
}
