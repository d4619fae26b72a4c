using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsArchive.Tests.Web;

/// <summary>A browser-like client for the admin area: keeps cookies and sends forms with their antiforgery token.</summary>
public sealed class AdminClient(WebApplicationFactory<Program> factory)
{
    public const string Password = "correct horse battery staple";

    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<string> TokenFromAsync(string url)
    {
        var page = await HtmlPage.ParseAsync(await Http.GetStringAsync(url));
        return page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, string tokenPage, params (string Key, string Value)[] fields)
    {
        var token = await TokenFromAsync(tokenPage);
        var form = fields.Append(("__RequestVerificationToken", token)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        return await Http.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts files as a browser's file input does (multipart), with the form's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFilesAsync(string url, string tokenPage, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(await TokenFromAsync(tokenPage)), "__RequestVerificationToken" } };
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "files", name);
        return await Http.PostAsync(url, form);
    }

    public Task<HttpResponseMessage> SignInAsync(string user = "admin", string password = Password) =>
        PostFormAsync("/admin/signin", "/admin/signin", ("UserName", user), ("Password", password));

    public async Task SignInOrFailAsync()
    {
        var response = await SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    /// <summary>Starts a re-import from the admin page and waits for it to finish.</summary>
    public async Task ReimportAsync()
    {
        var response = await PostFormAsync("/admin?handler=Import", "/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var runner = factory.Services.GetService(typeof(NewsArchive.Web.Admin.ImportRunner)) as NewsArchive.Web.Admin.ImportRunner;
        await runner!.WaitAsync();
    }
}
