using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

public static class ImportLog
{
    public static void Write(ILogger logger, ImportReport report)
    {
        if (report.Succeeded) logger.LogInformation("Import finished: {Summary}", report.Summary);
        else logger.LogError("Import refused: {Summary}", report.Summary);
        foreach (var warning in report.Warnings)
            logger.LogWarning(warning.Skipped ? "Skipped {File}: {Reason}" : "Imported {File} without part of it: {Reason}", warning.File, warning.Reason);
    }
}
