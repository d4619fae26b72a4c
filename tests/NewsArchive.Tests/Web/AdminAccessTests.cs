using System.Net;

namespace NewsArchive.Tests.Web;

public class AdminAccessTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/signout")]
    public async Task Anonymous_people_are_sent_to_sign_in(string url)
    {
        var client = new AdminClient(factory);
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Anonymous_api_calls_get_401_and_never_the_action()
    {
        var client = new AdminClient(factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/admin/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.PostAsync("/api/admin/import", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/admin/reports")).StatusCode);
        var anonymousPost = await client.PostFormAsync("/admin?handler=Import", "/admin/signin");
        Assert.Equal(HttpStatusCode.Redirect, anonymousPost.StatusCode);
        Assert.False(new NewsArchive.Web.Admin.ImportRunner[] { Runner }.Single().IsRunning);
    }

    private NewsArchive.Web.Admin.ImportRunner Runner =>
        (NewsArchive.Web.Admin.ImportRunner)factory.Services.GetService(typeof(NewsArchive.Web.Admin.ImportRunner))!;

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var client = new AdminClient(factory);
        var wrongPassword = await client.SignInAsync("admin", "guess");
        var unknownUser = await client.SignInAsync("root", AdminClient.Password);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        string Error(string html) => HtmlPage.ParseAsync(html).Result.QuerySelector(".error")!.TextContent;
        Assert.Equal(Error(await wrongPassword.Content.ReadAsStringAsync()), Error(await unknownUser.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused()
    {
        var client = new AdminClient(factory);
        await client.Http.GetAsync("/admin/signin");
        var response = await client.Http.PostAsync("/admin/signin",
            new FormUrlEncodedContent([new("UserName", "admin"), new("Password", AdminClient.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_reimport_and_sign_out_work_with_the_antiforgery_token()
    {
        var client = new AdminClient(factory);
        await client.SignInOrFailAsync();
        var admin = await HtmlPage.ParseAsync(await client.Http.GetStringAsync("/admin"));
        Assert.Equal("Admin", admin.QuerySelector("h1")!.TextContent);

        await client.ReimportAsync();
        var status = await client.Http.GetStringAsync("/api/admin/import");
        Assert.Contains("\"running\":false", status);
        var reports = await HtmlPage.ParseAsync(await client.Http.GetStringAsync("/admin"));
        Assert.Contains("3 articles imported from 3 files (0 added, 0 changed, 3 unchanged, 0 removed)", reports.QuerySelector(".report")!.TextContent.Replace("\n", " "));

        var signOut = await client.PostFormAsync("/admin/signout", "/admin");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/admin/import")).StatusCode);
    }

    [Fact]
    public async Task The_api_starts_an_import_only_with_the_antiforgery_header()
    {
        var client = new AdminClient(factory);
        await client.SignInOrFailAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.PostAsync("/api/admin/import", null)).StatusCode);

        var token = await client.TokenFromAsync("/admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/import");
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.Http.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Conflict, $"got {response.StatusCode}");
        await Runner.WaitAsync();
    }
}

public class ClosedAdminTests(ClosedAdminTests.Factory factory) : IClassFixture<ClosedAdminTests.Factory>
{
    public sealed class Factory : ArchiveFactory
    {
        protected override string PasswordHash => "";
    }

    [Fact]
    public async Task Without_a_password_the_admin_area_is_closed_and_says_how_to_open_it()
    {
        var client = new AdminClient(factory);
        var page = await HtmlPage.ParseAsync(await client.Http.GetStringAsync("/admin/signin"));
        Assert.Contains("The admin area is closed", page.QuerySelector(".notice")!.TextContent);
        Assert.Contains("hash-password", page.QuerySelector(".notice")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=password]"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin")).StatusCode);
    }
}

public class SignInRateLimitTests(SignInRateLimitTests.Factory factory) : IClassFixture<SignInRateLimitTests.Factory>
{
    public sealed class Factory : ArchiveFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:SignInAttemptsPerMinute", "3");
        }
    }

    [Fact]
    public async Task Repeated_sign_in_attempts_are_refused_with_429()
    {
        var client = new AdminClient(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.SignInAsync("admin", "guess " + i)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
    }
}
