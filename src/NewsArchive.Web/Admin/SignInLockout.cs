using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Locks a user name after repeated failed sign-ins, for longer each time (1, 2, 4 … minutes, up to a
/// ceiling), whichever clients the attempts come from: the per-client limit alone does not stop many
/// addresses guessing together. Any user name can be locked, known or not, so a lock says nothing about
/// which names exist. Counts live in this server's memory.
/// </summary>
public sealed class SignInLockout(IOptions<AdminOptions> options, TimeProvider clock, ILogger<SignInLockout> logger)
{
    // Enough for every name an attacker can try at the per-client limit; past it, the names that are not
    // locked and failed longest ago are forgotten first.
    private const int MaxNames = 10_000;
    private static readonly TimeSpan ForgetLocksAfter = TimeSpan.FromDays(1);

    private sealed class Name
    {
        public int Failures;
        public int Locks;
        public DateTimeOffset LockedUntil;
        public DateTimeOffset LastFailure;
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Name> _names = new(StringComparer.Ordinal);
    private AdminOptions Settings => options.Value;

    /// <summary>Until when the name is locked, or null when it may try to sign in now.</summary>
    public DateTimeOffset? LockedUntil(string? userName)
    {
        lock (_gate)
            return _names.TryGetValue(Key(userName), out var name) && name.LockedUntil > clock.GetUtcNow() ? name.LockedUntil : null;
    }

    public void Failed(string? userName, string client)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var key = Key(userName);
            if (!_names.TryGetValue(key, out var name))
            {
                if (_names.Count >= MaxNames) Forget(now);
                _names[key] = name = new Name();
            }
            // A quiet day since the last failure starts the delays again from the first.
            if (now - name.LastFailure > ForgetLocksAfter) name.Locks = 0;
            name.LastFailure = now;
            if (++name.Failures < Settings.LockoutAfterFailures) return;

            name.Failures = 0;
            name.Locks++;
            var minutes = Math.Min(Settings.LockoutMaxMinutes, Settings.LockoutMinutes * Math.Pow(2, Math.Min(name.Locks - 1, 30)));
            name.LockedUntil = now.AddMinutes(minutes);
            logger.LogWarning("Sign-in for user name {UserName} locked for {Minutes} minutes (lock {Lock} in a row) after {Failures} failed attempts; the last from {Client}",
                key, minutes, name.Locks, Settings.LockoutAfterFailures, client);
        }
    }

    public void Succeeded(string? userName)
    {
        lock (_gate) _names.Remove(Key(userName));
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var key in _names.Where(n => n.Value.LockedUntil <= now).OrderBy(n => n.Value.LastFailure)
                     .Take(MaxNames / 10).Select(n => n.Key).ToList())
            _names.Remove(key);
    }

    /// <summary>Names are compared as the sign-in compares them: trimmed, and here case-blind, so that
    /// "Admin" and "admin" share one count. Cut short and without control characters, since the key is
    /// kept in memory and written to the log.</summary>
    private static string Key(string? userName)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (name.Length > 100) name = name[..100];
        return string.Create(name.Length, name, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++) span[i] = char.IsControl(text[i]) ? '?' : text[i];
        });
    }
}
