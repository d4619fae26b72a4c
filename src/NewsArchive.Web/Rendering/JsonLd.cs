using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsArchive.Web.Rendering;

/// <summary>A schema.org block for a &lt;script type="application/ld+json"&gt;, serialized once so the text
/// the layout writes and the hash the Content-Security-Policy allows are of the same bytes.</summary>
public sealed class JsonLd
{
    // The default encoder escapes <, > and &, so no text from an article can close the script element.
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private JsonLd(string text)
    {
        Text = text;
        CspHash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public string Text { get; }

    /// <summary>The source expression ('sha256-…') that allows exactly this script text.</summary>
    public string CspHash { get; }

    /// <summary>A block of the given schema.org type; null values are left out.</summary>
    public static JsonLd Of(string type, IReadOnlyDictionary<string, object?> properties)
    {
        var data = new Dictionary<string, object?> { ["@context"] = "https://schema.org", ["@type"] = type };
        foreach (var (key, value) in properties) data[key] = value;
        return new JsonLd(JsonSerializer.Serialize(data, Options));
    }
}
