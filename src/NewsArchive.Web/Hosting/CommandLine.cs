using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

/// <summary>The host's command-line verbs: `import [--seeds DIR]` and `hash-password`. With no verb the web server starts.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import", "hash-password"];

    public static (string? Verb, string[] HostArgs) SplitVerb(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return (null, args);
        var rest = args[1..].Select(a => a == "--seeds" ? $"--{ArchiveOptions.Section}:SeedsPath" : a).ToArray();
        return (args[0], rest);
    }

    public static async Task<int> RunAsync(string verb, WebApplicationBuilder builder) => verb switch
    {
        "hash-password" => HashPassword(),
        _ => await ImportAsync(builder),
    };

    /// <summary>Reads a password from standard input and prints the hash to put in Admin:PasswordHash.</summary>
    private static int HashPassword()
    {
        if (!Console.IsInputRedirected) Console.Error.Write("Admin password: ");
        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given; nothing hashed.");
            return 1;
        }
        Console.WriteLine(Admin.AdminAccount.Hash(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0) password.Length--;
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }

    private static async Task<int> ImportAsync(WebApplicationBuilder builder)
    {
        using var services = builder.Services.BuildServiceProvider();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        var options = services.GetRequiredService<ArchiveOptions>();
        var database = services.GetRequiredService<ArchiveDatabase>();
        try
        {
            database.RemoveStaleBuilds();
            var report = await services.GetRequiredService<ArchiveImporter>().ImportAsync(options.SeedsPath);
            ImportLog.Write(logger, report);
            Console.WriteLine($"Imported into {database.Description}: {report.Summary}");
            return report.ArticlesImported == 0 && report.Warnings.Count > 0 ? 1 : 0;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or ImportBusyException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Import failed: {ex.Message} The previous archive, if any, is unchanged.");
            return 1;
        }
    }
}
