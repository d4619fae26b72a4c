using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NewsArchive.Import;

/// <summary>
/// Inserts a graph of new entities into an empty database, one prepared INSERT per table, read from the EF
/// Core model: the same tables, columns and value conversions SaveChanges would use, without its per-entity
/// change tracking, which cost far more than SQLite itself for a whole archive. Keys are numbered here in
/// the order the graph is walked, and foreign keys are set from the navigations.
/// </summary>
internal static class BulkInsert
{
    public static void Write(IModel model, DbConnection connection, DbTransaction transaction, IEnumerable<object> roots, CancellationToken cancellationToken)
    {
        var byType = Collect(model, roots);
        foreach (var (type, entities) in byType) NumberKeys(type, entities);
        foreach (var (type, entities) in byType) SetForeignKeys(type, entities);
        foreach (var type in PrincipalsFirst(byType.Keys))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Insert(type, byType[type], connection, transaction);
        }
    }

    /// <summary>Every entity reachable from the roots, by type, in the order first reached.</summary>
    private static Dictionary<IEntityType, List<object>> Collect(IModel model, IEnumerable<object> roots)
    {
        var byType = new Dictionary<IEntityType, List<object>>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        foreach (var root in roots.Reverse()) pending.Push(root);
        while (pending.TryPop(out var entity))
        {
            if (!seen.Add(entity)) continue;
            var type = model.FindEntityType(entity.GetType())
                ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the archive model.");
            if (!byType.TryGetValue(type, out var list)) byType[type] = list = [];
            list.Add(entity);
            var reached = new List<object>();
            foreach (var navigation in type.GetNavigations())
            {
                var value = navigation.GetGetter().GetClrValue(entity);
                if (value is null) continue;
                if (navigation.IsCollection) reached.AddRange(((System.Collections.IEnumerable)value).Cast<object>());
                else reached.Add(value);
            }
            for (var i = reached.Count - 1; i >= 0; i--) pending.Push(reached[i]);
        }
        return byType;
    }

    private static void NumberKeys(IEntityType type, List<object> entities)
    {
        var key = SingleIntKey(type);
        var next = entities.Select(e => (int)key.GetGetter().GetClrValue(e)!).DefaultIfEmpty(0).Max() + 1;
        foreach (var entity in entities)
            if ((int)key.GetGetter().GetClrValue(entity)! == 0) key.PropertyInfo!.SetValue(entity, next++);
    }

    private static void SetForeignKeys(IEntityType type, List<object> entities)
    {
        foreach (var navigation in type.GetNavigations())
        {
            var foreignKey = navigation.ForeignKey;
            var property = foreignKey.Properties.Single();
            var principalKey = SingleIntKey(foreignKey.PrincipalEntityType);
            foreach (var entity in entities)
            {
                var value = navigation.GetGetter().GetClrValue(entity);
                if (value is null) continue;
                if (navigation.IsOnDependent)
                    property.PropertyInfo!.SetValue(entity, principalKey.GetGetter().GetClrValue(value));
                else
                    foreach (var dependent in navigation.IsCollection ? ((System.Collections.IEnumerable)value).Cast<object>() : [value])
                        property.PropertyInfo!.SetValue(dependent, principalKey.GetGetter().GetClrValue(entity));
            }
        }
    }

    private static IProperty SingleIntKey(IEntityType type)
    {
        var key = type.FindPrimaryKey()?.Properties is [var only] ? only : null;
        return key is { ClrType: var clr, PropertyInfo: not null } && clr == typeof(int)
            ? key
            : throw new NotSupportedException($"{type.DisplayName()} needs a single int key to be bulk inserted.");
    }

    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var left = types.ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var ready = left.FirstOrDefault(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType) || !left.Contains(fk.PrincipalEntityType)))
                ?? throw new NotSupportedException("The archive model has a cycle of foreign keys.");
            ordered.Add(ready);
            left.Remove(ready);
        }
        return ordered;
    }

    private static void Insert(IEntityType type, List<object> entities, DbConnection connection, DbTransaction transaction)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var properties = type.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new NotSupportedException($"{type.DisplayName()}.{shadow.Name} is a shadow property; bulk insert reads CLR properties only.");
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = new DbParameter[properties.Count];
        for (var i = 0; i < properties.Count; i++)
            parameters[i] = properties[i].GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null, properties[i].IsNullable);
        command.Parameters.AddRange(parameters);
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({columns}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        command.Prepare();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var converters = properties.Select(p => p.GetRelationalTypeMapping().Converter).ToArray();
        foreach (var entity in entities)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var value = getters[i].GetClrValue(entity);
                if (value is not null && converters[i] is { } converter) value = converter.ConvertToProvider(value);
                parameters[i].Value = value ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }
}
