using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

/// <summary>The host's command-line verbs: `import [--seeds DIR]` and `hash-password`. With no verb the web server starts.</summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["import", "hash-password"];
    private const string AllowEmptyKey = "Import:AllowEmpty";

    public static (string? Verb, string[] HostArgs) SplitVerb(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return (null, args);
        // "--allow-empty" lets an import that finds no article replace an archive that has some.
        var rest = args[1..].Select(a => a switch
        {
            "--seeds" => $"--{ArchiveOptions.Section}:SeedsPath",
            "--allow-empty" => $"--{AllowEmptyKey}=true",
            _ => a,
        }).ToArray();
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
            var allowEmpty = builder.Configuration.GetValue<bool>(AllowEmptyKey);
            var report = await services.GetRequiredService<ArchiveImporter>().ImportAsync(options.SeedsPath, allowEmpty: allowEmpty);
            ImportLog.Write(logger, report);
            if (!report.Succeeded)
            {
                Console.Error.WriteLine(report.Summary);
                return 1;
            }
            Console.WriteLine($"Imported into {database.Description}: {report.Summary}");
            return report.ArticlesImported == 0 && report.Warnings.Count > 0 ? 1 : 0;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or ImportBusyException or IOException or UnauthorizedAccessException
            or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"Import failed: {ex.Message} The previous archive, if any, is unchanged.");
            return 1;
        }
    }
}
