using System.Xml.Linq;
using NewsArchive.Articles;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Feeds;

/// <summary>An Atom 1.0 document (RFC 4287) of article summaries. Every text from the archive goes through
/// <see cref="XmlText.Clean"/>: an article may hold characters that XML cannot.</summary>
public static class AtomFeed
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public sealed record Header(string Title, string SelfUrl, string PageUrl, DateTimeOffset ImportedAt);

    public static XDocument Write(Header header, IReadOnlyList<ArticleQueries.Summary> articles, Func<string, string> absolute)
    {
        // An undated article is dated by the import that brought it: Atom requires every entry to have a time.
        DateTimeOffset Updated(ArticleQueries.Summary a) =>
            a.PublishedOn is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : header.ImportedAt;

        var updated = articles.Count == 0 ? header.ImportedAt : articles.Max(Updated);
        return new XDocument(
            new XElement(Atom + "feed",
                new XElement(Atom + "title", XmlText.Clean(header.Title)),
                new XElement(Atom + "id", header.SelfUrl),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", header.SelfUrl)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", header.PageUrl)),
                new XElement(Atom + "updated", Stamp(updated)),
                new XElement(Atom + "author", new XElement(Atom + "name", PageMeta.SiteName)),
                articles.Select(a =>
                {
                    var url = absolute($"/articles/{a.Slug}");
                    return new XElement(Atom + "entry",
                        new XElement(Atom + "title", XmlText.Clean(a.Headline)),
                        new XElement(Atom + "id", url),
                        new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", url)),
                        new XElement(Atom + "updated", Stamp(Updated(a))),
                        a.PublishedOn is null ? null : new XElement(Atom + "published", Stamp(Updated(a))),
                        // The writers when the source named them; else the publication; else none, so the feed's
                        // own author (the archive) stands for the entry, as Atom allows.
                        a.Authors.Count > 0
                            ? a.Authors.Select(name => new XElement(Atom + "author", new XElement(Atom + "name", XmlText.Clean(name))))
                            : a.Source is { } source ? new XElement(Atom + "author", new XElement(Atom + "name", XmlText.Clean(source))) : null,
                        new XElement(Atom + "summary", XmlText.Clean(Excerpt.Of(a.Opening ?? a.Headline))));
                })));
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
