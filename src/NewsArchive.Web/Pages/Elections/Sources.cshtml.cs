using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Elections;

/// <summary>
/// Every figure and candidacy the articles give for an election, each beside the sentence that states it, a page
/// at a time: the election page shows each figure once with a few marks and a count, and this is where all of its
/// sentences are. Candidates in the results' order (winners and the largest votes first), the turnout before them.
/// </summary>
public class SourcesModel(ArchiveDbContext db) : ArchivePageModel
{
    public const int LinesPerPage = 50;

    /// <summary>What one sentence says about one candidate (or about the election, for turnout).</summary>
    public sealed record Line(string Subject, string? PersonSlug, string Says, ElectionQueries.Source Source);

    public ElectionQueries.Detail Election { get; private set; } = null!;
    public PageOf<Line> Lines { get; private set; } = null!;
    public Pager Pager => new(Lines.Number, Lines.Count, $"Pages of sources for {Election.Name}", Pager.QueryPage(ElectionSources.PathOf(Election.Slug)))
    {
        Previous = "Earlier lines",
        Next = "Later lines",
    };

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        // One article of coverage is read: this page lists figures, not articles.
        var election = await ElectionQueries.GetAsync(db, slug, 1, 1, HttpContext.RequestAborted);
        if (election is null) return NotFound();
        var all = LinesOf(election);
        var number = pageNumber ?? 1;
        if (number < 1 || number > Paging.PageCount(all.Count, LinesPerPage)) return NotFound();
        Election = election;
        Lines = new PageOf<Line>([.. all.Skip((number - 1) * LinesPerPage).Take(LinesPerPage)], all.Count, number, LinesPerPage);
        Meta = new PageMeta(number == 1 ? $"{election.Name}: sources" : $"{election.Name}: sources, page {number}",
            $"Every figure and candidacy the archive's articles give for {election.Name}, each with the sentence that states it.")
        {
            CanonicalPath = Pager.PathFor(number),
        };
        return Page();
    }

    public static IReadOnlyList<Line> LinesOf(ElectionQueries.Detail election) =>
        election.Turnout.Select(f => new Line(f.Part is null ? "Turnout" : $"Turnout, {f.Part}", null, Says(f), f.Source))
            .Concat(election.VotesCast.Select(f => new Line(f.Part is null ? "Votes cast" : $"Votes cast, {f.Part}", null, Says(f), f.Source)))
            .Concat(election.Candidates.SelectMany(c =>
                c.Figures.OrderBy(f => f.Status).ThenBy(f => f.Kind).ThenBy(f => f.Round).ThenByDescending(f => f.Value)
                    .Select(f => new Line(c.Name, c.PersonSlug, Says(f, f.Part), f.Source))
                    .Concat(c.Sources.Select(s => new Line(c.Name, c.PersonSlug, Standing(c), s)))))
            .ToList();

    /// <summary>"Share, final count: 43.8%"; a candidate's figure for a part of the electorate names it ("Seats, London:
    /// 59"), where a turnout's line names it in its subject.</summary>
    private static string Says(ElectionQueries.Figure f, string? part = null) =>
        $"{FigureText.KindAndRound(f.Kind, f.Round)}{(part is null ? "" : ", " + part)}{FigureText.StatusLabel(f.Status)}: {FigureText.Of(f)}";

    /// <summary>"Candidacy, Labour: elected", written as a figure's line is ("Votes, final count: 1,206,034").</summary>
    private static string Standing(ElectionQueries.Candidate c)
    {
        var outcome = c.Outcomes.Count > 0 ? string.Join(" / ", c.Outcomes.Select(o => o.ToLowerInvariant())) : "named as standing";
        return c.Parties.Count > 0 ? $"Candidacy, {string.Join(", ", c.Parties)}: {outcome}" : $"Candidacy: {outcome}";
    }

    /// <summary>This page's lines, those in a row that say the same of the same candidate as one, with all their
    /// sentences: a candidacy ten sentences name is said once, not ten times. Paged by sentence, so a page stays
    /// as long however the sentences group.</summary>
    public IReadOnlyList<(Line First, IReadOnlyList<ElectionQueries.Source> Sources)> Said()
    {
        var said = new List<(Line, List<ElectionQueries.Source>)>();
        foreach (var line in Lines.Items)
        {
            if (said.Count > 0 && said[^1].Item1 is var last && (last.Subject, last.PersonSlug, last.Says) == (line.Subject, line.PersonSlug, line.Says))
                said[^1].Item2.Add(line.Source);
            else
                said.Add((line, [line.Source]));
        }
        return [.. said.Select(s => (s.Item1, (IReadOnlyList<ElectionQueries.Source>)s.Item2))];
    }
}
