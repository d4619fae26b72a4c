using System.Diagnostics;

namespace NewsArchive.Tests.Support;

/// <summary>The host's command-line verbs, run as a real process the way an admin runs them, against a SQLite
/// file in <c>dataFolder</c>.</summary>
public static class ImportCommand
{
    public static ProcessStartInfo Verb(string dataFolder, string verb, params string[] args)
    {
        var webDll = Path.Combine(AppContext.BaseDirectory, "NewsArchive.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = dataFolder,
        };
        foreach (var arg in new[] { "exec", webDll, verb }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={Path.Combine(dataFolder, "archive.db")}";
        start.Environment["Archive__LogPath"] = "";
        return start;
    }

    public static (int ExitCode, string Output) Run(string dataFolder, params string[] args)
    {
        using var process = Process.Start(Verb(dataFolder, "import", args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "import did not finish within two minutes");
        return (process.ExitCode, output.Result + error.Result);
    }
}
