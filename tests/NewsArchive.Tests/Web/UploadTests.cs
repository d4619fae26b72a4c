using System.IO.Compression;
using System.Net;
using System.Text;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>Uploads from the admin page: files or a zip saved into the seeds folder, a re-import, and a report
/// of what each file became. Nothing escapes the folder.</summary>
public class UploadTests : IDisposable
{
    private sealed class Factory(string seeds) : ArchiveFactory(seeds);

    private readonly TempFolder _seeds = new();
    private readonly TempFolder _outside = new();
    private readonly Factory _factory;
    private readonly AdminClient _admin;

    public UploadTests()
    {
        _seeds.Write("existing.txt", "Council tax frozen in Camden\n\nThe council froze its tax today.");
        _factory = new Factory(_seeds.Path);
        _admin = new AdminClient(_factory);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
        _outside.Dispose();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<Dictionary<string, string>> UploadAsync(params (string Name, byte[] Content)[] files)
    {
        await _admin.SignInOrFailAsync();
        var response = await _admin.PostFilesAsync("/admin?handler=Upload", "/admin", files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await ((NewsArchive.Web.Admin.ImportRunner)_factory.Services.GetService(typeof(NewsArchive.Web.Admin.ImportRunner))!).WaitAsync();
        var page = await HtmlPage.ParseAsync(await _admin.Http.GetStringAsync("/admin"));
        return page.QuerySelectorAll(".upload-results li").ToDictionary(li => li.QuerySelector("code")!.TextContent, li => li.TextContent);
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text, int? unixMode = null)
    {
        var entry = zip.CreateEntry(name);
        if (unixMode is { } mode) entry.ExternalAttributes = mode << 16;
        using var stream = entry.Open();
        stream.Write(Utf8(text));
    }

    [Fact]
    public async Task Uploaded_files_are_saved_imported_and_each_reported()
    {
        var report = await UploadAsync(
            ("Mayor’s race.md", Utf8("---\ntitle: Mayoral race tightens\nauthor: Ann Lee\n---\nThe race for City Hall tightened this week.")),
            ("page.html", Fixtures.Bytes(Fixtures.NewsPage)),
            ("empty.txt", []),
            ("notes.docx", Utf8("not an article")));
        Assert.Contains("imported as “Mayoral race tightens” at /articles/mayoral-race-tightens", report["Mayor’s race.md"]);
        Assert.Contains("imported as “Mayor backs new Thames crossing for east London”", report["page.html"]);
        Assert.Contains("saved, not imported: empty file", report["empty.txt"]);
        Assert.Contains("refused: not a kind of file the importer reads", report["notes.docx"]);
        Assert.True(File.Exists(Path.Combine(_seeds.Path, "Mayor’s race.md")));
        Assert.False(File.Exists(Path.Combine(_seeds.Path, "notes.docx")));
        Assert.Empty(Directory.GetDirectories(_seeds.Path, ".upload-*"));
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().GetAsync("/articles/council-tax-frozen-in-camden")).StatusCode);
    }

    [Fact]
    public async Task A_zip_keeps_its_folders_and_nothing_in_it_escapes_the_seeds_folder()
    {
        var zip = Zip(z =>
        {
            Add(z, "2021/politics/assembly.md", "---\ntitle: Assembly approves budget\n---\nThe assembly approved the budget.");
            Add(z, "2021/articles.yml", "articles:\n  politics/assembly.md:\n    source: The Ledger\n");
            Add(z, "../escaped.txt", "Zip slip\n\nOut of the folder.");
            Add(z, "/etc/absolute.txt", "Absolute\n\nAn absolute path.");
            Add(z, "C:/windows.txt", "Drive\n\nA drive letter.");
            Add(z, "link.txt", "/etc/passwd", unixMode: 0xA1FF);
            Add(z, "inner.zip", "PK");
            Add(z, ".hidden.md", "Hidden\n\nA hidden file.");
        });
        var report = await UploadAsync(("site.zip", zip));

        Assert.Contains("imported as “Assembly approves budget”", report["site.zip: 2021/politics/assembly.md"]);
        Assert.Contains("read as the folder's metadata", report["site.zip: 2021/articles.yml"]);
        Assert.Contains("climbs out of its folder", report["site.zip: ../escaped.txt"]);
        Assert.Contains("an absolute path", report["site.zip: /etc/absolute.txt"]);
        Assert.Contains("an absolute path", report["site.zip: C:/windows.txt"]);
        Assert.Contains("a link; links are never unpacked", report["site.zip: link.txt"]);
        Assert.Contains("a zip inside a zip", report["site.zip: inner.zip"]);
        Assert.Contains("hidden", report["site.zip: .hidden.md"]);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_seeds.Path)!, "escaped.txt")));
        Assert.True(File.Exists(Path.Combine(_seeds.Path, "2021", "politics", "assembly.md")));
        var page = await HtmlPage.GetAsync(_factory.CreateClient(), "/articles/assembly-approves-budget");
        Assert.Contains("The Ledger", page.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public async Task A_folder_in_the_seeds_that_is_a_link_is_never_written_through()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "elsewhere"), _outside.Path);
        var report = await UploadAsync(("site.zip", Zip(z => Add(z, "elsewhere/story.md", "# Through a link\n\nText."))));
        Assert.Contains("is a link; nothing is written through it", report["site.zip: elsewhere/story.md"]);
        Assert.Empty(Directory.GetFiles(_outside.Path));
    }

    [Fact]
    public async Task The_importers_size_limit_applies_to_what_a_zip_unpacks_to()
    {
        var huge = new string('a', (int)NewsArchive.Import.SeedFolderReader.MaxFileBytes + 1);
        var report = await UploadAsync(("big.zip", Zip(z => Add(z, "huge.txt", huge))), ("broken.zip", Utf8("not a zip")));
        Assert.Contains("larger than the importer's limit", report["big.zip: huge.txt"]);
        Assert.Contains("not a readable zip file", report["broken.zip"]);
        Assert.False(File.Exists(Path.Combine(_seeds.Path, "huge.txt")));
    }

    [Fact]
    public async Task An_import_that_finds_nothing_keeps_the_archive_until_the_admin_confirms()
    {
        var reader = _factory.CreateClient();
        Assert.Contains("Council tax frozen in Camden", await reader.GetStringAsync("/"));
        File.WriteAllText(Path.Combine(_seeds.Path, "existing.txt"), "   ");
        await _admin.SignInOrFailAsync();
        await _admin.ReimportAsync();
        var page = await HtmlPage.ParseAsync(await _admin.Http.GetStringAsync("/admin"));
        Assert.Contains("the archive of 1 articles was kept", page.QuerySelector(".report")!.TextContent);
        Assert.NotNull(page.QuerySelector("form.confirm-empty"));
        Assert.Contains("Council tax frozen in Camden", await reader.GetStringAsync("/"));

        var confirm = await _admin.PostFormAsync("/admin?handler=Import", "/admin", ("allowEmpty", "true"));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await ((NewsArchive.Web.Admin.ImportRunner)_factory.Services.GetService(typeof(NewsArchive.Web.Admin.ImportRunner))!).WaitAsync();
        Assert.DoesNotContain("Council tax frozen in Camden", await reader.GetStringAsync("/"));
    }
}
