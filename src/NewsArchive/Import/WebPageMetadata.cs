using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Import;

/// <summary>
/// What a saved news page says about itself, from the places publishers put it: schema.org JSON-LD
/// (a NewsArticle or Article, alone, in a list or in an @graph), OpenGraph and article: meta tags, and the
/// plain author and description meta tags. JSON-LD wins, being the most specific. A block that cannot be
/// read is a warning and the tags are used instead.
/// </summary>
internal static class WebPageMetadata
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    };

    public static ArticleMetadata Read(IDocument page, string file, List<ImportWarning> warnings)
    {
        var ld = LinkedData(page, file, warnings);
        string? Meta(string key) => page.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            .Select(m => Clean(m.GetAttribute("content"))).FirstOrDefault(c => c is not null);
        IReadOnlyList<string>? MetaAll(string key) => page.QuerySelectorAll("meta")
            .Where(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            .Select(m => Clean(m.GetAttribute("content"))).OfType<string>().ToList() is { Count: > 0 } all ? all : null;

        var headline = LdText(ld, "headline") ?? Meta("og:title") ?? Meta("twitter:title") ?? Clean(page.QuerySelector("h1")?.TextContent);
        var dateText = LdText(ld, "datePublished") ?? Meta("article:published_time") ?? Meta("date") ?? Meta("pubdate")
            ?? Meta("dc.date.issued") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateOnly? date = null;
        DateTimeOffset? moment = null;
        if (dateText is not null)
        {
            if (PublicationDate.TryParse(dateText, out var parsed, out moment)) date = parsed;
            else warnings.Add(new ImportWarning(file, $"the page's publication date '{MetadataFields.Shorten(dateText)}' is not a date; ignored"));
        }
        var authorMeta = Meta("author") ?? (Meta("article:author") is { } a && !a.Contains("://") ? a : null);
        return new ArticleMetadata(date, Meta("og:site_name") ?? LdName(ld, "publisher"), headline)
        {
            PublishedAt = moment,
            Standfirst = LdText(ld, "description") ?? Meta("og:description") ?? Meta("description"),
            Authors = LdNames(ld, "author") ?? (authorMeta is null ? null : SplitNames(authorMeta)),
            Categories = MetaAll("article:section") ?? (LdText(ld, "articleSection") is { } section ? [section] : null),
            Tags = MetaAll("article:tag") ?? (Meta("keywords") is { } keywords ? SplitNames(keywords) : null),
        };
    }

    /// <summary>Names written as one text: "Priya Natarajan and Tom Ellery", "A, B".</summary>
    public static IReadOnlyList<string>? SplitNames(string text)
    {
        var names = text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase).Replace(" & ", ",").Split(',')
            .Select(n => Clean(n.Trim().StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? n.Trim()[3..] : n)).OfType<string>().Distinct().ToList();
        return names.Count > 0 ? names : null;
    }

    private static JsonElement? LinkedData(IDocument page, string file, List<ImportWarning> warnings)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } found) return found.Clone();
            }
            catch (JsonException ex)
            {
                warnings.Add(new ImportWarning(file, $"the page's JSON-LD could not be read ({ex.Message}); its meta tags were used"));
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        var candidates = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToList() : [element];
        foreach (var candidate in candidates.Where(c => c.ValueKind == JsonValueKind.Object))
        {
            if (IsArticle(candidate)) return candidate;
            if (candidate.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array
                && graph.EnumerateArray().FirstOrDefault(g => g.ValueKind == JsonValueKind.Object && IsArticle(g)) is { ValueKind: JsonValueKind.Object } inGraph)
                return inGraph;
        }
        return null;
    }

    private static bool IsArticle(JsonElement item) => item.TryGetProperty("@type", out var type) && type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static string? LdText(JsonElement? ld, string key) =>
        ld is { } item && item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? LdName(JsonElement? ld, string key) =>
        ld is { } item && item.TryGetProperty(key, out var value) ? NameOf(value) : null;

    private static IReadOnlyList<string>? LdNames(JsonElement? ld, string key)
    {
        if (ld is not { } item || !item.TryGetProperty(key, out var value)) return null;
        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(NameOf) : [NameOf(value)]).OfType<string>().Distinct().ToList();
        return names.Count > 0 ? names : null;
    }

    private static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Clean(value.GetString()),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => Clean(name.GetString()),
        _ => null,
    };

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: <= 2000 } clean ? clean : null;
}
