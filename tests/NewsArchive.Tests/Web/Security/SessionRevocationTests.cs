using System.Net;

namespace NewsArchive.Tests.Web.Security;

/// <summary>A sign-in cookie copied before sign-out (stolen, or kept by a shared computer) opens nothing
/// after it: the session it names was deleted on the server.</summary>
public class SessionRevocationTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    public static readonly TheoryData<string, HttpStatusCode> AdminAddresses = new()
    {
        { "/admin", HttpStatusCode.Redirect },
        { "/api/admin/reports", HttpStatusCode.Unauthorized },
        { "/api/admin/import", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(AdminAddresses))]
    public async Task A_cookie_replayed_after_sign_out_is_refused(string url, HttpStatusCode refused)
    {
        var admin = new AdminClient(factory);
        var cookie = await SignInAndCopyCookieAsync(admin);

        using var replay = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(replay, url, cookie)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/signout", "/admin")).StatusCode);

        var after = await SendWithCookieAsync(replay, url, cookie);
        Assert.Equal(refused, after.StatusCode);
        if (refused == HttpStatusCode.Redirect) Assert.StartsWith("/admin/signin", after.Headers.Location!.PathAndQuery);
        else Assert.Equal("application/problem+json", after.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>Signs in and returns the sign-in cookie as a browser sends it back (name=value).</summary>
    private static async Task<string> SignInAndCopyCookieAsync(AdminClient admin)
    {
        var response = await admin.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newsarchive-admin=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }

    private static Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
