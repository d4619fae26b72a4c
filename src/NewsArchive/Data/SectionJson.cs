using System.Text.Json;

namespace NewsArchive.Data;

/// <summary>
/// A page's section put together when the archive is built and kept as JSON in <see cref="StoredSection"/>: what
/// the page would otherwise read and reduce from every figure and candidacy on every visit. The same code puts it
/// together either way, so the page is the same; the page reads one row, with one prepared statement.
/// </summary>
public static class SectionJson
{
    private const string Sql = """SELECT "Json" FROM "StoredSections" WHERE "Owner" = @p0""";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string PersonOwner(int personId) => $"person:{personId}";

    /// <summary>Every election of a person's, for their elections page.</summary>
    public static string PersonElectionsOwner(int personId) => $"person-elections:{personId}";

    /// <summary>A person's aliases, parties and roles (<see cref="People.PersonFacts"/>).</summary>
    public static string FactsOwner(int personId) => $"facts:{personId}";

    public static string PartyOwner(string party) => $"party:{party}";

    /// <summary>Every election with a result for a party, for its elections page.</summary>
    public static string PartyElectionsOwner(string party) => $"party-elections:{party}";

    public static string Write<T>(T section) => JsonSerializer.Serialize(section, Options);

    /// <summary>The section stored for <paramref name="owner"/>, or none when nothing was stored (nothing to show).</summary>
    public static async Task<T?> ReadAsync<T>(ArchiveDbContext db, string owner, CancellationToken cancellationToken) where T : class =>
        await ReaderCommands.ReadAsync(db, Sql, r => r.GetString(0), cancellationToken, owner) is [var json]
            ? JsonSerializer.Deserialize<T>(json, Options)
            : null;
}
