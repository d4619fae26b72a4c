using System.Diagnostics;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The host's `import` verb, run as a real process the way an admin runs it.</summary>
public class CommandLineTests
{
    private static ProcessStartInfo Verb(string dataFolder, string verb, params string[] args) =>
        WebProcess.StartInfo(dataFolder, null, [verb, .. args]);

    private static (int ExitCode, string Output) RunImport(string dataFolder, params string[] args)
    {
        var result = WebProcess.Run(dataFolder, null, ["import", .. args]);
        return (result.ExitCode, result.All);
    }

    public static readonly TheoryData<string[], int, string> CommandLines = new()
    {
        { ["--help"], 0, "hash-password" },
        { ["import", "--help"], 0, "--seeds <DIR>" },
        { ["hash-password", "--help"], 0, "Admin__PasswordHash" },
        { ["imprt"], 2, "Unknown command 'imprt'" },
        { ["import", "--seed", "x"], 2, "Unknown option or argument '--seed' for import." },
        { ["import", "--seeds"], 2, "--seeds" },
        { ["hash-password", "extra"], 2, "Unknown option or argument 'extra' for hash-password." },
        { ["hash-password"], 1, "No password given" },
    };

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void The_command_line_answers_with_help_or_a_clear_error_and_its_exit_code(string[] args, int exitCode, string says)
    {
        using var data = new TempFolder();
        var result = WebProcess.Run(data.Path, null, args);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(says, result.All);
        Assert.DoesNotContain("   at ", result.All);
        if (exitCode == 2) Assert.Contains("Run with --help", result.Error);
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

    [Fact]
    public void Hash_password_prints_a_hash_that_verifies()
    {
        using var data = new TempFolder();
        using var process = Process.Start(Verb(data.Path, "hash-password"))!;
        process.StandardInput.WriteLine("tower bridge");
        process.StandardInput.Close();
        var hash = process.StandardOutput.ReadToEnd().Trim();
        Assert.True(process.WaitForExit(30_000));
        Assert.Equal(0, process.ExitCode);
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<string>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword("admin", hash, "tower bridge"));
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword("admin", hash, "wrong"));
    }

    [Fact]
    public async Task Killing_an_import_half_way_leaves_the_previous_archive_serving()
    {
        using var data = new TempFolder();
        Assert.Equal(0, RunImport(data.Path, "--seeds", ProjectFolders.Seeds).ExitCode);
        using var bigSeeds = new TempFolder();
        for (var i = 0; i < 3000; i++)
            bigSeeds.Write($"{i:0000}.txt", $"Ward by-election number {i}\n\n" + string.Join("\n\n", Enumerable.Range(0, 10).Select(p => $"Candidate Jo Bloggs{i} won ward {p}.")));

        using var process = Process.Start(Verb(data.Path, "import", "--seeds", bigSeeds.Path))!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.GetFiles(data.Path, "archive.db.building-*").Length == 0 && DateTime.UtcNow < deadline && !process.HasExited)
            await Task.Delay(5);
        Assert.False(process.HasExited, "the import finished before it could be killed");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        var database = new NewsArchive.Data.SqliteArchive("Data Source=archive.db", data.Path);
        Assert.True(database.IsCurrent());
        await using (var context = database.OpenContext())
            Assert.Equal(3, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(context.Articles));
        database.RemoveStaleBuilds();
        Assert.Empty(Directory.GetFiles(data.Path, "archive.db.building-*"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
