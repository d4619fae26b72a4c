namespace NewsArchive;

/// <summary>The archive's settings, bound from the "Archive" configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";
    public const string DefaultConnectionString = "Data Source=data/archive.db";

    /// <summary>The folder of article files (.txt, .md) and their metadata (articles.yml).</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Import the seeds at start-up when the database is missing or was built by an older version.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>"Sqlite" (default: one file, ConnectionStrings:Archive is "Data Source=PATH") or "PostgreSQL"
    /// (ConnectionStrings:Archive is an Npgsql connection string; several web servers may share it).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for import reports, data-protection keys and the admin password hash. Default: beside
    /// the SQLite file, or "data" for PostgreSQL.</summary>
    public string? DataPath { get; set; }

    /// <summary>Folder for the rolling log files; empty to log to the console only.</summary>
    public string LogPath { get; set; } = "logs";
}
