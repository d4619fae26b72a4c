using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NewsArchive.Tests.Web.Api;

/// <summary>
/// The API's OpenAPI document as a checker of answers: each documented response schema becomes a JSON
/// Schema (2020-12, as OpenAPI 3.1 uses) with the document's components beside it, and every object of
/// the API's own shapes is closed (additionalProperties: false), so an answer with a field the document
/// does not name fails as surely as one missing a field it requires.
/// </summary>
public sealed class OpenApiContract
{
    /// <summary>Problem documents may carry extension members (traceId), so they stay open.</summary>
    private static readonly string[] OpenShapes = ["ProblemDetails", "HttpValidationProblemDetails"];

    private readonly JsonObject _definitions;

    private OpenApiContract(JsonObject document)
    {
        Document = document;
        // Components become $defs, so a schema's "$ref" resolves inside the schema itself.
        var rewritten = JsonNode.Parse(document.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!.AsObject();
        _definitions = rewritten["components"]!["schemas"]!.AsObject();
        foreach (var (name, shape) in _definitions)
            if (!OpenShapes.Contains(name) && shape is JsonObject { } closed && closed.ContainsKey("properties"))
                closed["additionalProperties"] = false;
        Rewritten = rewritten;
    }

    public JsonObject Document { get; }

    private JsonObject Rewritten { get; }

    public static async Task<OpenApiContract> LoadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return new OpenApiContract(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public sealed record Operation(string Method, string Path, IReadOnlyDictionary<int, (string MediaType, JsonObject Schema)> Responses);

    /// <summary>Every documented operation with its documented answers by status.</summary>
    public IEnumerable<Operation> Operations()
    {
        foreach (var (path, item) in Rewritten["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = new Dictionary<int, (string, JsonObject)>();
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    var content = response!["content"]?.AsObject().Single();
                    if (content is { } c) responses[int.Parse(status)] = (c.Key, c.Value!["schema"]!.AsObject());
                }
                yield return new Operation(method.ToUpperInvariant(), path, responses);
            }
    }

    /// <summary>The schema a component is documented with (components.schemas.NAME).</summary>
    public JsonObject Shape(string name) => _definitions[name]!.AsObject();

    /// <summary>What is wrong with the JSON against the schema; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(JsonObject schema, string json)
    {
        var root = schema.DeepClone().AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = _definitions.DeepClone();
        var evaluator = JsonSchema.FromText(root.ToJsonString(), baseUri: new Uri($"https://contract.test/{Guid.NewGuid():N}"));
        using var instance = JsonDocument.Parse(json);
        var results = evaluator.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("does not conform")
            .ToList();
    }
}
