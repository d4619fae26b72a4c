using System.Globalization;
using System.Text.Json;
using NewsArchive.Data;

namespace NewsArchive.Import;

/// <summary>
/// Keeps the last few import reports as JSON files beside the database. They live outside the database
/// because a failed import has no new database to hold its report.
/// </summary>
public sealed class ImportReportStore(ArchiveDatabase database)
{
    public const int Kept = 10;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private string Folder => Path.Combine(database.DataFolder, "import-reports");

    public void Save(ImportReport report)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{report.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{(report.Succeeded ? "ok" : "failed")}.json";
        File.WriteAllText(Path.Combine(Folder, name), ToJson(report));
        foreach (var old in Files().Skip(Kept)) File.Delete(old);
    }

    public IReadOnlyList<ImportReport> Recent(int count = Kept) =>
        Files().Take(count).Select(f => JsonSerializer.Deserialize<ImportReport>(File.ReadAllText(f), Json)!).ToList();

    public static string ToJson(ImportReport report) => JsonSerializer.Serialize(report, Json);

    private IEnumerable<string> Files() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.json").OrderDescending(StringComparer.Ordinal) : [];
}
