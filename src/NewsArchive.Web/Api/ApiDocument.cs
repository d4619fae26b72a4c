using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using NewsArchive.Web.Hosting;
using Scalar.AspNetCore;

namespace NewsArchive.Web.Api;

/// <summary>
/// The JSON API's contract: an OpenAPI document at /openapi/v1.json, made from the endpoints and the named
/// records they answer with, and a page to read it at /scalar/v1. A test holds the API to the document.
/// </summary>
public static class ApiDocument
{
    public const string Path = "/openapi/v1.json";

    public static IServiceCollection AddArchiveApiDocument(this IServiceCollection services)
    {
        // Numbers are read as numbers only (the API reads none from a body, and the web default of also
        // reading them from strings would make the document say every number may be a string).
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services.AddOpenApi("v1", document =>
        {
            document.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            document.AddDocumentTransformer((openApi, context, _) =>
            {
                openApi.Info.Title = "NewsArchive API";
                openApi.Info.Description = "London politics reporting as data: articles, the people they name with their parties, roles and " +
                    "quotes, and the elections they report, every fact with the sentence that states it. Errors are problem documents " +
                    "(RFC 9457, application/problem+json).";
                // The public address, never the Host header of whoever asked for the document.
                openApi.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<PublicAddress>().Base }];
                return Task.CompletedTask;
            });
            document.AddSchemaTransformer((schema, context, _) =>
            {
                // Every field of an answer is always written (null when unknown), so the document says it is
                // required. Problem documents leave out what they do not have.
                if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object
                    && !typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type) && schema.Properties is { Count: > 0 } properties)
                {
                    schema.Required ??= new HashSet<string>();
                    foreach (var name in properties.Keys) schema.Required.Add(name);
                }
                return Task.CompletedTask;
            });
            // Schemas are named after their records; the import status is a nested record called Status.
            document.CreateSchemaReferenceId = type =>
                type.Type == typeof(Admin.ImportRunner.Status) ? "ImportStatus" : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        });
    }

    public static WebApplication MapArchiveApiDocument(this WebApplication app)
    {
        app.MapOpenApi();
        // Everything the page needs is served by the site itself: no fonts, telemetry or helpers from elsewhere.
        app.MapScalarApiReference(page => page
            .WithTitle("NewsArchive API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }
}
