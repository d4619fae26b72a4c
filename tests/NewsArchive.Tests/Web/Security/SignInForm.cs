using System.Net;

namespace NewsArchive.Tests.Web.Security;

/// <summary>The sign-in form as a browser sends it: the page first (for the antiforgery token and cookie),
/// then the form, to whichever spelling of the path is given.</summary>
public static class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string userName, string password)
    {
        var page = await HtmlPage.ParseAsync(await client.GetStringAsync("/admin/signin"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.PostAsync(path, new FormUrlEncodedContent(
            [new("UserName", userName), new("Password", password), new("__RequestVerificationToken", token)]));
    }

    /// <summary>The form read and posted with its cookie carried by hand, for a client that would not send
    /// back a cookie marked Secure over plain http (the app believes the request came over TLS). Returns
    /// both answers, to read the cookies each set.</summary>
    public static async Task<(HttpResponseMessage Form, HttpResponseMessage SignIn)> PostCarryingCookiesAsync(HttpClient client, string password)
    {
        var form = await client.GetAsync("/admin/signin");
        var page = await HtmlPage.ParseAsync(await form.Content.ReadAsStringAsync());
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/signin")
        {
            Content = new FormUrlEncodedContent([new("UserName", "admin"), new("Password", password), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", SetCookie(form, ".AspNetCore.Antiforgery").Split(';')[0]);
        return (form, await client.SendAsync(request));
    }

    /// <summary>The Set-Cookie header for the cookie whose name starts so.</summary>
    public static string SetCookie(HttpResponseMessage response, string namePrefix) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(namePrefix, StringComparison.Ordinal));

    public static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the sign-in limit refused the attempt before the password was looked at.</summary>
    public static async Task<bool> IsRateLimitedAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        && (await response.Content.ReadAsStringAsync()).StartsWith("Too many sign-in attempts", StringComparison.Ordinal);
}
