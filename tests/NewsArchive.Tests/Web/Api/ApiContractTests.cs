using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Tests.Web.Api;

/// <summary>
/// The JSON API held to its OpenAPI document (/openapi/v1.json): every /api endpoint is documented, every
/// documented answer comes in its documented shape, every error is a problem document, and every field the
/// API had before the document existed is still there (external scorers read them).
/// </summary>
public class ApiContractTests(ArchiveFactory factory) : IClassFixture<ArchiveFactory>
{
    private const string Article = "sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over";

    /// <summary>A real value for each path parameter; an endpoint added with a new one needs its sample here.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["/api/people/{slug}"] = "sadiq-khan", ["/api/articles/{slug}"] = Article, ["/api/elections/{slug}"] = "london-mayor-2021",
    };

    /// <summary>Documented answers the seeded archive cannot give on demand: a removed article (410), a second
    /// import while one runs (409). Each is covered elsewhere (ReimportTests, AdminAccessTests).</summary>
    private static readonly HashSet<(string, string, int)> NotProducedHere =
    [
        ("GET", "/api/articles/{slug}", 410), ("POST", "/api/admin/import", 409),
    ];

    private readonly HttpClient _anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Every_api_endpoint_is_in_the_document()
    {
        var contract = await OpenApiContract.LoadAsync(_anonymous);
        var documented = contract.Operations().Select(o => $"{o.Method} {o.Path}").Order().ToList();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order().ToList();
        Assert.Equal(mapped, documented);
        Assert.Equal(10, documented.Count);
    }

    [Fact]
    public async Task Every_documented_answer_comes_in_its_documented_shape()
    {
        var contract = await OpenApiContract.LoadAsync(_anonymous);
        var admin = new AdminClient(factory);
        await admin.SignInOrFailAsync();
        var problems = new List<string>();
        var checkedAnswers = 0;
        foreach (var operation in contract.Operations())
            foreach (var (status, (mediaType, schema)) in operation.Responses)
            {
                if (NotProducedHere.Contains((operation.Method, operation.Path, status))) continue;
                var response = await ProduceAsync(operation, status, admin);
                var what = $"{operation.Method} {operation.Path} ({status})";
                if ((int)response.StatusCode != status && !(status == 202 && response.StatusCode == HttpStatusCode.Conflict))
                {
                    problems.Add($"{what}: answered {(int)response.StatusCode}");
                    continue;
                }
                var answered = operation.Responses[(int)response.StatusCode];
                if (response.Content.Headers.ContentType?.MediaType != answered.MediaType)
                    problems.Add($"{what}: content type {response.Content.Headers.ContentType?.MediaType}, documented {answered.MediaType}");
                problems.AddRange(contract.Check(answered.Schema, await response.Content.ReadAsStringAsync()).Select(p => $"{what}: {p}"));
                checkedAnswers++;
            }
        await ((NewsArchive.Web.Admin.ImportRunner)factory.Services.GetService(typeof(NewsArchive.Web.Admin.ImportRunner))!).WaitAsync();
        Assert.Empty(problems);
        Assert.True(checkedAnswers >= 17, $"only {checkedAnswers} answers checked");
    }

    /// <summary>Asks for the documented answer: success as a signed-in admin with real values, 401 without
    /// signing in, 404 with a slug nothing has, 400 for the import without its antiforgery token.</summary>
    private async Task<HttpResponseMessage> ProduceAsync(OpenApiContract.Operation operation, int status, AdminClient admin)
    {
        var path = operation.Path.Contains('{')
            ? operation.Path[..operation.Path.IndexOf('{')] + (status == 404 ? "no-such-slug" : Samples[operation.Path])
            : operation.Path;
        if (path.EndsWith("/search", StringComparison.Ordinal) || path.EndsWith("/suggest", StringComparison.Ordinal)) path += "?q=khan";
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
        if (status == 401) return await _anonymous.SendAsync(request);
        if (operation.Method == "POST" && status != 400) request.Headers.Add("RequestVerificationToken", await admin.TokenFromAsync("/admin"));
        return await admin.Http.SendAsync(request);
    }

    public static readonly TheoryData<string, string, int> Errors = new()
    {
        { "GET", "/api/people/nobody", 404 },
        { "GET", "/api/elections/nothing", 404 },
        { "GET", "/api/no-such-endpoint", 404 },
        { "TRACE", "/api/people", 405 },
        { "DELETE", "/api/search?q=x", 405 },
        { "POST", "/api/people", 405 },
        { "GET", "/api/admin/reports", 401 },
        { "POST", "/api/admin/import", 401 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Errors_are_problem_documents(string method, string url, int status)
    {
        var contract = await OpenApiContract.LoadAsync(_anonymous);
        var response = await _anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Empty(contract.Check(new System.Text.Json.Nodes.JsonObject { ["$ref"] = "#/$defs/ProblemDetails" }, body));
        Assert.Contains($"\"status\":{status}", body);
    }

    /// <summary>The fields each answer had before it was documented; the API may add, never take away.</summary>
    public static readonly TheoryData<string, string[]> KeptFields = new()
    {
        { "PersonSummary", ["slug", "name", "aliases", "party", "parties", "articleCount", "mentionCount"] },
        { "PersonDetail", ["slug", "name", "aliases", "parties", "roles", "articleCount", "articles", "quotes"] },
        { "StatedFact", ["value", "source"] },
        { "FactSource", ["articleSlug", "headline", "publishedOn", "sentence"] },
        { "PersonArticle", ["slug", "headline", "publishedOn", "publisherSource", "mentions", "firstMention"] },
        { "PersonQuote", ["text", "articleSlug", "headline", "publishedOn"] },
        { "PersonMatch", ["slug", "name", "articleCount"] },
        { "ArticleDetail", ["slug", "headline", "headlineDerived", "publishedOn", "source", "wordCount", "paragraphs", "people"] },
        { "ArticleParagraph", ["position", "section", "kind", "text"] },
        { "ArticlePerson", ["slug", "name", "mentions"] },
        { "SearchResult", ["query", "words", "people", "articles"] },
        { "ArticleMatch", ["slug", "headline", "publishedOn", "snippet"] },
        { "ElectionSummary", ["slug", "id", "name", "kind", "area", "year", "pollDate", "winners"] },
        { "ElectionDetail", ["slug", "id", "name", "kind", "area", "year", "pollDate", "votingSystem", "parentSlug", "winners", "majorities", "candidates", "sources", "articles"] },
        { "ElectionWinner", ["name", "personSlug", "parties"] },
        { "ElectionMajority", ["candidate", "figure"] },
        { "ElectionCandidate", ["name", "personSlug", "parties", "elected", "rounds", "figures"] },
        { "CandidateRound", ["round", "votes", "shares"] },
        { "ElectionFigure", ["kind", "value", "bound", "asWritten", "round", "roundFromContext", "outOf", "curated", "articleSlug", "paragraph", "sentence", "part"] },
        { "ElectionSource", ["number", "articleSlug", "headline", "publishedOn", "paragraph", "sentence"] },
        { "ElectionArticle", ["slug", "headline", "publishedOn"] },
    };

    [Theory]
    [MemberData(nameof(KeptFields))]
    public async Task Every_field_the_api_had_is_documented_and_required(string shape, string[] fields)
    {
        var schema = (await OpenApiContract.LoadAsync(_anonymous)).Shape(shape);
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.All(fields, field => Assert.Contains(field, properties));
        Assert.All(fields, field => Assert.Contains(field, required));
    }

    /// <summary>The checker itself: it must refuse what the document does not allow, or the tests above prove nothing.</summary>
    [Theory]
    [InlineData("""{"slug":"a","name":"A","articleCount":1}""", true)]
    [InlineData("""{"slug":"a","name":"A","articleCount":1,"extra":true}""", false)]
    [InlineData("""{"slug":"a","name":"A"}""", false)]
    [InlineData("""{"slug":"a","name":"A","articleCount":"1"}""", false)]
    [InlineData("""{"slug":null,"name":"A","articleCount":1}""", false)]
    public async Task The_checker_refuses_what_the_document_does_not_allow(string json, bool conforms)
    {
        var contract = await OpenApiContract.LoadAsync(_anonymous);
        var problems = contract.Check(new System.Text.Json.Nodes.JsonObject { ["$ref"] = "#/$defs/PersonMatch" }, json);
        Assert.Equal(conforms, problems.Count == 0);
    }
}
