namespace NewsArchive.Tests.Support;

/// <summary>A scratch folder deleted when the test is done, or, for one a fixture keeps for the whole run (a static
/// seeds folder), when the test process exits: a run leaves nothing in the temp folder.</summary>
public sealed class TempFolder : IDisposable
{
    private static readonly HashSet<string> Undeleted = [];

    static TempFolder() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        lock (Undeleted)
            foreach (var path in Undeleted) Delete(path);
    };

    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("newsarchive-test-").FullName;
        lock (Undeleted) Undeleted.Add(Path);
    }

    public string Path { get; }

    /// <summary>A folder holding the given files: a seeds folder for a test's own small archive.</summary>
    public static TempFolder With(params (string Name, string Text)[] files)
    {
        var folder = new TempFolder();
        foreach (var (name, text) in files) folder.Write(name, text);
        return folder;
    }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        Delete(Path);
        // One still in use (a connection left open) is tried again at exit.
        if (!Directory.Exists(Path)) lock (Undeleted) Undeleted.Remove(Path);
    }

    private static void Delete(string path)
    {
        try { Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
