using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>The admin area's settings, bound from the "Admin" configuration section.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string UserName { get; init; } = "admin";

    /// <summary>The admin password's hash from `hash-password`; empty: the area is closed, unless the
    /// password was given once in NEWSARCHIVE_ADMIN_PASSWORD (its hash is then kept beside the database).</summary>
    public string? PasswordHash { get; init; }

    /// <summary>Sign-in attempts one client address may make in a minute, on every spelling of the sign-in path.</summary>
    public int SignInAttemptsPerMinute { get; init; } = 5;

    /// <summary>Failed sign-ins in a row, for one user name, that lock it.</summary>
    public int LockoutAfterFailures { get; init; } = 5;

    /// <summary>The first lock's length; each further lock doubles it, up to <see cref="LockoutMaxMinutes"/>.</summary>
    public int LockoutMinutes { get; init; } = 1;

    public int LockoutMaxMinutes { get; init; } = 60;

    /// <summary>How long a sign-in lasts without use.</summary>
    public int SessionHours { get; init; } = 8;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(UserName) || UserName.Trim() != UserName)
            yield return $"{Section}:UserName must be a name without spaces around it (it is '{UserName}').";
        if (PasswordHash is { Length: > 0 } && !AdminAccount.IsWellFormedHash(PasswordHash))
            yield return $"{Section}:PasswordHash is not a hash made by `hash-password`.";
        foreach (var problem in new[]
            {
                Settings.Range(Section, nameof(SignInAttemptsPerMinute), SignInAttemptsPerMinute, 1, 1000),
                Settings.Range(Section, nameof(LockoutAfterFailures), LockoutAfterFailures, 1, 1000),
                Settings.Range(Section, nameof(LockoutMinutes), LockoutMinutes, 1, 24 * 60),
                Settings.Range(Section, nameof(LockoutMaxMinutes), LockoutMaxMinutes, LockoutMinutes, 7 * 24 * 60),
                Settings.Range(Section, nameof(SessionHours), SessionHours, 1, 24 * 30),
            }.OfType<string>())
            yield return problem;
    }
}
