using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using NewsArchive.Data;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Which archive a response was made from. Pages and feeds change only when an import builds a new
/// database (a new build id) or the site itself is redeployed, so their ETag is the hash of both and the
/// address: a client revalidates every time (no-cache) and gets 304 until either changes.
/// </summary>
public sealed class ArchiveVersion(ArchiveDbContext db)
{
    // Changes with every build of the site, so new markup or styles are never answered with 304.
    private static readonly string SiteBuild = typeof(ArchiveVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private ArchiveInfo? _info;

    public async Task<ArchiveInfo?> InfoAsync(CancellationToken cancellationToken)
    {
        // Every page and feed asks, so it is a statement of its own, kept prepared on the reader connection.
        _info ??= (await ReaderCommands.ReadAsync(db, InfoSql,
            r => new ArchiveInfo { Id = r.GetInt32(0), BuildId = r.GetString(1), ImportedAt = r.GetFieldValue<DateTimeOffset>(2) },
            cancellationToken)).FirstOrDefault();
        return _info;
    }

    private const string InfoSql = """SELECT "Id", "BuildId", "ImportedAt" FROM "ArchiveInfo" ORDER BY "Id" LIMIT 1""";

    /// <summary>Sets ETag and Cache-Control; true when the client's copy is current (answer 304).</summary>
    public async Task<bool> IsNotModifiedAsync(HttpContext context)
    {
        var info = await InfoAsync(context.RequestAborted);
        var request = context.Request;
        var key = $"{info?.BuildId}|{SiteBuild}|{request.Path}{request.QueryString}";
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}\"", isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        return request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }
}
