using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>The `import` verb on folders and databases that used to break it: it finishes, says what happened
/// to every file, and never loses the archive.</summary>
public class CommandLineSafetyTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _seeds = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _seeds.Dispose();
    }

    private int ArticleCount()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data.Path, "archive.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Articles";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    [Fact]
    public void An_empty_folder_never_replaces_an_archive_unless_the_admin_asks()
    {
        Assert.Equal(0, ImportCommand.Run(_data.Path, "--seeds", ProjectFolders.Seeds).ExitCode);
        var (exitCode, output) = ImportCommand.Run(_data.Path, "--seeds", _seeds.Path);
        Assert.Equal(1, exitCode);
        Assert.Contains("the archive of 3 articles was kept", output);
        Assert.Contains("--allow-empty", output);
        Assert.Equal(3, ArticleCount());

        Assert.Equal(0, ImportCommand.Run(_data.Path, "--seeds", _seeds.Path, "--allow-empty").ExitCode);
        Assert.Equal(0, ArticleCount());
    }

    [Fact]
    public void A_folder_of_only_bad_files_keeps_the_archive_and_names_every_file()
    {
        Assert.Equal(0, ImportCommand.Run(_data.Path, "--seeds", ProjectFolders.Seeds).ExitCode);
        _seeds.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF]);
        _seeds.WriteBytes("binary.md", [0x00, 0x01]);
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "passwd.txt"), "/etc/passwd");
        HostileFiles.MakePipe(Path.Combine(_seeds.Path, "pipe.txt"));
        var (exitCode, output) = ImportCommand.Run(_data.Path, "--seeds", _seeds.Path);
        Assert.Equal(1, exitCode);
        foreach (var file in new[] { "bom.txt", "binary.md", "passwd.txt", "pipe.txt" }) Assert.Contains($"Skipped {file}", output);
        Assert.Equal(3, ArticleCount());
    }

    [Fact]
    public void A_named_pipe_neither_hangs_the_import_nor_blocks_the_next_one()
    {
        File.Copy(Path.Combine(ProjectFolders.Seeds, "000_0cda64ff4aa34fdb.txt"), Path.Combine(_seeds.Path, "story.txt"));
        HostileFiles.MakePipe(Path.Combine(_seeds.Path, "pipe.md"));
        var first = ImportCommand.Run(_data.Path, "--seeds", _seeds.Path);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("a named pipe, not a regular file", first.Output);
        Assert.Equal(0, ImportCommand.Run(_data.Path, "--seeds", _seeds.Path).ExitCode);
    }

    [Fact]
    public void Hostile_yaml_costs_metadata_with_a_warning_and_never_crashes_the_process()
    {
        var brackets = new string('[', 30_000) + new string(']', 30_000);
        _seeds.Write("deep.md", $"---\ntitle: Deep\nsource: {brackets}\n---\nCouncil tax frozen in Camden today, the council said.");
        _seeds.Write("articles.yml", "articles:\n  [a, b]:\n    source: X\n  deep.md:\n    source: The Ledger\n");
        _seeds.Write("curation.yml", $"people:\n  not-a-person: {brackets}\n");
        var (exitCode, output) = ImportCommand.Run(_data.Path, "--seeds", _seeds.Path);
        Assert.Equal(0, exitCode);
        Assert.Contains("1 articles imported from 1 files", output);
        Assert.Contains("nested more than", output);
        Assert.Contains("not a file name", output);
        Assert.Equal(1, ArticleCount());
    }

    [Fact]
    public void A_damaged_archive_is_set_aside_and_rebuilt_instead_of_crashing_the_import()
    {
        Assert.Equal(0, ImportCommand.Run(_data.Path, "--seeds", ProjectFolders.Seeds).ExitCode);
        HostileFiles.GarblePagesAfterHeader(Path.Combine(_data.Path, "archive.db"));
        var (exitCode, output) = ImportCommand.Run(_data.Path, "--seeds", ProjectFolders.Seeds);
        Assert.Equal(0, exitCode);
        Assert.Contains("The live database was damaged", output);
        Assert.Single(Directory.GetFiles(_data.Path, "archive.db.damaged-*"));
        Assert.Equal(3, ArticleCount());
    }
}
