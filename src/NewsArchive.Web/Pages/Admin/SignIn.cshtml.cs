using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Admin;

public class SignInModel(AdminAccount account) : ArchivePageModel
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
        if (!account.Verify(UserName, Password))
        {
            Meta = SignInMeta;
            Error = "The user name or password is wrong.";
            Password = null;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.UserName)], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
    }
}
