using System.CommandLine;
using System.CommandLine.Help;
using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Web.Hosting;

/// <summary>What the process's exit code says (documented in the README).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and failed: the seeds folder is missing, another import is running, nothing
    /// could be imported, no password was given.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing value.</summary>
    public const int Usage = 2;

    /// <summary>A setting is invalid; standard error names it.</summary>
    public const int InvalidSettings = 3;
}

/// <summary>
/// The host's command line: with no command it serves the site; `import [--seeds DIR]` and `hash-password`
/// do one job and exit. Settings given as `--Section:Key=value` go to the host's configuration whatever the
/// command; other host options (`--urls`, `--environment`) go to the server.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, Func<string[], Task<int>> serve)
    {
        var (settings, rest) = SplitSettings(args);
        var root = new RootCommand("NewsArchive: an archive of London politics reporting. With no command, imports the seeds if the " +
            "archive is missing and serves the site; host options such as --urls http://0.0.0.0:5000 and settings such as " +
            "--Site:BaseUrl=https://news.example.org are passed on.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, _) => serve([.. settings, .. parse.UnmatchedTokens]));

        var seeds = new Option<string>("--seeds")
        {
            HelpName = "DIR",
            Description = "The folder to import (default: the setting Archive:SeedsPath). A relative path is relative to the current directory.",
        };
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Let an import that finds no article replace an archive that has some (otherwise the archive is kept).",
        };
        var import = new Command("import", "Imports a folder of articles into the configured database, then exits. " +
            "Exit codes: 0 imported; 1 the folder is missing, another import is running, or no file could be imported (the archive is kept); 2 usage; 3 a bad setting.")
        {
            seeds,
            allowEmpty,
        };
        import.SetAction((parse, _) => ImportAsync(parse.GetValue(seeds) is { } dir
            ? [.. settings, $"--{ArchiveOptions.Section}:SeedsPath={Path.GetFullPath(dir)}"]
            : settings, parse.GetValue(allowEmpty)));
        root.Add(import);

        var hash = new Command("hash-password", "Reads a password from the terminal (or standard input) and prints its hash, to set as " +
            "Admin__PasswordHash. Exit codes: 0 printed; 1 no password given; 2 usage.");
        hash.SetAction(_ => HashPassword());
        root.Add(hash);

        var parsed = root.Parse(rest);
        var errors = parsed.Errors.Select(e => e.Message).ToList();
        if (parsed.CommandResult.Command != root)
            errors.AddRange(parsed.UnmatchedTokens.Select(token => $"Unknown option or argument '{token}' for {parsed.CommandResult.Command.Name}."));
        else if (parsed.UnmatchedTokens.FirstOrDefault() is { } first && !first.StartsWith('-') && !first.Contains('='))
            errors.Add($"Unknown command '{first}': the commands are import and hash-password.");
        if (errors.Count > 0 && parsed.Action is not HelpAction)
        {
            foreach (var error in errors) Console.Error.WriteLine(error);
            Console.Error.WriteLine("Run with --help to see the commands and their options.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync();
    }

    /// <summary>`--Section:Key=value` and `--Section:Key value`: settings for the host's configuration.</summary>
    private static (string[] Settings, string[] Others) SplitSettings(string[] args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var isSetting = arg.StartsWith("--", StringComparison.Ordinal) && arg.Split('=', 2)[0].Contains(':');
            if (!isSetting)
            {
                rest.Add(arg);
                continue;
            }
            settings.Add(arg);
            if (!arg.Contains('=') && i + 1 < args.Length) settings.Add(args[++i]);
        }
        return (settings.ToArray(), rest.ToArray());
    }

    /// <summary>Reads a password from standard input and prints the hash to put in Admin:PasswordHash.</summary>
    private static int HashPassword()
    {
        if (!Console.IsInputRedirected) Console.Error.Write("Admin password: ");
        var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given; nothing hashed.");
            return ExitCodes.Failed;
        }
        Console.WriteLine(Admin.AdminAccount.Hash(password));
        return ExitCodes.Success;
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

    private static async Task<int> ImportAsync(string[] hostArgs, bool allowEmpty)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.AddArchive();
        if (await builder.BuildCheckedAsync() is not { } built) return ExitCodes.InvalidSettings;
        await using var app = built;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Import");
        var seeds = app.Services.GetRequiredService<SeedsFolder>();
        var database = app.Services.GetRequiredService<ArchiveDatabase>();
        try
        {
            database.RemoveStaleBuilds();
            var report = await app.Services.GetRequiredService<ArchiveImporter>().ImportAsync(seeds.Path, allowEmpty: allowEmpty);
            ImportLog.Write(logger, report);
            if (!report.Succeeded)
            {
                Console.Error.WriteLine(report.Summary);
                return ExitCodes.Failed;
            }
            Console.WriteLine($"Imported into {database.Description}: {report.Summary}");
            return report.ArticlesImported == 0 && report.Warnings.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or ImportBusyException or IOException or UnauthorizedAccessException
            or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"Import failed: {ex.Message} The previous archive, if any, is unchanged.");
            return ExitCodes.Failed;
        }
    }
}
