using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

/// <summary>The host's command-line verbs: `import [--seeds DIR]`. With no verb the web server starts.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import"];

    public static (string? Verb, string[] HostArgs) SplitVerb(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return (null, args);
        var rest = args[1..].Select(a => a == "--seeds" ? $"--{ArchiveOptions.Section}:SeedsPath" : a).ToArray();
        return (args[0], rest);
    }

    public static async Task<int> RunAsync(string verb, string[] args, WebApplicationBuilder builder)
    {
        using var services = builder.Services.BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        var options = services.GetRequiredService<ArchiveOptions>();
        var database = services.GetRequiredService<ArchiveDatabase>();
        try
        {
            var report = await services.GetRequiredService<ArchiveImporter>().ImportAsync(options.SeedsPath);
            ImportLog.Write(logger, report);
            Console.WriteLine($"Imported into {database.FilePath}: {report.Summary}");
            return report.ArticlesImported == 0 && report.Warnings.Count > 0 ? 1 : 0;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or ImportBusyException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Import failed: {ex.Message} The previous archive, if any, is unchanged.");
            return 1;
        }
    }
}
