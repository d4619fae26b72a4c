using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

public static class ImportLog
{
    public static void Write(ILogger logger, ImportReport report)
    {
        logger.LogInformation("Import finished: {Summary}", report.Summary);
        foreach (var warning in report.Warnings)
            logger.LogWarning("Skipped {File}: {Reason}", warning.File, warning.Reason);
    }
}
