using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web;

/// <summary>A bad setting stops the site before it serves or imports anything, with one line naming the key
/// and exit code 3; run as a process, as an admin would start it.</summary>
public class SettingsTests
{
    public static readonly TheoryData<string, string, string> BadSettings = new()
    {
        { "Admin__SignInAttemptsPerMinute", "0", "Admin:SignInAttemptsPerMinute must be a whole number from 1 to 1000 (it is 0)." },
        { "Admin__LockoutMinutes", "soon", "'Admin:LockoutMinutes'" },
        { "Admin__LockoutMaxMinutes", "0", "Admin:LockoutMaxMinutes must be a whole number from 1" },
        { "Admin__PasswordHash", "correct horse", "Admin:PasswordHash is not a hash made by `hash-password`." },
        { "Admin__UserName", " ", "Admin:UserName must be a name" },
        { "Site__BaseUrl", "news.example.org", "Site:BaseUrl must be an absolute http or https address" },
        { "Site__BaseUrl", "https://news.example.org/?utm=1", "Site:BaseUrl must be an absolute http or https address" },
        { "Site__KnownProxies__0", "proxy.internal", "Site:KnownProxies holds 'proxy.internal', which is not an IP address." },
        { "Site__KnownNetworks__0", "10.0.0.0/33", "Site:KnownNetworks holds '10.0.0.0/33'" },
        { "Site__OutputCacheMegabytes", "0", "Site:OutputCacheMegabytes must be a whole number from 1" },
        { "Archive__Provider", "Oracle", "Archive:Provider must be Sqlite or PostgreSQL (it is 'Oracle')." },
        { "Archive__ImportOnStart", "sometimes", "'Archive:ImportOnStart'" },
        { "Archive__LogPath", "logs", "Archive:LogPath is not a setting" },
        { "Site__BaseURL_", "x", "Site:BaseURL_ is not a setting" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_stops_start_up_with_one_line_naming_it(string variable, string value, string message)
    {
        using var data = new TempFolder();
        var result = WebProcess.Run(data.Path, new Dictionary<string, string> { [variable] = value, ["Archive__SeedsPath"] = ProjectFolders.Seeds });
        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Invalid setting: ", line);
        Assert.Contains(message, line);
        Assert.False(File.Exists(Path.Combine(data.Path, "archive.db")), "the site imported before stopping");
    }
}
