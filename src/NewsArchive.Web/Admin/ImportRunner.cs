using NewsArchive.Import;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>Runs a re-import in the background for the admin page and reports its progress. One at a time.
/// After an upload, it also says what each uploaded file became.</summary>
public sealed class ImportRunner(ArchiveImporter importer, SeedsFolder seeds, NewsArchive.Data.ArchiveDatabase database, ILogger<ImportRunner> logger)
{
    private readonly Lock _gate = new();
    private Task? _running;

    public sealed record Status(bool Running, string? Stage, int Done, int Total, ImportReport? Last, string? Refusal);

    public ImportProgress? Progress { get; private set; }
    public ImportReport? Last { get; private set; }
    public string? Refusal { get; private set; }
    /// <summary>The last upload's files and what became of each; null until there is one.</summary>
    public IReadOnlyList<UploadedFile>? LastUpload { get; private set; }

    public bool IsRunning
    {
        get { lock (_gate) return _running is { IsCompleted: false }; }
    }

    /// <summary>Starts an import, or returns false with a message when one is already running.
    /// <paramref name="allowEmpty"/> is the admin's confirmation that an import finding no article may empty
    /// the archive; <paramref name="upload"/> the files just saved, to be told what each became.</summary>
    public bool TryStart(out string message, bool allowEmpty = false, IReadOnlyList<UploadedFile>? upload = null)
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
            {
                message = "An import is already running; wait for it to finish.";
                return false;
            }
            Progress = new ImportProgress("Starting", 0, 0);
            Refusal = null;
            if (upload is not null) LastUpload = upload;
            _running = Task.Run(() => RunAsync(allowEmpty, upload));
        }
        message = "Import started.";
        return true;
    }

    /// <summary>Keeps an upload that started no import (every file refused), so the admin sees why.</summary>
    public void RememberUpload(IReadOnlyList<UploadedFile> upload) => LastUpload = upload;

    /// <summary>Waits for the running import, if any (for tests and shutdown).</summary>
    public Task WaitAsync()
    {
        lock (_gate) return _running ?? Task.CompletedTask;
    }

    public Status Snapshot() => new(IsRunning, Progress?.Stage, Progress?.Done ?? 0, Progress?.Total ?? 0, Last, Refusal);

    private async Task RunAsync(bool allowEmpty, IReadOnlyList<UploadedFile>? upload)
    {
        try
        {
            Last = await importer.ImportAsync(seeds.Path, new Progress<ImportProgress>(p => Progress = p), allowEmpty: allowEmpty);
            ImportLog.Write(logger, Last);
            if (upload is not null) LastUpload = await UploadOutcomes.DescribeAsync(upload, Last, database);
        }
        catch (ImportBusyException ex)
        {
            Refusal = ex.Message;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Import failed; the previous archive is still serving");
            Last = importer.Reports.Recent(1).FirstOrDefault();
        }
        finally
        {
            Progress = null;
        }
    }
}
