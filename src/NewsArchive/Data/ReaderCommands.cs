using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsArchive.Data;

/// <summary>A reader connection that keeps its statements prepared between requests (SQLite's, which the archive
/// keeps open): a statement is compiled once per connection, not on every request.</summary>
public interface IKeepsPreparedCommands
{
    /// <summary>This connection's command for <paramref name="sql"/>, prepared, with <paramref name="parameters"/>
    /// parameters named @p0, @p1 …; it stays the connection's, so it is never disposed by its user.</summary>
    DbCommand Prepared(string sql, int parameters);
}

/// <summary>
/// Hand-written reads for the pages read most: plain SQL that SQLite and PostgreSQL both run, on the request's
/// connection, without EF Core's query pipeline (which, with every statement prepared again, was most of an
/// uncached article page's time). Rows are read by position, in the order the SQL names the columns.
/// </summary>
public static class ReaderCommands
{
    /// <param name="sql">A constant: a connection keeps a prepared statement for each one it is given.</param>
    /// <param name="values">The parameters' values, as @p0, @p1 … in the SQL (null is SQL NULL).</param>
    public static async Task<List<T>> ReadAsync<T>(ArchiveDbContext db, string sql, Func<DbDataReader, T> row,
        CancellationToken cancellationToken, params object?[] values)
    {
        // The request's connection is open already; a context of its own (a test's, the importer's) opens it here.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var kept = connection as IKeepsPreparedCommands;
        var command = kept?.Prepared(sql, values.Length) ?? Command(connection, sql, values.Length);
        try
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(row(reader));
            return rows;
        }
        finally
        {
            if (kept is null) await command.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One page of a list, as <see cref="Paging.PageAsync{T}"/> reads it: <paramref name="countSql"/> counts the
    /// whole list, and <paramref name="pageSql"/>, given the same values and then the page's size and offset as its last
    /// two parameters (LIMIT and OFFSET), reads the page's rows; a page before the first or past the last reads none.</summary>
    public static async Task<PageOf<T>> PageAsync<T>(ArchiveDbContext db, string countSql, string pageSql, Func<DbDataReader, T> row,
        int number, int size, CancellationToken cancellationToken, params object?[] values)
    {
        var total = (await ReadAsync(db, countSql, r => Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken, values))[0];
        return await PageAsync(db, total, pageSql, row, number, size, cancellationToken, values);
    }

    /// <summary>One page of a list whose length is known (counted when the archive was built): <paramref name="pageSql"/>
    /// as <see cref="PageAsync{T}(ArchiveDbContext, string, string, Func{DbDataReader, T}, int, int, CancellationToken, object?[])"/> takes it.</summary>
    public static async Task<PageOf<T>> PageAsync<T>(ArchiveDbContext db, int total, string pageSql, Func<DbDataReader, T> row,
        int number, int size, CancellationToken cancellationToken, params object?[] values)
    {
        if (number < 1 || number > Paging.PageCount(total, size)) return new PageOf<T>([], total, number, size);
        var items = await ReadAsync(db, pageSql, row, cancellationToken, [.. values, size, (number - 1) * size]);
        return new PageOf<T>(items, total, number, size);
    }

    /// <summary>A new command with its parameters @p0, @p1 … (values set before each run).</summary>
    public static DbCommand Command(DbConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
