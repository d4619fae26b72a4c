using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsArchive.Data;

namespace NewsArchive.Web.Hosting;

/// <summary>Healthy when the live database answers a query and records the import that built it.</summary>
public sealed class ArchiveHealthCheck(ArchiveDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var built = await db.ArchiveInfo.AsNoTracking().AnyAsync(cancellationToken);
            var articles = await db.Articles.CountAsync(cancellationToken);
            return built
                ? HealthCheckResult.Healthy($"{articles} articles")
                : HealthCheckResult.Unhealthy("The database holds no imported archive.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", ex);
        }
    }
}
