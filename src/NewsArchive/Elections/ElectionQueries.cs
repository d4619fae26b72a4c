using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>The reads behind the election pages and the elections API, so both show the same data.</summary>
public static partial class ElectionQueries
{
    /// <summary>An election in the list. <see cref="HasResults"/> is false for one the articles only mention.</summary>
    public sealed record Summary(string Slug, string Id, string Name, ElectionKind Kind, string Area, int Year, DateOnly? PollDate, IReadOnlyList<string> Winners, int ArticleCount, bool HasResults);

    public sealed record Source(int Number, string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

    public sealed record Figure(FigureKind Kind, string Text, decimal Value, Bound Bound, CountRound Round, FigureStatus Status, bool RoundFromContext, int? OutOf, bool Curated, Source Source)
    {
        /// <summary>The post of a body's election the figure is for ("Felix Editor"), when its article names it.</summary>
        public string? Post { get; init; }

        /// <summary>The part of the electorate a turnout or count of voters is told of ("undergraduates"), when not the whole's.</summary>
        public string? Part { get; init; }
    }

    public sealed record Candidate(string Name, string? PersonSlug, IReadOnlyList<string> Parties, IReadOnlyList<string> Outcomes, IReadOnlyList<Figure> Figures, IReadOnlyList<Source> Sources)
    {
        /// <summary>The posts of a body's election the articles say the candidate stood for.</summary>
        public IReadOnlyList<string> Posts { get; init; } = [];
    }

    public sealed record ArticleLink(string Slug, string Headline, DateOnly? PublishedOn);

    /// <summary>A sentence of an article that names the election.</summary>
    public sealed record Mention(string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

    public sealed record Detail(
        string Slug, string Id, string Name, ElectionKind Kind, string Area, int Year, DateOnly? PollDate, string? VotingSystem,
        Summary? Parent, IReadOnlyList<Candidate> Candidates, IReadOnlyList<Figure> Turnout, IReadOnlyList<Source> Sources,
        PageOf<ArticleLink> Coverage, IReadOnlyList<Mention> Mentions, IReadOnlyList<Figure> VotesCast)
    {
        /// <summary>One page of the articles that name the election, newest first; <see cref="Mentions"/> are their sentences.</summary>
        public IReadOnlyList<ArticleLink> Articles => Coverage.Items;
        public int ArticleCount => Coverage.Total;

        public IReadOnlyList<Candidate> Winners => Candidates.Where(c => c.Outcomes.Contains("Elected")).ToList();

        /// <summary>Winners' majorities as declared; a tally's or an exit poll's, or a part's of the electorate (a
        /// region's lead), is shown with its label elsewhere.</summary>
        public IEnumerable<(Candidate Candidate, IReadOnlyList<Figure> Figures)> Majorities =>
            Candidates.Select(c => (c, (IReadOnlyList<Figure>)c.Figures.Where(f => f.Kind == FigureKind.Majority && f.Status == FigureStatus.Result && f.Part is null).ToList()))
                .Where(m => m.Item2.Count > 0);

        /// <summary>False when the articles only mention the election: then its page is a short one.</summary>
        public bool HasResults => Candidates.Count > 0 || Turnout.Count > 0 || VotesCast.Count > 0;

        /// <summary>Every candidate the articles name in the race; <see cref="Candidates"/> may hold only the first.</summary>
        public int CandidateCount { get; init; }

        /// <summary>The posts of a body's election its figures are for, in the order the articles first give them;
        /// none for any other kind of election.</summary>
        public IReadOnlyList<string> Posts { get; init; } = [];

        /// <summary>The contests of their own that were part of it (see <see cref="Part"/>).</summary>
        public IReadOnlyList<Part> Parts { get; init; } = [];
    }

    public static async Task<IReadOnlyList<Summary>> ListAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var elections = await db.Elections.AsNoTracking()
            .Select(e => new { e.Id, e.Slug, e.DemocracyClubId, e.Name, e.Kind, e.Area, e.Year, e.PollDate })
            .ToListAsync(cancellationToken);
        var articles = (await db.ElectionCoverage.AsNoTracking().Select(c => new { c.ElectionEntryId, c.ArticleId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.ElectionEntryId);
        var winners = (await db.Candidacies.AsNoTracking().Where(c => c.Outcome == Outcome.Elected)
                .Select(c => new { c.ElectionEntryId, Person = c.Person != null ? c.Person.Name : null, c.Party }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(c => c.ElectionEntryId);
        var withResults = (await db.Figures.AsNoTracking().Select(f => f.ElectionEntryId)
            .Union(db.Candidacies.AsNoTracking().Select(c => c.ElectionEntryId)).ToListAsync(cancellationToken)).ToHashSet();
        return elections
            .Select(e => new Summary(e.Slug, e.DemocracyClubId, e.Name, e.Kind, e.Area, e.Year, e.PollDate, WinnerNames(winners[e.Id].Select(w => (w.Person, w.Party)), e.Kind),
                articles[e.Id].Count(), withResults.Contains(e.Id)))
            .OrderByDescending(e => e.Year).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How many articles (with their sentences naming the election) the elections API lists, newest first.</summary>
    public const int Shown = 100;

    /// <summary>An election, with every figure and candidacy (the results summarise them all), and one page of the
    /// articles that name it; only that page's articles and mentions are read. The sources page and the API read this;
    /// the election page reads only what it shows (<see cref="GetPageAsync"/>).</summary>
    /// <param name="page">1 for the newest; a page past the end has no articles.</param>
    public static async Task<Detail?> GetAsync(ArchiveDbContext db, string slug, int page = 1, int perPage = Shown, CancellationToken cancellationToken = default)
    {
        var election = await db.Elections.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (election is null) return null;
        var (figures, candidacies) = await RowsAsync(db, election.Id, cancellationToken);
        var assembly = Assemble(figures, candidacies, election.Kind);
        return await DetailAsync(db, election, assembly, page, perPage, cancellationToken) with { CandidateCount = assembly.Candidates.Count, Posts = assembly.Posts };
    }

    /// <summary>Every figure and candidacy of the race, each with its article and sentence, in date order; rows of one
    /// paragraph in the order they were read (by id), so the page's table, built at import, and a read of the whole race
    /// number their sources alike (PostgreSQL keeps no order of ties between two reads).</summary>
    private static async Task<(List<Row> Figures, List<Row> Candidacies)> RowsAsync(ArchiveDbContext db, int electionId, CancellationToken cancellationToken)
    {
        var figures = await db.Figures.AsNoTracking().Where(f => f.ElectionEntryId == electionId).OrderBy(f => f.Article.PublishedOn).ThenBy(f => f.ArticleId).ThenBy(f => f.Paragraph).ThenBy(f => f.Id)
            .Select(f => new Row(f.Person != null ? f.Person.Name : null, f.Person != null ? f.Person.Slug : null, f.Party, null, f.Kind, f.Text, f.Value, f.Bound, f.Round, f.Status,
                f.RoundFromContext, f.OutOf, f.Curated, f.Article.Slug, f.Article.Headline, f.Article.PublishedOn, f.Paragraph, f.Sentence, null, 0, f.Post, f.Part))
            .ToListAsync(cancellationToken);
        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.ElectionEntryId == electionId).OrderBy(c => c.Article.PublishedOn).ThenBy(c => c.ArticleId).ThenBy(c => c.Paragraph).ThenBy(c => c.Id)
            .Select(c => new Row(c.Person != null ? c.Person.Name : null, c.Person != null ? c.Person.Slug : null, c.Party, c.Outcome, null, null, 0, Bound.Exact, CountRound.NotStated,
                FigureStatus.Result, false, null, false, c.Article.Slug, c.Article.Headline, c.Article.PublishedOn, c.Paragraph, c.Sentence, null, 0, c.Post))
            .ToListAsync(cancellationToken);
        return (figures, candidacies);
    }

    /// <summary>The election with its assembled results, one page of the articles that name it and their mentions.</summary>
    private static async Task<Detail> DetailAsync(ArchiveDbContext db, ElectionEntry election, Assembly assembly, int page, int perPage, CancellationToken cancellationToken)
    {
        // From the election's articles, listed once each when the archive was built, in list order on their index: a
        // DISTINCT over every coverage row of a race many articles name was a third of its page's time.
        var (coverage, mentions) = await CoverageAsync(db, election.Id, page, perPage, cancellationToken);
        var parent = election.ParentSlug is null ? null
            : (await ListAsync(db, cancellationToken)).FirstOrDefault(e => e.Slug == election.ParentSlug);
        return new Detail(election.Slug, election.DemocracyClubId, election.Name, election.Kind, election.Area, election.Year, election.PollDate,
            election.VotingSystem, parent, assembly.Candidates, assembly.Turnout, assembly.Sources, coverage, mentions, assembly.VotesCast)
        {
            Parts = await PartsAsync(db, election.Slug, cancellationToken),
        };
    }
}
