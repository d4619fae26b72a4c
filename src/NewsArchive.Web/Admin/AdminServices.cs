using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

public static class AdminServices
{
    public static IServiceCollection AddArchiveAdmin(this IServiceCollection services)
    {
        services.AddSingleton<AdminAccount>();
        services.AddSingleton<ImportRunner>();
        services.AddSingleton<SeedUpload>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<AdminSessions>();
        services.AddSingleton(TimeProvider.System);
        services.AddDataProtection().SetApplicationName("NewsArchive");
        // Keys beside the database (shared by several servers), so a restart does not sign the admin out.
        services.AddOptions<KeyManagementOptions>().Configure<ArchiveDatabase, ILoggerFactory>((keys, database, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(database.DataFolder, "keys")), logging));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<AdminSessions, IOptions<AdminOptions>>((cookie, sessions, admin) =>
            {
                cookie.LoginPath = "/admin/signin";
                cookie.LogoutPath = "/admin/signout";
                cookie.Cookie.Name = "newsarchive-admin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over TLS, as the known proxies report it (Site:KnownProxies).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(admin.Value.SessionHours);
                cookie.SessionStore = sessions;
                // Machines get a status code (a problem document), people get the sign-in page.
                cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            });
        // "Always" would make antiforgery throw on a plain-http request (a health probe inside the network).
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthorization();
        services.AddSignInLimit();
        return services;
    }

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
