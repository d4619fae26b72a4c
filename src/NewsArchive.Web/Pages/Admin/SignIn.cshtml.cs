using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The sign-in form. Attempts are limited per client on this page's endpoint, whatever spelling of
/// its path was used, and a user name that keeps failing is locked (<see cref="SignInLockout"/>).</summary>
[EnableRateLimiting(SignInLimit.Policy)]
public class SignInModel(AdminAccount account, SignInLockout lockout, TimeProvider clock) : ArchivePageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool IsOpen => account.IsOpen;
    public string? Error { get; private set; }

    public void OnGet() => Meta = SignInMeta;

    private static readonly PageMeta SignInMeta = new("Admin sign-in", "Sign in to the archive's admin area.") { NoIndex = true };

    public async Task<IActionResult> OnPostAsync()
    {
        Meta = SignInMeta;
        if (lockout.LockedUntil(UserName) is { } until)
        {
            // The password is not even checked while the name is locked: a right guess must not show.
            var wait = until - clock.GetUtcNow();
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = $"Too many failed sign-ins for this user name: it is locked for {Math.Ceiling(wait.TotalMinutes):0} more minute(s).";
            Password = null;
            return Page();
        }
        if (!account.Verify(UserName, Password))
        {
            lockout.Failed(UserName, SignInLimit.ClientOf(HttpContext));
            Error = "The user name or password is wrong.";
            Password = null;
            return Page();
        }
        lockout.Succeeded(UserName);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.UserName)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
    }
}
