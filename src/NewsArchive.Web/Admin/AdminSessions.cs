using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Admin sign-ins live on the server; the cookie carries only a session's random key. Signing out deletes
/// the session, so a copy of the cookie taken before (a replay) finds nothing and is refused. Sessions are
/// files in the data folder, which several web servers share (see Archive:DataPath), so a sign-out on one
/// server holds on all of them.
/// </summary>
public sealed class AdminSessions(ArchiveDatabase database, TimeProvider clock, ILogger<AdminSessions> logger) : ITicketStore
{
    private readonly string _folder = Path.Combine(database.DataFolder, "admin-sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        Directory.CreateDirectory(_folder);
        RemoveExpired();
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await File.WriteAllBytesAsync(PathOf(key), TicketSerializer.Default.Serialize(ticket));
        return key;
    }

    /// <summary>Renews a session that still exists; one removed meanwhile (signed out) stays removed.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!IsKey(key)) return;
        try
        {
            await using var file = new FileStream(PathOf(key), FileMode.Truncate, FileAccess.Write);
            await file.WriteAsync(TicketSerializer.Default.Serialize(ticket));
        }
        catch (FileNotFoundException)
        {
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!IsKey(key)) return null;
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(PathOf(key));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var ticket = Read(bytes);
        if (ticket?.Properties.ExpiresUtc is { } expires && expires > clock.GetUtcNow()) return ticket;
        await RemoveAsync(key);
        return null;
    }

    public Task RemoveAsync(string key)
    {
        if (IsKey(key)) File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>The ticket in a session file, or null for a damaged file (then it is no session).</summary>
    private static AuthenticationTicket? Read(byte[] bytes)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(bytes);
        }
        catch (Exception ex) when (ex is InvalidOperationException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    private string PathOf(string key) => Path.Combine(_folder, key + ".session");

    /// <summary>Keys are made here (64 hex digits); anything else never reaches the file system.</summary>
    private static bool IsKey(string key) => key.Length == 64 && key.All(char.IsAsciiHexDigitLower);

    private void RemoveExpired()
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*.session"))
        {
            try
            {
                var ticket = Read(File.ReadAllBytes(file));
                if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= clock.GetUtcNow()) File.Delete(file);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not tidy the admin session file {File}", file);
            }
        }
    }
}
