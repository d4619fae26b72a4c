using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

using NewsArchive.Language;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    public sealed record ElectionLink(string Slug, string Name, int Year);

    /// <summary>A person's standing in one election, as the articles state it, with its figures as the page's lines.</summary>
    public sealed record PersonCandidacy(ElectionLink Election, IReadOnlyList<string> Parties, IReadOnlyList<string> Outcomes, IReadOnlyList<FigureLine> Lines);

    /// <summary>A person's elections: the newest with their standing, the rest named.</summary>
    public sealed record PersonElections(IReadOnlyList<PersonCandidacy> Newest, IReadOnlyList<ElectionLink> Earlier);

    /// <summary>Earlier elections a person or party page names; the rest are counted, and listed on their elections page.</summary>
    public const int EarlierNamed = 10;

    /// <summary>A person's elections as their page reads them, stored when the archive is built: the newest with their
    /// standing, the first <see cref="EarlierNamed"/> earlier ones named and how many there are. Storing every earlier
    /// election made the page read a list that grows with the archive (324 links, 31,670 bytes of JSON for the person
    /// in most articles at 100,000) to name ten of it.</summary>
    public sealed record PersonPageElections(IReadOnlyList<PersonCandidacy> Newest, IReadOnlyList<ElectionLink> EarlierNamed, int EarlierCount)
    {
        public static PersonPageElections Of(PersonElections elections) =>
            new(elections.Newest, [.. elections.Earlier.Take(ElectionQueries.EarlierNamed)], elections.Earlier.Count);
    }

    public sealed record PersonFigure(FigureKind Kind, CountRound Round, string Text, decimal Value, Bound Bound, int? OutOf, string ArticleSlug, string Headline, int Paragraph, string Sentence, FigureStatus Status = FigureStatus.Result);

    /// <summary>Elections a person page shows with the person's standing and figures, the newest first; earlier
    /// ones are named with a link, so the page does not grow with every result the archive gathers.</summary>
    public const int PersonElectionsShown = 10;

    /// <summary>A person's elections, newest first: the first <see cref="PersonElectionsShown"/> with their
    /// standing and figure lines, the next <see cref="EarlierNamed"/> as links, and how many earlier ones there are.
    /// Read as put together when the archive was built
    /// (<c>Import.PersonElectionSections</c>): the figures of someone who stood often are hundreds of rows.</summary>
    public static async Task<PersonPageElections> ForPersonAsync(ArchiveDbContext db, int personId, CancellationToken cancellationToken = default) =>
        await SectionJson.ReadAsync<PersonPageElections>(db, SectionJson.PersonOwner(personId), cancellationToken) ?? new PersonPageElections([], [], 0);

    /// <summary>Every election of a person's, newest first, for their elections page (stored on its own,
    /// <see cref="SectionJson.PersonElectionsOwner"/>).</summary>
    public static async Task<IReadOnlyList<ElectionLink>> AllForPersonAsync(ArchiveDbContext db, int personId, CancellationToken cancellationToken = default) =>
        await SectionJson.ReadAsync<List<ElectionLink>>(db, SectionJson.PersonElectionsOwner(personId), cancellationToken) ?? [];

    /// <summary>An election an article refers to, for machines.</summary>
    public sealed record ArticleElection(string Slug, string Name, ElectionKind Kind, string Area, int Year);

    public static async Task<IReadOnlyList<ArticleElection>> InArticleAsync(ArchiveDbContext db, string articleSlug, CancellationToken cancellationToken = default) =>
        (await db.ElectionCoverage.AsNoTracking().Where(c => c.Article.Slug == articleSlug)
            .Join(db.Elections, c => c.ElectionEntryId, e => e.Id, (c, e) => new ArticleElection(e.Slug, e.Name, e.Kind, e.Area, e.Year))
            .Distinct().ToListAsync(cancellationToken))
        .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();

    public static async Task<IReadOnlyList<ElectionLink>> ForArticleAsync(ArchiveDbContext db, string articleSlug, CancellationToken cancellationToken = default) =>
        (await db.ElectionCoverage.AsNoTracking().Where(c => c.Article.Slug == articleSlug)
            .Join(db.Elections, c => c.ElectionEntryId, e => e.Id, (c, e) => new ElectionLink(e.Slug, e.Name, e.Year))
            .Distinct().ToListAsync(cancellationToken))
        .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
}
