using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Elections;

public class DetailsModel(ArchiveDbContext db) : ArchivePageModel
{
    /// <summary>Candidates shown in the results, winners and the largest votes first; the sources page lists every one.</summary>
    public const int CandidatesShown = ElectionQueries.CandidatesShown;

    /// <summary>The election with its first <see cref="CandidatesShown"/> candidates.</summary>
    public ElectionQueries.Detail Election { get; private set; } = null!;
    public int CandidateCount { get; private set; }
    public SourceRow Sources { get; private set; } = null!;
    public string SourcesPath => ElectionSources.PathOf(Election.Slug);

    public Pager Pager => new(Election.Coverage.Number, Election.Coverage.Count, $"Pages of articles about {Election.Name}", Pager.QueryPage($"/elections/{Election.Slug}"));

    // "page" is also Razor Pages' own route value, so the query string is named explicitly. A page number that is
    // not a number binds as none, page 1; one before the first or past the last is not found.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        // Only the candidates shown are read (see ElectionQueries.GetPageAsync).
        var election = await ElectionQueries.GetPageAsync(db, slug, pageNumber ?? 1, Paging.ArticlesPerPage, HttpContext.RequestAborted);
        if (election is null || !election.Coverage.Exists) return NotFound();
        CandidateCount = election.CandidateCount;
        Election = election;
        Sources = new SourceRow(Cited(election), SourcesPath);
        var page = election.Coverage.Number;
        var description = Describe(election);
        Meta = new PageMeta(page == 1 ? election.Name : $"{election.Name}, articles page {page}", description)
        {
            CanonicalPath = Pager.PathFor(page),
            StructuredData = StructuredData.Election(election, SiteUrl.Absolute(Request, Request.Path), description),
        };
        return Page();
    }

    /// <summary>The sources of what the page shows, so the row numbers only articles a mark cites.</summary>
    private static IEnumerable<ElectionQueries.Source> Cited(ElectionQueries.Detail election) =>
        election.Candidates.SelectMany(c => c.Figures.Select(f => f.Source).Concat(c.Sources))
            .Concat(election.Turnout.Select(f => f.Source)).Concat(election.VotesCast.Select(f => f.Source));

    private static string Describe(ElectionQueries.Detail election)
    {
        var winners = election.Winners.Select(w => w.Name).ToList();
        if (!election.HasResults) return $"{election.Name}: mentioned in {election.ArticleCount} article(s) of the archive, which report no result.";
        var result = winners.Count > 0 ? $"Won by {string.Join(" and ", winners)}." : "Who won is not stated in the archive.";
        return $"{election.Name}: {result} Candidates, votes and shares as reported, each figure linked to its source sentence.";
    }

    /// <summary>A body's election that elects more than one post: each post's candidates stood against each other,
    /// never against another post's, so each post has its tables, under its name.</summary>
    public bool ByPost => Election.Posts.Count > 1;

    /// <summary>The parts of the electorate some candidate's votes or shares are told of (a region of a vote across the
    /// UK: "Labour won 43% in London"): each part's figures are its own tables, never cells beside the whole's.</summary>
    public IReadOnlyList<string> Parts => ByPost ? []
        : [.. Election.Candidates.SelectMany(c => c.Figures).Where(f => f.Kind is FigureKind.Votes or FigureKind.Share && f.Part is not null).Select(f => f.Part!).Distinct().Order()];

    /// <summary>The posts with tables, in the order the articles first give them, then (null) the figures no article
    /// gives a post for; for any other election, (null) the whole's, then each part's.</summary>
    public IEnumerable<string?> Posts => ByPost ? [.. Election.Posts, null] : [null, .. Parts];

    /// <summary>True when the tables come under headings: a post's, or a part's.</summary>
    public bool Sectioned => ByPost || Parts.Count > 0;

    /// <summary>The heading over a post's or a part's tables; none over the whole election's.</summary>
    public string? Heading(string? post) => ByPost ? post ?? "Other figures (no post named)" : post is null ? null : $"Figures for {post}";

    /// <summary>One table per count that has votes or shares, declared results first, in count order; a tally, exit
    /// poll or projection gets a table of its own, labelled, never cells beside the result.</summary>
    /// A result whose count no article states is left out when every one of its figures is already in a stated
    /// count's table: it would repeat the final count under another caption.
    public IEnumerable<(FigureStatus Status, CountRound Round)> Tables(string? post) => Election.Candidates.SelectMany(c => c.Figures)
        .Where(f => f.Kind is FigureKind.Votes or FigureKind.Share && InPost(f, post)).Select(f => (f.Status, f.Round)).Distinct()
        .Where(t => !(t.Round == CountRound.NotStated && RepeatsAStatedCount(t.Status, post)))
        .OrderBy(t => t.Status).ThenBy(t => t.Round switch { CountRound.FirstPreferences => 0, CountRound.Final => 1, _ => 2 });

    /// <summary>True for a figure of the post's tables: with posts, its own post's (or, for null, one with none);
    /// without, the part's it is told of (or, for null, the whole election's).</summary>
    public bool InPost(ElectionQueries.Figure figure, string? post) => ByPost ? figure.Post == post : figure.Part == post;

    private bool RepeatsAStatedCount(FigureStatus status, string? post) => Election.Candidates.All(c =>
        c.Figures.Where(f => f.Status == status && f.Round == CountRound.NotStated && f.Kind is FigureKind.Votes or FigureKind.Share && InPost(f, post))
            .All(f => c.Figures.Any(o => o.Status == status && o.Round != CountRound.NotStated && o.Kind == f.Kind && o.Value == f.Value && InPost(o, post))));

    public FigureCell Show(IReadOnlyList<ElectionQueries.Figure> figures) => new(figures, Sources);

    public IReadOnlyList<ElectionQueries.Figure> Cell(ElectionQueries.Candidate candidate, string? post, FigureStatus status, CountRound round, FigureKind kind) =>
        candidate.Figures.Where(f => f.Status == status && f.Round == round && f.Kind == kind && InPost(f, post)).ToList();

    /// <summary>How an outcome reads beside its candidate: a referendum's side won or lost, it was not elected.</summary>
    /// <summary>A referendum, or a body's vote on a question (a union's referendum, a motion), whose candidates are its
    /// sides: they win or lose, and are listed as sides, never as candidates elected.</summary>
    public bool BySides => Election.Kind == ElectionKind.Referendum
        || Election.Candidates.Count > 0 && Election.Candidates.All(c => c.PersonSlug is null && NewsArchive.Language.ElectionWords.IsSide(c.Name));

    public static string OutcomeWord(bool bySides, string outcome) => bySides
        ? outcome switch { "Elected" => "won", "Defeated" => "lost", _ => outcome.ToLowerInvariant() }
        : outcome.ToLowerInvariant();

    public static IEnumerable<ElectionQueries.Figure> Others(ElectionQueries.Candidate candidate) =>
        candidate.Figures.Where(f => f.Kind is not (FigureKind.Votes or FigureKind.Share));
}
