using System.Diagnostics;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The host's `import` verb, run as a real process the way an admin runs it.</summary>
public class CommandLineTests
{
    private static (int ExitCode, string Output) RunImport(string dataFolder, params string[] args)
    {
        var webDll = Path.Combine(AppContext.BaseDirectory, "NewsArchive.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataFolder };
        foreach (var arg in new[] { "exec", webDll, "import" }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={Path.Combine(dataFolder, "archive.db")}";
        start.Environment["Archive__LogPath"] = "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "import did not finish within a minute");
        return (process.ExitCode, output.Result + error.Result);
    }

    [Fact]
    public void Import_reads_a_folder_into_the_database_and_reports_what_it_did()
    {
        using var data = new TempFolder();
        var (exitCode, output) = RunImport(data.Path, "--seeds", ProjectFolders.Seeds);
        Assert.Equal(0, exitCode);
        Assert.Contains("3 articles imported from 3 files", output);
        Assert.True(File.Exists(Path.Combine(data.Path, "archive.db")));
    }

    [Fact]
    public void Import_of_a_missing_folder_fails_with_a_clear_message_and_a_non_zero_exit()
    {
        using var data = new TempFolder();
        var (exitCode, output) = RunImport(data.Path, "--seeds", Path.Combine(data.Path, "nowhere"));
        Assert.Equal(1, exitCode);
        Assert.Contains("Import failed: The seeds folder", output);
        Assert.Contains("does not exist", output);
    }
}
