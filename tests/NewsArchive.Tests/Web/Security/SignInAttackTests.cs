using System.Net;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// Password guessing against the sign-in form, over a real socket. Every spelling of the sign-in path that
/// reaches the page shares one limit per client (5 attempts a minute by default); the password is not even
/// looked at past it.
/// </summary>
public class SignInAttackTests(SignInAttackTests.Factory factory) : IClassFixture<SignInAttackTests.Factory>
{
    public sealed class Factory : KestrelArchiveFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Admin:SignInAttemptsPerMinute"] = "5" };
    }

    private const int Limit = 5;

    /// <summary>Paths routing sends to the sign-in page: case, trailing slashes, dot segments, escapes, queries.</summary>
    private static readonly string[] Paths =
    [
        "/admin/signin", "/admin/signin/", "/Admin/SignIn", "/Admin/SignIn/", "/ADMIN/SIGNIN", "/admin/signin/.",
        "/admin/./signin", "/admin/x/../signin", "/admin/%73ignin", "/admin/signin?ReturnUrl=%2Fadmin", "/admin/signin/?x=1",
        "/admin/signin?handler=",
    ];

    public static TheoryData<string> Spellings => new(Paths);

    private static int _clients;

    /// <summary>A client address of its own for each test, so tests do not share a limit.</summary>
    private static string NewClientAddress() => $"203.0.113.{Interlocked.Increment(ref _clients)}";

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task Each_spelling_reaches_the_form_and_is_limited_per_client(string path)
    {
        using var client = factory.NewClient(NewClientAddress());
        var first = await SignInForm.PostAsync(client, path, $"guesser {Array.IndexOf(Paths, path)}", "wrong");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("The user name or password is wrong.", await first.Content.ReadAsStringAsync());

        var checkedAttempts = 1;
        for (var i = 0; i < 11; i++)
            if (!await SignInForm.IsRateLimitedAsync(await SignInForm.PostAsync(client, path, $"guesser {Array.IndexOf(Paths, path)}", "wrong " + i)))
                checkedAttempts++;
        Assert.Equal(Limit, checkedAttempts);
    }

    [Fact]
    public async Task Two_hundred_guesses_by_every_spelling_get_at_most_five_looked_at()
    {
        using var client = factory.NewClient(NewClientAddress());
        var checkedAttempts = 0;
        for (var i = 0; i < 200; i++)
        {
            var response = await SignInForm.PostAsync(client, Paths[i % Paths.Length], "mallory", "guess " + i);
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (!await SignInForm.IsRateLimitedAsync(response)) checkedAttempts++;
        }
        Assert.InRange(checkedAttempts, 1, Limit);
    }

    [Fact]
    public async Task A_refusal_says_when_to_try_again_and_another_client_is_not_held_back()
    {
        using var guesser = factory.NewClient(NewClientAddress());
        HttpResponseMessage last = null!;
        for (var i = 0; i <= Limit; i++) last = await SignInForm.PostAsync(guesser, "/admin/signin", "trudy", "guess " + i);
        Assert.True(await SignInForm.IsRateLimitedAsync(last));
        Assert.InRange(int.Parse(last.Headers.GetValues("Retry-After").Single()), 1, 60);

        using var neighbour = factory.NewClient(NewClientAddress());
        Assert.Equal(HttpStatusCode.OK, (await SignInForm.PostAsync(neighbour, "/admin/signin", "victor", "guess")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/")).StatusCode);
    }
}
