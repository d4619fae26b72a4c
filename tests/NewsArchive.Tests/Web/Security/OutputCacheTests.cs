using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// Cache-busting requests (made-up query parameters, made-up Host headers) cannot fill the output cache:
/// they are answered but not kept, or share the entry of the real page. The cache's size is a setting.
/// The memory this holds under load is measured with wrk (README, "Output cache").
/// </summary>
public class OutputCacheTests(OutputCacheTests.Factory factory) : IClassFixture<OutputCacheTests.Factory>
{
    public sealed class Factory : ArchiveFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Site:OutputCacheMegabytes"] = "3" };
    }

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The output cache says Age on an answer it served from memory.</summary>
    private async Task<bool> SecondAnswerIsCachedAsync(string url, string? host = null)
    {
        await _client.GetAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null) request.Headers.Host = host;
        return (await _client.SendAsync(request)).Headers.Age is not null;
    }

    [Theory]
    [InlineData("/?bust=1")]
    [InlineData("/people?x=2")]
    [InlineData("/search?q=khan&_=3")]
    [InlineData("/api/people?nocache=4")]
    [InlineData("/feed.atom?v=5")]
    public async Task A_made_up_query_parameter_is_answered_but_not_kept(string url) =>
        Assert.False(await SecondAnswerIsCachedAsync(url));

    [Theory]
    [InlineData("/people")]
    [InlineData("/?page=2")]
    [InlineData("/search?q=burnham")]
    [InlineData("/api/people/suggest?q=kha")]
    public async Task Real_pages_are_kept(string url) =>
        Assert.True(await SecondAnswerIsCachedAsync(url));

    [Fact]
    public async Task A_made_up_host_shares_the_real_pages_entry() =>
        Assert.True(await SecondAnswerIsCachedAsync("/elections", host: "cache-buster-1.example"));

    [Fact]
    public void The_size_limit_comes_from_the_setting() =>
        Assert.Equal(3L * 1024 * 1024, factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
}
