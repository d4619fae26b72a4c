using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Elections;

public class DetailsModel(ArchiveDbContext db) : PageModel
{
    public ElectionQueries.Detail Election { get; private set; } = null!;
    public IReadOnlyList<ResultsChart.Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var election = await ElectionQueries.GetAsync(db, slug, HttpContext.RequestAborted);
        if (election is null) return NotFound();
        Election = election;
        Charts = ResultsChart.For(election);
        return Page();
    }

    /// <summary>The rounds that have votes or shares, in count order.</summary>
    public IEnumerable<CountRound> Rounds => Election.Candidates.SelectMany(c => c.Figures)
        .Where(f => f.Kind is FigureKind.Votes or FigureKind.Share).Select(f => f.Round).Distinct()
        .OrderBy(r => r switch { CountRound.FirstPreferences => 0, CountRound.Final => 1, _ => 2 });

    public static IReadOnlyList<ElectionQueries.Figure> Cell(ElectionQueries.Candidate candidate, CountRound round, FigureKind kind) =>
        candidate.Figures.Where(f => f.Round == round && f.Kind == kind).ToList();

    public static IEnumerable<ElectionQueries.Figure> Others(ElectionQueries.Candidate candidate) =>
        candidate.Figures.Where(f => f.Kind is not (FigureKind.Votes or FigureKind.Share));
}
