using System.Diagnostics;
using System.Xml.Linq;

namespace NewsArchive.BrowserTests;

/// <summary>Every kind of page through the Nu HTML checker (vnu-jar, errors only), and the Atom feed as XML.</summary>
[Collection(BrowserCollection.Name)]
public class HtmlValidity(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Every_kind_of_page_is_valid_html()
    {
        var jar = NuChecker.FindJar();
        using var folder = new ScratchFolder();
        var page = await browser.NewPageAsync();
        var files = new List<string>();
        foreach (var (kind, path) in PageKinds.Public)
        {
            var response = await page.GotoAsync(path);
            files.Add(await Write(folder, kind, await response!.TextAsync()));
        }
        await AdminSession.SignInAsync(page);
        files.Add(await Write(folder, "admin", await (await page.ReloadAsync())!.TextAsync()));

        var (exitCode, output) = await NuChecker.RunAsync(jar, files);
        Assert.True(exitCode == 0 && !output.Contains("Error:"), $"The Nu HTML checker found errors:\n{output}");
    }

    [BrowserFact]
    public async Task The_atom_feed_parses_as_xml_in_the_atom_namespace()
    {
        var page = await browser.NewPageAsync();
        var response = await page.APIRequest.GetAsync(browser.Archive.BaseUrl + "/feed.atom");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/atom+xml", response.Headers["content-type"]);
        var feed = XDocument.Parse(await response.TextAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.Equal(3, feed.Root.Elements(atom + "entry").Count());
    }

    private static async Task<string> Write(ScratchFolder folder, string kind, string html)
    {
        var file = Path.Combine(folder.Path, kind + ".html");
        await File.WriteAllTextAsync(file, html);
        return file;
    }
}

public static class NuChecker
{
    /// <summary>vnu.jar from `npm install` in this project's folder (or the repository root).</summary>
    public static string FindJar()
    {
        var candidates = new[] { Path.Combine("tests", "NewsArchive.BrowserTests"), "" }
            .Select(folder => Path.Combine(Repository.Root, folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"));
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "The Nu HTML checker is missing: run `npm install` in tests/NewsArchive.BrowserTests (it needs Java: apt-get install -y default-jre-headless).");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string jar, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "text" }.Concat(files)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("newsarchive-html-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
