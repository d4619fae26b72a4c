using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NewsArchive.Data;

/// <summary>One EF Core model per database provider: SQLite and PostgreSQL map types differently, and one
/// process (the tests) may use both.</summary>
internal sealed class ProviderModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
