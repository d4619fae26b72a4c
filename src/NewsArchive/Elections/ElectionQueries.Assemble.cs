using NewsArchive.Language;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    /// <summary>A figure or candidacy row as read, before it is grouped by candidate.</summary>
    private sealed record Row(
        string? PersonName, string? PersonSlug, string? Party, Outcome? Outcome, FigureKind? Kind, string? Text, decimal Value, Bound Bound,
        CountRound Round, FigureStatus Status, bool RoundFromContext, int? OutOf, bool Curated, string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

    /// <summary>Groups rows by candidate (a person, or a party where no person is named) and numbers each
    /// distinct source sentence once, in the order the page shows them.</summary>
    private static (IReadOnlyList<Candidate>, IReadOnlyList<Source>) Assemble(IReadOnlyList<Row> figures, IReadOnlyList<Row> candidacies)
    {
        var sources = new List<Source>();
        Source SourceOf(Row row)
        {
            var found = sources.FirstOrDefault(s => s.ArticleSlug == row.ArticleSlug && s.Paragraph == row.Paragraph && s.Sentence == row.Sentence);
            if (found is not null) return found;
            var source = new Source(sources.Count + 1, row.ArticleSlug, row.Headline, row.PublishedOn, row.Paragraph, row.Sentence);
            sources.Add(source);
            return source;
        }

        static string KeyOf(Row row) => row.PersonSlug is { } slug ? $"person:{slug}" : $"party:{row.Party}";
        var order = new List<string>();
        var rows = new Dictionary<string, List<Row>>();
        foreach (var row in candidacies.Concat(figures).Where(r => r.PersonSlug is not null || r.Party is not null))
        {
            var key = KeyOf(row);
            if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
            if (!order.Contains(key)) order.Add(key);
            list.Add(row);
        }

        // Winners first, then by their largest vote or share, so the table reads like a results table.
        var candidates = order.Select(key =>
        {
            var list = rows[key];
            var first = list[0];
            return new Candidate(
                first.PersonName ?? first.Party!, first.PersonSlug,
                list.Select(r => r.Party).OfType<string>().Where(p => p != (first.PersonName ?? first.Party)).Distinct().ToList(),
                list.Select(r => r.Outcome).OfType<Outcome>().Distinct().Select(o => o.ToString()).ToList(),
                list.Where(r => r.Kind is not null)
                    .Select(r => new Figure(r.Kind!.Value, r.Text!, r.Value, r.Bound, r.Round, r.Status, r.RoundFromContext, r.OutOf, r.Curated, SourceOf(r))).ToList(),
                list.Where(r => r.Kind is null).Select(SourceOf).Distinct().ToList());
        }).ToList();
        var ranked = candidates
            .OrderByDescending(c => c.Outcomes.Contains("Elected"))
            .ThenByDescending(c => c.Figures.Where(f => f.Kind == FigureKind.Votes).Select(f => f.Value).DefaultIfEmpty(0).Max())
            .ThenByDescending(c => c.Figures.Where(f => f.Kind == FigureKind.Share).Select(f => f.Value).DefaultIfEmpty(0).Max())
            .ToList();
        return (ranked, sources.OrderBy(s => s.Number).ToList());
    }
}
