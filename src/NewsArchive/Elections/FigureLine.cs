using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>
/// One line of a person's or a party's figures in one election: a kind, count and status ("Votes, final count"),
/// the value most articles give with one of its sentences and the number of articles that give it, and the
/// values other articles give instead. However many articles report a standing, it is one line per kind, so a
/// list of standings stays short; every sentence is on the election's sources page.
/// </summary>
public sealed record FigureLine(ElectionQueries.PersonFigure Figure, int Articles, IReadOnlyList<ElectionQueries.PersonFigure> OtherReports)
{
    /// <summary>Values of the "other reports" note named on the line; the rest are counted. One is enough to show
    /// that articles differ and what one of them says: at 100,000 articles most lines had three, each with its
    /// sentence, and the page grew with the archive.</summary>
    public const int OtherReportsShown = 1;

    /// <summary>Other reports counted, not kept: a line keeps the <see cref="OtherReportsShown"/> it names. Kept whole, the
    /// person's and party's sections stored at build time grew with the archive (143 KB of JSON for the person in
    /// most articles at 100,000, 18 KB at 10,000), and every visit read and parsed them.</summary>
    public int MoreReports { get; init; }

    /// <summary>How many values other articles give, named or counted.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int OtherReportCount => OtherReports.Count + MoreReports;

    public static IReadOnlyList<FigureLine> Of(IEnumerable<ElectionQueries.PersonFigure> figures)
    {
        var all = figures.ToList();
        // A figure whose count is not stated is the counted one's when the same value stands with a count
        // ("Votes: 1,206,034" beside "Votes, final count: 1,206,034" is one figure said twice).
        var counted = all.Where(f => f.Round != CountRound.NotStated)
            .GroupBy(f => (f.Kind, f.Value, f.Bound, f.Status)).ToDictionary(g => g.Key, g => g.First().Round);
        var settled = all.Select(f => f.Round == CountRound.NotStated && counted.TryGetValue((f.Kind, f.Value, f.Bound, f.Status), out var round)
            ? f with { Round = round } : f);
        return settled.GroupBy(f => (f.Kind, f.Round, f.Status))
            .Select(line =>
            {
                var values = line.GroupBy(f => (f.Value, f.Bound))
                    .Select(v => (Figure: v.First(), Articles: v.Select(f => f.ArticleSlug).Distinct().Count()))
                    .OrderByDescending(v => v.Articles).ToList();
                var others = values.Skip(1).Select(v => v.Figure).ToList();
                return new FigureLine(values[0].Figure, values[0].Articles, others.Take(OtherReportsShown).ToList())
                    { MoreReports = others.Count - Math.Min(others.Count, OtherReportsShown) };
            })
            .ToList();
    }
}
