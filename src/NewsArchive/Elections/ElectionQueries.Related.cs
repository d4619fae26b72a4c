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

    public static async Task<IReadOnlyList<PersonCandidacy>> ForPersonAsync(ArchiveDbContext db, string personSlug, CancellationToken cancellationToken = default)
    {
        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.Person != null && c.Person.Slug == personSlug)
            .Join(db.Elections, c => c.ElectionEntryId, e => e.Id, (c, e) => new { e.Slug, e.Name, e.Year, c.Party, c.Outcome })
            .ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking().Where(f => f.Person != null && f.Person.Slug == personSlug)
            .Join(db.Elections, f => f.ElectionEntryId, e => e.Id, (f, e) => new
            {
                e.Slug, e.Name, e.Year,
                Figure = new PersonFigure(f.Kind, f.Round, f.Text, f.Value, f.Bound, f.OutOf, f.Article.Slug, f.Article.Headline, f.Paragraph, f.Sentence, f.Status),
            })
            .ToListAsync(cancellationToken);
        return candidacies.Select(c => new ElectionLink(c.Slug, c.Name, c.Year))
            .Concat(figures.Select(f => new ElectionLink(f.Slug, f.Name, f.Year)))
            .Distinct()
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new PersonCandidacy(e,
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Party).OfType<string>().Distinct().ToList(),
                candidacies.Where(c => c.Slug == e.Slug).Select(c => c.Outcome).OfType<Outcome>().Distinct().Select(o => o.ToString()).ToList(),
                figures.Where(f => f.Slug == e.Slug).Select(f => f.Figure).ToList()))
            .ToList();
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
