using System.Text.Json;

namespace NewsArchive.Tests.Web;

/// <summary>What tests look up in the app's JSON API before they open a page.</summary>
public static class ArchiveApi
{
    /// <summary>The slug of the one person of that name, as <c>/api/people</c> lists them.</summary>
    public static async Task<string> PersonSlugAsync(HttpClient client, string name) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/people")).RootElement.EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("slug").GetString()!;
}
