using NewsArchive.Language;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    /// <summary>A figure or candidacy row as read, before it is grouped by candidate. Read from the page's own table
    /// (<see cref="ElectionPageRow"/>), it carries its candidate's rank and its sentence's number in the whole race.</summary>
    private sealed record Row(
        string? PersonName, string? PersonSlug, string? Party, Outcome? Outcome, FigureKind? Kind, string? Text, decimal Value, Bound Bound,
        CountRound Round, FigureStatus Status, bool RoundFromContext, int? OutOf, bool Curated, string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence,
        int? CandidateRank = null, int SourceNumber = 0, string? Post = null, string? Part = null);

    /// <summary>The race put together; <see cref="Placed"/> is every row it shows, in the order read (candidacies,
    /// then figures), each with its candidate's rank (none for the election's own figures) and its source's number.</summary>
    private sealed record Assembly(IReadOnlyList<Candidate> Candidates, IReadOnlyList<Figure> Turnout, IReadOnlyList<Figure> VotesCast,
        IReadOnlyList<Source> Sources, Func<IReadOnlyList<(int Position, Row Row)>> Placed)
    {
        /// <summary>The posts of a body's election its figures are for, in the order the articles first give them.</summary>
        public IReadOnlyList<string> Posts { get; init; } = [];
    }

    /// <summary>Races one person wins: there a party's row and its candidate's are one entry.</summary>
    private static bool SingleWinner(ElectionKind kind) =>
        kind is ElectionKind.Mayoral or ElectionKind.ByElection or ElectionKind.Constituency or ElectionKind.PartyLeadership;

    private static bool OfElection(Row row, FigureKind kind) => row.Kind == kind && row.PersonSlug is null && row.Party is null;

    /// <summary>Groups rows by candidate (a person, or a party or side where no person is named) and numbers each
    /// distinct source sentence once, in the order the page shows them. In a race one person wins, a party's rows
    /// join its one candidate's ("the Tories held the seat" is the Conservative candidate's win), so no winner is
    /// named twice; the election's own figures (turnout, votes cast) stand apart. Rows read from the page's own table
    /// are grouped by the rank and numbered by the number they were given when the whole race was put together.</summary>
    private static Assembly Assemble(IReadOnlyList<Row> figures, IReadOnlyList<Row> candidacies, ElectionKind kind)
    {
        // Keyed, not searched: an election in a large archive has thousands of rows.
        var sources = new Dictionary<(string, int, string), Source>();
        Source SourceOf(Row row)
        {
            var key = (row.ArticleSlug, row.Paragraph, row.Sentence);
            if (sources.TryGetValue(key, out var found)) return found;
            var number = row.SourceNumber > 0 ? row.SourceNumber : sources.Count + 1;
            return sources[key] = new Source(number, row.ArticleSlug, row.Headline, row.PublishedOn, row.Paragraph, row.Sentence);
        }
        Figure FigureOf(Row r) => new(r.Kind!.Value, r.Text!, r.Value, r.Bound, r.Round, r.Status, r.RoundFromContext, r.OutOf, r.Curated, SourceOf(r)) { Post = r.Post, Part = r.Part };

        var all = candidacies.Concat(figures).Where(r => r.PersonSlug is not null || r.Party is not null).ToList();
        var partyOfPerson = SingleWinner(kind) ? CandidateOfParty(all) : [];
        string KeyOf(Row row) => row.CandidateRank is { } rank ? $"rank:{rank}"
            : row.PersonSlug is { } slug ? $"person:{slug}" : partyOfPerson.GetValueOrDefault(row.Party!) ?? $"party:{row.Party}";
        var order = new List<string>();
        var rows = new Dictionary<string, List<Row>>();
        foreach (var row in all)
        {
            var key = KeyOf(row);
            if (!rows.TryGetValue(key, out var list))
            {
                rows[key] = list = [];
                order.Add(key);
            }
            list.Add(row);
        }

        var candidates = order.Select(key =>
        {
            var list = rows[key];
            var first = list.FirstOrDefault(r => r.PersonSlug is not null) ?? list[0];
            var name = first.PersonName ?? first.Party!;
            return (Key: key, Candidate: new Candidate(
                name, first.PersonSlug,
                list.Select(r => r.Party).OfType<string>().Where(p => p != name).Distinct().ToList(),
                list.Select(r => r.Outcome).OfType<Outcome>().Distinct().Select(o => o.ToString()).ToList(),
                CountsSettled(list.Where(r => r.Kind is not null).Select(FigureOf).ToList()),
                list.Where(r => r.Kind is null).Select(SourceOf).Distinct().ToList())
            {
                Posts = list.Select(r => r.Post).OfType<string>().Distinct().ToList(),
            });
        }).ToList();
        var turnout = figures.Where(r => OfElection(r, FigureKind.Turnout)).Select(FigureOf).ToList();
        var votesCast = figures.Where(r => OfElection(r, FigureKind.Votes)).Select(FigureOf).ToList();
        // Winners first, then by their largest declared vote or share, so the table reads like a results table.
        var ranked = candidates
            .OrderByDescending(c => c.Candidate.Outcomes.Contains("Elected"))
            .ThenByDescending(c => Largest(c.Candidate, FigureKind.Votes))
            .ThenByDescending(c => Largest(c.Candidate, FigureKind.Share))
            .ToList();
        var rankOf = ranked.Select((c, i) => (c.Key, Rank: i + 1)).ToDictionary(c => c.Key, c => c.Rank);
        IReadOnlyList<(int, Row)> Placed() => candidacies.Concat(figures).Select((row, position) => (Position: position, Row: row))
            .Where(p => p.Row.PersonSlug is not null || p.Row.Party is not null || OfElection(p.Row, FigureKind.Turnout) || OfElection(p.Row, FigureKind.Votes))
            .Select(p => (p.Position, p.Row with
            {
                CandidateRank = p.Row.PersonSlug is not null || p.Row.Party is not null ? rankOf[KeyOf(p.Row)] : null,
                SourceNumber = SourceOf(p.Row).Number,
            }))
            .ToList();
        return new Assembly([.. ranked.Select(c => c.Candidate)], turnout, votesCast, [.. sources.Values.OrderBy(s => s.Number)], Placed)
        {
            Posts = kind == ElectionKind.Organisation ? [.. figures.Select(r => r.Post).OfType<string>().Distinct()] : [],
        };
    }

    private static decimal Largest(Candidate c, FigureKind kind) =>
        c.Figures.Where(f => f.Kind == kind && f.Status == FigureStatus.Result && f.Part is null).Select(f => f.Value).DefaultIfEmpty(0).Max();

    /// <summary>Each party with exactly one named candidate in the race, to that candidate's key; and a party said to
    /// have won (or to hold the majority) when the race has one named winner, to the winner's: one seat, one winner.</summary>
    private static Dictionary<string, string> CandidateOfParty(IReadOnlyList<Row> rows)
    {
        var byParty = rows.Where(r => r.PersonSlug is not null && r.Party is not null)
            .GroupBy(r => r.Party!).Where(g => g.Select(r => r.PersonSlug).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => $"person:{g.First().PersonSlug}");
        var winners = rows.Where(r => r.PersonSlug is not null && r.Outcome == Outcome.Elected).Select(r => r.PersonSlug).Distinct().ToList();
        if (winners.Count != 1) return byParty;
        foreach (var party in rows.Where(r => r.PersonSlug is null && r.Party is not null && (r.Outcome == Outcome.Elected || r.Kind == FigureKind.Majority)).Select(r => r.Party!))
            byParty.TryAdd(party, $"person:{winners[0]}");
        return byParty;
    }

    /// <summary>A vote or share whose article names no count, and which one in the same kind and status agrees
    /// with in a named count, is that count's: the same figure, reported twice, shown once with both sources.</summary>
    private static IReadOnlyList<Figure> CountsSettled(IReadOnlyList<Figure> figures) =>
        figures.Select(f =>
        {
            if (f.Round != CountRound.NotStated || f.Kind is not (FigureKind.Votes or FigureKind.Share)) return f;
            var named = figures.FirstOrDefault(o => o.Round != CountRound.NotStated && o.Kind == f.Kind && o.Status == f.Status && o.Part == f.Part
                && FigureAgreement.Agree(f.Kind, (f.Value, f.Bound, f.Text), (o.Value, o.Bound, o.Text)));
            return named is null ? f : f with { Round = named.Round, RoundFromContext = true };
        }).ToList();

    /// <summary>The names a list shows as winners: people, and a party only where it is not a named winner's own.</summary>
    private static IReadOnlyList<string> WinnerNames(IEnumerable<(string? Person, string? Party)> winners, ElectionKind kind)
    {
        var list = winners.ToList();
        var people = list.Where(w => w.Person is not null).ToList();
        var partiesOfPeople = people.Select(p => p.Party).OfType<string>().ToHashSet();
        var parties = list.Where(w => w.Person is null && w.Party is not null && !(SingleWinner(kind) && (partiesOfPeople.Contains(w.Party) || people.Count > 0)))
            .Select(w => w.Party!);
        return people.Select(p => p.Person!).Concat(parties).Distinct().Order().ToList();
    }
}
