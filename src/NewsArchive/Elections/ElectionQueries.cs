using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>The reads behind the election pages and the elections API, so both show the same data.</summary>
public static partial class ElectionQueries
{
    public sealed record Summary(string Slug, string Id, string Name, ElectionKind Kind, string Area, int Year, DateOnly? PollDate, IReadOnlyList<string> Winners, int ArticleCount);

    public sealed record Source(int Number, string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

    public sealed record Figure(FigureKind Kind, string Text, decimal Value, Bound Bound, CountRound Round, FigureStatus Status, bool RoundFromContext, int? OutOf, bool Curated, Source Source);

    public sealed record Candidate(string Name, string? PersonSlug, IReadOnlyList<string> Parties, IReadOnlyList<string> Outcomes, IReadOnlyList<Figure> Figures, IReadOnlyList<Source> Sources);

    public sealed record ArticleLink(string Slug, string Headline, DateOnly? PublishedOn);

    public sealed record Detail(
        string Slug, string Id, string Name, ElectionKind Kind, string Area, int Year, DateOnly? PollDate, string? VotingSystem,
        Summary? Parent, IReadOnlyList<Candidate> Candidates, IReadOnlyList<Source> Sources, IReadOnlyList<ArticleLink> Articles)
    {
        public IReadOnlyList<Candidate> Winners => Candidates.Where(c => c.Outcomes.Contains("Elected")).ToList();

        public IEnumerable<(Candidate Candidate, Figure Figure)> Majorities =>
            Candidates.SelectMany(c => c.Figures.Where(f => f.Kind == FigureKind.Majority).Select(f => (c, f)));
    }

    public static async Task<IReadOnlyList<Summary>> ListAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var elections = await db.Elections.AsNoTracking()
            .Select(e => new { e.Id, e.Slug, e.DemocracyClubId, e.Name, e.Kind, e.Area, e.Year, e.PollDate })
            .ToListAsync(cancellationToken);
        var articles = (await db.ElectionCoverage.AsNoTracking().Select(c => new { c.ElectionEntryId, c.ArticleId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.ElectionEntryId);
        var winners = (await db.Candidacies.AsNoTracking().Where(c => c.Outcome == Outcome.Elected)
                .Select(c => new { c.ElectionEntryId, Name = c.Person != null ? c.Person.Name : c.Party }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.ElectionEntryId, c => c.Name!);
        return elections
            .Select(e => new Summary(e.Slug, e.DemocracyClubId, e.Name, e.Kind, e.Area, e.Year, e.PollDate, winners[e.Id].Order().ToList(), articles[e.Id].Count()))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, CancellationToken cancellationToken = default)
    {
        var election = await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (election is null) return null;

        var figures = await db.Figures.AsNoTracking().Where(f => f.ElectionEntryId == election.Id).OrderBy(f => f.Article.PublishedOn).ThenBy(f => f.ArticleId).ThenBy(f => f.Paragraph)
            .Select(f => new Row(f.Person != null ? f.Person.Name : null, f.Person != null ? f.Person.Slug : null, f.Party, null, f.Kind, f.Text, f.Value, f.Bound, f.Round, f.Status,
                f.RoundFromContext, f.OutOf, f.Curated, f.Article.Slug, f.Article.Headline, f.Article.PublishedOn, f.Paragraph, f.Sentence))
            .ToListAsync(cancellationToken);
        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.ElectionEntryId == election.Id).OrderBy(c => c.Article.PublishedOn).ThenBy(c => c.ArticleId).ThenBy(c => c.Paragraph)
            .Select(c => new Row(c.Person != null ? c.Person.Name : null, c.Person != null ? c.Person.Slug : null, c.Party, c.Outcome, null, null, 0, Bound.Exact, CountRound.NotStated,
                FigureStatus.Result, false, null, false, c.Article.Slug, c.Article.Headline, c.Article.PublishedOn, c.Paragraph, c.Sentence))
            .ToListAsync(cancellationToken);
        var articles = await db.ElectionCoverage.AsNoTracking().Where(c => c.ElectionEntryId == election.Id)
            .Select(c => new ArticleLink(c.Article.Slug, c.Article.Headline, c.Article.PublishedOn)).Distinct().ToListAsync(cancellationToken);
        var parent = election.ParentSlug is null ? null
            : (await ListAsync(db, cancellationToken)).FirstOrDefault(e => e.Slug == election.ParentSlug);

        var (candidates, sources) = Assemble(figures, candidacies);
        return new Detail(election.Slug, election.DemocracyClubId, election.Name, election.Kind, election.Area, election.Year, election.PollDate,
            election.VotingSystem, parent, candidates, sources,
            articles.OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Headline, StringComparer.Ordinal).ToList());
    }
}
