namespace NewsArchive.Web.Rendering;

/// <summary>What the layout says about a page in its head: title, description, canonical address,
/// OpenGraph, structured data and feed. Every page sets one through <see cref="IHasPageMeta"/>.</summary>
public sealed record PageMeta(string Title, string Description)
{
    public const string SiteName = "NewsArchive";

    /// <summary>Path and query of the canonical address; null means the request's path without its query.</summary>
    public string? CanonicalPath { get; init; }

    /// <summary>OpenGraph type: "website", "article" or "profile".</summary>
    public string OpenGraphType { get; init; } = "website";

    public JsonLd? StructuredData { get; init; }

    public FeedLink? Feed { get; init; }

    /// <summary>Pages that are not for search engines: admin, error statuses.</summary>
    public bool NoIndex { get; init; }

    /// <summary>The document title: the page's title and the site's name.</summary>
    public string DocumentTitle => Title == SiteName ? Title : $"{Title} · {SiteName}";

    public static PageMeta Site { get; } = new(SiteName, "An archive of London politics reporting: articles, the people they name, and what they said.");
}

public sealed record FeedLink(string Path, string Title);

/// <summary>A page whose head the layout writes from a <see cref="PageMeta"/>.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
