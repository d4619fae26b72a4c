using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

using NewsArchive.Language;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    public sealed record ElectionLink(string Slug, string Name, int Year);

    /// <summary>A person's standing in one election, as the articles state it.</summary>
    public sealed record PersonCandidacy(ElectionLink Election, IReadOnlyList<string> Parties, IReadOnlyList<string> Outcomes, IReadOnlyList<PersonFigure> Figures);

    public sealed record PersonFigure(FigureKind Kind, CountRound Round, string Text, decimal Value, Bound Bound, int? OutOf, string ArticleSlug, string Headline, int Paragraph, string Sentence, FigureStatus Status = FigureStatus.Result);

    /// <summary>Elections a person page shows with the person's standing and figures, the newest first; earlier
    /// ones are named with a link, so the page does not grow with every result the archive gathers.</summary>
    public const int PersonElectionsShown = 10;

    /// <summary>A person's elections, newest first: the first <see cref="PersonElectionsShown"/> with their
    /// standing and figures (only those elections' figures are read), the rest as links.</summary>
    public static async Task<(IReadOnlyList<PersonCandidacy> Newest, IReadOnlyList<ElectionLink> Earlier)> ForPersonAsync(
        ArchiveDbContext db, int personId, CancellationToken cancellationToken = default)
    {
        // By the person's id, through the PersonId indexes: filtered by the person's slug through a join, SQLite went
        // through every figure of the archive.
        // Each (election, party, outcome) once, in SQL: a candidate is named as standing in every article on the race.
        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.PersonId == personId).Select(c => new { c.ElectionEntryId, c.Party, c.Outcome }).Distinct()
            .Join(db.Elections, c => c.ElectionEntryId, e => e.Id, (c, e) => new { e.Slug, e.Name, e.Year, c.Party, c.Outcome })
            .ToListAsync(cancellationToken);
        var figures = db.Figures.AsNoTracking().Where(f => f.PersonId == personId);
        var figureElections = await figures.Select(f => f.ElectionEntryId).Distinct()
            .Join(db.Elections, id => id, e => e.Id, (id, e) => new ElectionLink(e.Slug, e.Name, e.Year)).ToListAsync(cancellationToken);
        var elections = candidacies.Select(c => new ElectionLink(c.Slug, c.Name, c.Year)).Concat(figureElections).Distinct()
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var newest = elections.Take(PersonElectionsShown).Select(e => e.Slug).ToList();
        var shownFigures = await figures.Join(db.Elections, f => f.ElectionEntryId, e => e.Id, (f, e) => new { f, e.Slug })
            .Where(x => newest.Contains(x.Slug)).OrderBy(x => x.f.Id)
            .Select(x => new
            {
                x.Slug,
                Figure = new PersonFigure(x.f.Kind, x.f.Round, x.f.Text, x.f.Value, x.f.Bound, x.f.OutOf, x.f.Article.Slug, x.f.Article.Headline, x.f.Paragraph, x.f.Sentence, x.f.Status),
            })
            .ToListAsync(cancellationToken);
        var shown = elections.Take(PersonElectionsShown)
            .Select(e => new PersonCandidacy(e,
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Party).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Outcome).OfType<Outcome>().Distinct().Order().Select(o => o.ToString()).ToList(),
                shownFigures.Where(f => f.Slug == e.Slug).Select(f => f.Figure).ToList()))
            .ToList();
        return (shown, elections.Skip(PersonElectionsShown).ToList());
    }

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
