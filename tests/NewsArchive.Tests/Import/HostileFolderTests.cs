using System.Text;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>Folders no importer should trust: every file comes out as an article or a reason, nothing outside
/// the folder is read, and nothing hangs, exhausts memory or overflows the stack.</summary>
public class HostileFolderTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly TempFolder _outside = new();

    public HostileFolderTests() => _seeds.Write("good.txt", "Council tax frozen in Camden\n\nThe council froze its tax today.");

    public void Dispose()
    {
        _seeds.Dispose();
        _outside.Dispose();
    }

    /// <summary>Reads the folder on another thread, so a hang fails the test instead of stopping the run.</summary>
    private (List<SourceArticle> Articles, Dictionary<string, ImportWarning> Warnings) Read()
    {
        var reading = Task.Run(() => SeedFolderReader.Read(_seeds.Path));
        Assert.True(reading.Wait(TimeSpan.FromSeconds(30)), "reading the folder did not finish within 30 seconds");
        var (articles, warnings) = reading.Result;
        return (articles, warnings.GroupBy(w => w.File).ToDictionary(g => g.Key, g => g.First()));
    }

    private string Seed(string name) => Path.Combine(_seeds.Path, name);

    [Fact]
    public void A_named_pipe_is_refused_without_being_opened_for_reading()
    {
        HostileFiles.MakePipe(Seed("pipe.txt"));
        HostileFiles.MakePipe(Seed(MetadataReader.FolderFileName));
        HostileFiles.MakePipe(Seed(CurationReader.FileName));
        var (articles, warnings) = Read();
        Assert.Equal(["good.txt"], articles.Select(a => a.FileName));
        Assert.Equal("a named pipe, not a regular file", warnings["pipe.txt"].Reason);
        Assert.True(warnings["pipe.txt"].Skipped);
        Assert.Contains("named pipe", warnings[MetadataReader.FolderFileName].Reason);
        var curationWarnings = new List<ImportWarning>();
        Assert.Same(NewsArchive.People.Curation.None, CurationReader.Read(_seeds.Path, curationWarnings));
        Assert.Contains("named pipe", Assert.Single(curationWarnings).Reason);
    }

    [Fact]
    public void Links_that_leave_the_folder_are_refused_and_never_read()
    {
        File.CreateSymbolicLink(Seed("zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Seed("passwd.txt"), "/etc/passwd");
        _outside.Write("secret.md", "# Secret\n\nNot for the archive.");
        File.CreateSymbolicLink(Seed("secret.md"), Path.Combine(_outside.Path, "secret.md"));
        Directory.CreateSymbolicLink(Seed("elsewhere"), _outside.Path);
        Directory.CreateSymbolicLink(Seed("loop"), _seeds.Path);
        File.CreateSymbolicLink(Seed("dangling.txt"), Seed("nothing-here"));
        var (articles, warnings) = Read();
        Assert.Equal(["good.txt"], articles.Select(a => a.FileName));
        foreach (var name in new[] { "zero.txt", "passwd.txt", "secret.md", "elsewhere" })
            Assert.Contains("outside the seeds folder", warnings[name].Reason);
        Assert.Contains("links to folders are not followed", warnings["loop"].Reason);
        Assert.Contains("does not exist", warnings["dangling.txt"].Reason);
        Assert.All(warnings.Values, w => Assert.True(w.Skipped));
    }

    [Fact]
    public void A_link_inside_the_folder_is_read_once()
    {
        Directory.CreateDirectory(Seed("raw"));
        File.WriteAllText(Seed("raw/story.text"), "Bus fares rise in Bromley\n\nFares went up today.");
        File.CreateSymbolicLink(Seed("story.txt"), Seed("raw/story.text"));
        File.CreateSymbolicLink(Seed("again.txt"), Seed("good.txt"));
        var (articles, warnings) = Read();
        Assert.Equal(["good.txt", "story.txt"], articles.Select(a => a.FileName));
        Assert.Contains("imported under its own name", warnings["again.txt"].Reason);
    }

    [Fact]
    public void A_file_of_only_a_byte_order_mark_is_not_an_article()
    {
        _seeds.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF]);
        _seeds.WriteBytes("bom-and-space.md", [0xEF, 0xBB, 0xBF, 0x20, 0x0A]);
        _seeds.Write("only-front-matter.md", "---\nsource: Nobody\n---\n");
        var (articles, warnings) = Read();
        Assert.Equal(["good.txt"], articles.Select(a => a.FileName));
        Assert.Contains("byte-order mark", warnings["bom.txt"].Reason);
        Assert.Contains("byte-order mark", warnings["bom-and-space.md"].Reason);
        Assert.Equal("no article text and no title", warnings["only-front-matter.md"].Reason);
    }

    [Fact]
    public void Nested_folders_and_any_file_name_are_read_with_their_paths()
    {
        Directory.CreateDirectory(Seed("2019/politics"));
        Directory.CreateDirectory(Seed("news and views"));
        File.WriteAllText(Seed("2019/politics/Mayor’s race — über café.md"), "---\ntitle: A café in the mayor’s race\n---\nBody text.");
        File.WriteAllText(Seed("news and views/北京 ñ.txt"), "Headline from a Unicode file\n\nBody.");
        File.WriteAllText(Seed("2019/politics/articles.yml"), "articles:\n  Mayor’s race — über café.md:\n    source: The Ledger\n");
        Directory.CreateDirectory(Seed(".git"));
        File.WriteAllText(Seed(".git/config.txt"), "not an article");
        var (articles, warnings) = Read();
        Assert.Empty(warnings);
        Assert.Equal(["2019/politics/Mayor’s race — über café.md", "good.txt", "news and views/北京 ñ.txt"], articles.Select(a => a.FileName));
        Assert.Equal("The Ledger", articles[0].Metadata.Source);
        Assert.Equal("A café in the mayor’s race", articles[0].Parsed.Headline);
    }

    [Theory]
    [InlineData(MetadataReader.FolderFileName, "articles:\n  good.txt:\n    source: ")]
    [InlineData(CurationReader.FileName, "people:\n  not-a-person: ")]
    public void Deeply_nested_yaml_in_the_folders_files_is_a_warning(string file, string prefix)
    {
        _seeds.Write(file, prefix + new string('[', 30_000) + new string(']', 30_000) + "\n");
        var warnings = new List<ImportWarning>();
        var (articles, readWarnings) = Read();
        CurationReader.Read(_seeds.Path, warnings);
        Assert.Single(articles);
        Assert.Contains(readWarnings.Values.Concat(warnings), w => w.File == file && w.Reason.Contains("nested more than"));
    }

    [Fact]
    public void Files_too_large_are_refused_before_they_are_read()
    {
        using (var huge = File.Create(Seed("huge.md"))) huge.SetLength(SeedFolderReader.MaxFileBytes * 100);
        var (_, warnings) = Read();
        Assert.StartsWith("too large", warnings["huge.md"].Reason);
    }

    [Fact]
    public void Every_file_is_an_article_or_a_reason()
    {
        _seeds.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9\n\nBody."));
        _seeds.WriteBytes("nul.md", [0x41, 0x00, 0x42]);
        HostileFiles.MakePipe(Seed("pipe.html"));
        File.CreateSymbolicLink(Seed("passwd.htm"), "/etc/passwd");
        _seeds.Write("page.html", "<html><body><p>too short</p></body></html>");
        var (articles, warnings) = Read();
        var accounted = articles.Select(a => a.FileName).Concat(warnings.Keys).ToHashSet();
        Assert.Equal(new HashSet<string> { "good.txt", "latin1.txt", "nul.md", "pipe.html", "passwd.htm", "page.html" }, accounted);
    }
}
