using NewsArchive.Elections;

using NewsArchive.Language;

namespace NewsArchive.Web.Api;

/// <summary>An election for machines: winner, majority, turnout, candidates with votes and shares per count, and
/// every figure with its status (result, tally, exit poll, projection) and the article and sentence it came
/// from; for an election the articles only mention, the sentences that mention it.</summary>
public static class ElectionJson
{
    public static object From(ElectionQueries.Detail e) => new
    {
        e.Slug, e.Id, e.Name, Kind = e.Kind.ToString(), e.Area, e.Year, e.PollDate, e.VotingSystem, ParentSlug = e.Parent?.Slug,
        Winners = e.Winners.Select(w => new { w.Name, w.PersonSlug, w.Parties }),
        Majorities = e.Majorities.Select(m => new { Candidate = m.Candidate.Name, Figure = Figure(m.Figures[0]), Figures = m.Figures.Select(Figure) }),
        e.HasResults,
        Turnout = e.Turnout.Select(Figure),
        Mentions = e.Mentions,
        Candidates = e.Candidates.Select(c => new
        {
            c.Name, c.PersonSlug, c.Parties,
            Elected = c.Outcomes.Contains("Elected") ? true : c.Outcomes.Contains("Defeated") ? false : (bool?)null,
            Rounds = c.Figures.Where(f => f.Kind is FigureKind.Votes or FigureKind.Share).GroupBy(f => f.Round).Select(r => new
            {
                Round = r.Key.ToString(),
                Votes = r.Where(f => f.Kind == FigureKind.Votes).Select(Figure),
                Shares = r.Where(f => f.Kind == FigureKind.Share).Select(Figure),
            }),
            Figures = c.Figures.Select(Figure),
        }),
        Sources = e.Sources,
        Articles = e.Articles,
    };

    private static object Figure(ElectionQueries.Figure f) => new
    {
        Kind = f.Kind.ToString(), f.Value, Bound = f.Bound.ToString(), AsWritten = f.Text, Round = f.Round.ToString(), Status = f.Status.ToString(), f.RoundFromContext,
        f.OutOf, f.Curated, f.Source.ArticleSlug, f.Source.Paragraph, f.Source.Sentence,
    };
}
