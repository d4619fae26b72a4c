using NewsArchive.Import;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>Runs a re-import in the background for the admin page and reports its progress. One at a time.</summary>
public sealed class ImportRunner(ArchiveImporter importer, SeedsFolder seeds, ILogger<ImportRunner> logger)
{
    private readonly Lock _gate = new();
    private Task? _running;

    public sealed record Status(bool Running, string? Stage, int Done, int Total, ImportReport? Last, string? Refusal);

    public ImportProgress? Progress { get; private set; }
    public ImportReport? Last { get; private set; }
    public string? Refusal { get; private set; }

    public bool IsRunning
    {
        get { lock (_gate) return _running is { IsCompleted: false }; }
    }

    /// <summary>Starts an import, or returns false with a message when one is already running.</summary>
    public bool TryStart(out string message)
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
            _running = Task.Run(RunAsync);
        }
        message = "Import started.";
        return true;
    }

    /// <summary>Waits for the running import, if any (for tests and shutdown).</summary>
    public Task WaitAsync()
    {
        lock (_gate) return _running ?? Task.CompletedTask;
    }

    public Status Snapshot() => new(IsRunning, Progress?.Stage, Progress?.Done ?? 0, Progress?.Total ?? 0, Last, Refusal);

    private async Task RunAsync()
    {
        try
        {
            Last = await importer.ImportAsync(seeds.Path, new Progress<ImportProgress>(p => Progress = p));
            ImportLog.Write(logger, Last);
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
