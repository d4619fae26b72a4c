using System.Diagnostics;

namespace NewsArchive.Tests.Web;

/// <summary>The built web app run as a process, the way an admin runs it: its exit code and what it printed.</summary>
public static class WebProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static ProcessStartInfo StartInfo(string dataFolder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var webDll = Path.Combine(AppContext.BaseDirectory, "NewsArchive.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = dataFolder,
        };
        foreach (var arg in new[] { "exec", webDll }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={Path.Combine(dataFolder, "archive.db")}";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return start;
    }

    public static Result Run(string dataFolder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(dataFolder, environment, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"'{string.Join(' ', args)}' did not exit within a minute");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
