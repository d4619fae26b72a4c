using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>
/// The one admin account. Its password is never stored in the repository: it comes from configuration as
/// a PasswordHasher hash (Admin:PasswordHash), or from the NEWSARCHIVE_ADMIN_PASSWORD environment variable
/// at first start, whose hash is then kept beside the database so the variable can be removed.
/// </summary>
public sealed class AdminAccount
{
    public const string PasswordVariable = "NEWSARCHIVE_ADMIN_PASSWORD";
    private static readonly PasswordHasher<string> Hasher = new();
    private readonly string? _hash;

    public AdminAccount(IOptions<AdminOptions> options, ArchiveDatabase database)
    {
        UserName = options.Value.UserName;
        var hashFile = Path.Combine(database.DataFolder, "admin-password.hash");
        _hash = options.Value.PasswordHash is { Length: > 0 } configured ? configured : ReadOrCreateHashFile(hashFile);
    }

    public string UserName { get; }

    /// <summary>False until a password is configured: the admin area stays closed.</summary>
    public bool IsOpen => _hash is not null;

    public static string Hash(string password) => Hasher.HashPassword("admin", password);

    /// <summary>True for the shape of a PasswordHasher hash (version 2 or 3), so a mistyped setting fails at start-up.</summary>
    public static bool IsWellFormedHash(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash.Trim(), bytes, out var length)
            && ((bytes[0] == 0x00 && length == 49) || (bytes[0] == 0x01 && length >= 13 + 16 + 16));
    }

    /// <summary>A wrong user name and a wrong password are the same failure, and take the same work.</summary>
    public bool Verify(string? userName, string? password)
    {
        if (_hash is null || string.IsNullOrEmpty(password)) return false;
        var passwordOk = Hasher.VerifyHashedPassword("admin", _hash, password) != PasswordVerificationResult.Failed;
        return passwordOk & string.Equals(userName?.Trim(), UserName, StringComparison.Ordinal);
    }

    private static string? ReadOrCreateHashFile(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password)) return null;
        var hash = Hash(password);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, hash);
        return hash;
    }
}
