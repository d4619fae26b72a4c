using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Import;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>
/// The party one article gives a person reaches another article's figures: "David Cameron had 331 seats" is the
/// Conservatives' where another article of the archive says he leads them, and no one's where none does. Through the
/// real importer on a SQLite file; texts written here.
/// </summary>
public class ArchivePartiesTests : IDisposable
{
    private readonly TempFolder _data = new();

    private const string Seats = "By Friday lunchtime David Cameron had 331 seats and a 12-seat majority at the general election.";

    private async Task<List<(string? Party, decimal Value)>> SeatsFiled(params (string Headline, string Body)[] articles)
    {
        var dated = new DatedArticles(new DateOnly(2015, 5, 9));
        foreach (var (headline, body) in articles) dated.Write(headline, body);
        using var seeds = dated.Folder();
        var database = new SqliteArchive("Data Source=archive.db", _data.Path);
        var report = await new ArchiveImporter(database).ImportAsync(seeds.Path);
        Assert.Null(report.Error);
        await using var db = database.OpenContext();
        return (await db.Figures.Where(f => f.Kind == NewsArchive.Elections.FigureKind.Seats).Select(f => new { f.Party, f.Value }).ToListAsync())
            .Select(f => (f.Party, f.Value)).ToList();
    }

    [Fact]
    public async Task A_persons_seats_are_the_party_another_article_gives_them() =>
        Assert.Equal([("Conservative", 331m)], await SeatsFiled(
            ("Cameron campaigns in Swindon", "The Conservative leader, David Cameron, campaigned in Swindon."),
            ("The count", Seats)));

    [Fact]
    public async Task A_persons_seats_with_no_party_anywhere_are_left_out() =>
        Assert.Empty(await SeatsFiled(("Cameron campaigns in Swindon", "David Cameron campaigned in Swindon."), ("The count", Seats)));

    [Fact]
    public void A_given_name_alone_gets_no_party_from_the_archive_for_it_names_different_people()
    {
        var parties = new ArchiveParties();
        parties.Count("David", ["Conservative"]);
        parties.Count("David", ["Conservative"]);
        parties.Count("David Cameron", ["Conservative"]);
        Assert.Equal(["david cameron"], parties.Settled().Keys);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
