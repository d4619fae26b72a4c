using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.PoliticalParties;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Feeds;

/// <summary>Documents for feed readers and crawlers: Atom feeds, the sitemap and robots.txt.</summary>
public static class FeedEndpoints
{
    private const int NewestCount = 20;

    public static WebApplication MapArchiveFeeds(this WebApplication app)
    {
        app.MapGet("/feed.atom", (HttpContext context, ArchiveDbContext db, ArchiveVersion version) =>
            Conditional(context, version, async info =>
            {
                var articles = await ArticleQueries.ListAsync(db, NewestCount, cancellationToken: context.RequestAborted);
                var header = new AtomFeed.Header("NewsArchive: newest articles", Absolute(context, "/feed.atom"), Absolute(context, "/"), info);
                return Xml(AtomFeed.Write(header, articles, path => Absolute(context, path)), "application/atom+xml");
            }));

        app.MapGet("/people/{slug}/feed.atom", (string slug, HttpContext context, ArchiveDbContext db, ArchiveVersion version) =>
            Conditional(context, version, async info =>
            {
                var name = await db.People.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Name).SingleOrDefaultAsync(context.RequestAborted);
                if (name is null) return Results.NotFound();
                var articles = await ArticleQueries.ListAsync(db, NewestCount, slug, context.RequestAborted);
                var header = new AtomFeed.Header($"NewsArchive: articles naming {name}", Absolute(context, $"/people/{slug}/feed.atom"), Absolute(context, $"/people/{slug}"), info);
                return Xml(AtomFeed.Write(header, articles, path => Absolute(context, path)), "application/atom+xml");
            }));

        app.MapGet("/parties/{slug}/feed.atom", (string slug, HttpContext context, ArchiveDbContext db, ArchiveVersion version) =>
            Conditional(context, version, async info =>
            {
                if (PartyQueries.Find(slug) is not { } party) return Results.NotFound();
                var articles = await ArticleQueries.ListAsync(PartyQueries.ArticlesOf(db, party.Name), NewestCount, 0, context.RequestAborted);
                var header = new AtomFeed.Header($"NewsArchive: articles on {party.Name}", Absolute(context, $"/parties/{slug}/feed.atom"), Absolute(context, $"/parties/{slug}"), info);
                return Xml(AtomFeed.Write(header, articles, path => Absolute(context, path)), "application/atom+xml");
            }));

        app.MapGet("/sitemap.xml", (HttpContext context, ArchiveDbContext db, ArchiveVersion version) =>
            Conditional(context, version, async _ =>
            {
                XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
                var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Slug).Select(a => new { a.Slug, a.PublishedOn }).ToListAsync(context.RequestAborted);
                var people = await db.People.AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(context.RequestAborted);
                XElement Url(string path, DateOnly? modified = null) => new(ns + "url",
                    new XElement(ns + "loc", Absolute(context, path)),
                    modified is { } d ? new XElement(ns + "lastmod", Dates.Iso(d)) : null);
                var elections = await db.Elections.AsNoTracking().OrderBy(e => e.Slug).Select(e => e.Slug).ToListAsync(context.RequestAborted);
                var parties = await PartyQueries.ListAsync(db, context.RequestAborted);
                return Xml(new XDocument(new XElement(ns + "urlset",
                    Url("/"), Url("/people"), Url("/parties"), Url("/elections"), Url("/search"),
                    articles.Select(a => Url($"/articles/{a.Slug}", a.PublishedOn)),
                    people.Select(slug => Url($"/people/{slug}")),
                    parties.Select(p => Url($"/parties/{p.Slug}")),
                    elections.Select(slug => Url($"/elections/{slug}")))), "application/xml");
            }));

        app.MapGet("/robots.txt", (HttpContext context) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nDisallow: /api/\nAllow: /\n\nSitemap: {Absolute(context, "/sitemap.xml")}\n",
            "text/plain", Encoding.UTF8));
        return app;
    }

    private static async Task<IResult> Conditional(HttpContext context, ArchiveVersion version, Func<DateTimeOffset, Task<IResult>> answer)
    {
        if (await version.IsNotModifiedAsync(context)) return Results.StatusCode(StatusCodes.Status304NotModified);
        var info = await version.InfoAsync(context.RequestAborted);
        return await answer(info?.ImportedAt ?? DateTimeOffset.UnixEpoch);
    }

    private static IResult Xml(XDocument document, string contentType) =>
        Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + document.Root!.ToString(SaveOptions.DisableFormatting), $"{contentType}; charset=utf-8");

    private static string Absolute(HttpContext context, string path) => SiteUrl.Absolute(context.Request, path);
}
