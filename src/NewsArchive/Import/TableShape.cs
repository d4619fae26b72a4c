using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Data;

namespace NewsArchive.Import;

/// <summary>
/// One table of the archive as the importer writes it, read from the EF Core model: the same table, columns
/// and value conversions SaveChanges would use, without its per-entity change tracking, which costs far more
/// than the database itself for a whole archive. Only the entity's own columns are read; keys and foreign
/// keys are set by the writer before a row is taken.
/// </summary>
internal sealed class TableShape
{
    private readonly IPropertyBase[] _properties;
    private readonly IClrPropertyGetter[] _getters;
    private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?[] _converters;

    private TableShape(IEntityType type)
    {
        Name = type.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Name, type.GetSchema());
        var properties = type.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new NotSupportedException($"{type.DisplayName()}.{shadow.Name} is a shadow property; the importer reads CLR properties only.");
        _properties = [.. properties];
        _getters = [.. properties.Select(p => p.GetGetter())];
        _converters = [.. properties.Select(p => p.GetRelationalTypeMapping().Converter)];
        Columns = [.. properties.Select(p => p.GetColumnName(table)!)];
        Mappings = [.. properties.Select(p => p.GetRelationalTypeMapping())];
    }

    public static TableShape Of<T>(IModel model) =>
        new(model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the archive model."));

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<RelationalTypeMapping> Mappings { get; }

    /// <summary>The entity's values as the database stores them.</summary>
    public object?[] Row(object entity)
    {
        var values = new object?[_getters.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = _getters[i].GetClrValue(entity);
            if (value is not null && _converters[i] is { } converter) value = converter.ConvertToProvider(value);
            values[i] = value;
        }
        return values;
    }

    public RowBatch Batch(IReadOnlyList<object?[]> rows, string? table = null) => new(table ?? Name, Columns, Mappings, rows);

    /// <summary>The column holding this entity property, by CLR name.</summary>
    public string Column(string property) => Columns[Array.FindIndex(_properties, p => p.Name == property)];
}
