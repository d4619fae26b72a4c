using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Import;
using NewsArchive.People;

namespace NewsArchive.Bench.Gold;

/// <summary>A person of one article: the parties the article gives them, and the one party the archive's articles
/// settle on (<see cref="ArchiveParties"/>), which the election reading uses where the article gives none.</summary>
internal sealed record FoundPerson(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Parties, string? ArchiveParty);

internal sealed record FoundQuote(string Speaker, string Text);

internal sealed record FoundElection(string Kind, string Place, int Year);

internal sealed record FoundFigure(FoundElection Election, string? Person, string? Party, FigureKind Kind, decimal Value, FigureStatus Status, string Text);

/// <summary>What the archive says about one article, read back from the database the importer wrote.</summary>
internal sealed record ArticleReading(
    IReadOnlyList<FoundPerson> People, IReadOnlyList<FoundQuote> Quotes, IReadOnlyList<FoundElection> Elections, IReadOnlyList<FoundFigure> Figures);

/// <summary>Imports articles with the real importer into a new SQLite file and reads back, per file, the
/// people, quotes, elections and figures the archive would show for it.</summary>
internal static class ArchiveReader
{
    public static Dictionary<string, ArticleReading> ImportAndRead(string folder, string dbPath)
    {
        foreach (var old in new[] { dbPath, dbPath + "-wal", dbPath + "-shm", dbPath + "-journal" }) File.Delete(old);
        var database = new SqliteArchive($"Data Source={dbPath}", Environment.CurrentDirectory);
        var report = new ArchiveImporter(database).ImportAsync(Path.GetFullPath(folder)).GetAwaiter().GetResult();
        if (report.Error is not null) throw new InvalidOperationException(report.Error);
        using var db = database.OpenContext();

        var files = db.Articles.AsNoTracking().Select(a => new { a.Id, a.FileName }).ToDictionary(a => a.Id, a => a.FileName);
        var people = db.Appearances.AsNoTracking().Select(a => new { a.ArticleId, a.PersonId }).ToList();
        var persons = db.People.AsNoTracking().Select(p => new { p.Id, p.Name, Aliases = p.Aliases.Select(a => a.Text).ToList() }).ToDictionary(p => p.Id);
        var affiliations = db.Affiliations.AsNoTracking().Select(a => new { a.ArticleId, a.PersonId, a.Party }).Distinct().ToList();
        var archiveParties = new ArchiveParties();
        foreach (var article in affiliations.GroupBy(a => (a.ArticleId, a.PersonId)))
            archiveParties.Count(persons[article.Key.PersonId].Name, article.Select(a => a.Party));
        var settled = archiveParties.Settled();
        var quotes = db.Quotes.AsNoTracking().Select(q => new { q.ArticleId, q.PersonId, q.Text }).ToList();
        var elections = db.Elections.AsNoTracking().Select(e => new { e.Id, e.Kind, e.Area, e.Year, e.ParentSlug, e.Slug }).ToList();
        var bySlug = elections.ToDictionary(e => e.Slug);
        FoundElection Scored(int id)
        {
            var e = elections.First(x => x.Id == id);
            // A constituency contest is scored as the election it was part of.
            if (e.Kind == ElectionKind.Constituency)
                return e.ParentSlug is { } parent && bySlug.TryGetValue(parent, out var p) ? Describe(p.Kind, p.Area, p.Year) : new FoundElection("general", "UK", e.Year);
            return Describe(e.Kind, e.Area, e.Year);
        }
        var coverage = db.ElectionCoverage.AsNoTracking().Select(c => new { c.ArticleId, c.ElectionEntryId }).Distinct().ToList();
        var figures = db.Figures.AsNoTracking()
            .Select(f => new { f.ArticleId, f.ElectionEntryId, f.PersonId, f.Party, f.Kind, f.Value, f.Status, f.Text }).ToList();

        return files.ToDictionary(pair => pair.Value, pair =>
        {
            var id = pair.Key;
            return new ArticleReading(
                people.Where(a => a.ArticleId == id).Select(a => new FoundPerson(persons[a.PersonId].Name, persons[a.PersonId].Aliases,
                    affiliations.Where(f => f.ArticleId == id && f.PersonId == a.PersonId).Select(f => f.Party).Distinct().ToList(),
                    settled.GetValueOrDefault(PersonName.Key(persons[a.PersonId].Name)))).ToList(),
                quotes.Where(q => q.ArticleId == id).Select(q => new FoundQuote(persons[q.PersonId].Name, q.Text)).ToList(),
                coverage.Where(c => c.ArticleId == id).Select(c => Scored(c.ElectionEntryId)).Distinct().ToList(),
                figures.Where(f => f.ArticleId == id).Select(f => new FoundFigure(Scored(f.ElectionEntryId),
                    f.PersonId is { } p ? persons[p].Name : null, f.Party, f.Kind, f.Value, f.Status, f.Text)).ToList());
        }, StringComparer.Ordinal);
    }

    /// <summary>The gold's names for our kinds (gold/ANNOTATING.md).</summary>
    public static FoundElection Describe(ElectionKind kind, string area, int year) => kind switch
    {
        ElectionKind.General => new("general", "UK", year),
        ElectionKind.DevolvedParliament => new(area switch { "Scotland" => "scottish-parliament", "Wales" => "senedd", "Northern Ireland" => "ni-assembly", "London" => "london-assembly", _ => "devolved" }, area, year),
        ElectionKind.EuropeanParliament => new("european-parliament", area, year),
        _ => new(KindName(kind), area, year),
    };

    private static string KindName(ElectionKind kind) => kind switch
    {
        ElectionKind.ByElection => "by-election",
        ElectionKind.PartyLeadership => "leadership",
        _ => System.Text.RegularExpressions.Regex.Replace(kind.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant(),
    };
}
