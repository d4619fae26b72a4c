using System.Diagnostics;
using NewsArchive.Tests.Web;

namespace NewsArchive.Tests.Support;

/// <summary>The host's `import` verb, run as a real process the way an admin runs it, against a SQLite file in
/// <c>dataFolder</c>.</summary>
public static class ImportCommand
{
    public static ProcessStartInfo Verb(string dataFolder, string verb, params string[] args) =>
        WebProcess.StartInfo(dataFolder, null, [verb, .. args]);

    public static (int ExitCode, string Output) Run(string dataFolder, params string[] args)
    {
        var result = WebProcess.Run(dataFolder, null, ["import", .. args]);
        return (result.ExitCode, result.All);
    }
}
