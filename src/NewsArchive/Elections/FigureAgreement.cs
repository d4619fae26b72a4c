using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>
/// When two reports of one figure agree. An exact number agrees only with itself; a hedged one covers the
/// numbers its words allow, read to the precision it is written in: "some 275,000" is 274,500 to 275,500,
/// "almost 7,000" and "just under 813,000" a thousand below, "more than 300,000" up to 400,000, "around 40%"
/// 39.5 to 40.5. So 276,428 against "some 275,000" is a disagreement, and 6,940 against "almost 7,000" is not.
/// </summary>
public static class FigureAgreement
{
    public static bool Agree(FigureKind kind, (decimal Value, Bound Bound, string Text) a, (decimal Value, Bound Bound, string Text) b)
    {
        var (aLow, aHigh) = Range(kind, a.Value, a.Bound, a.Text);
        var (bLow, bHigh) = Range(kind, b.Value, b.Bound, b.Text);
        return aLow <= bHigh && bLow <= aHigh;
    }

    /// <summary>The numbers a figure as written allows.</summary>
    public static (decimal Low, decimal High) Range(FigureKind kind, decimal value, Bound bound, string text)
    {
        if (bound == Bound.Exact) return (value, value);
        var unit = Unit(kind, value);
        var words = text.TrimStart().ToLowerInvariant();
        return bound switch
        {
            Bound.MoreThan => (value + Epsilon(kind), value + unit),
            Bound.LessThan => (value - unit, value - Epsilon(kind)),
            _ when words.StartsWith("almost") || words.StartsWith("nearly") || words.StartsWith("just under") => (value - unit, value),
            _ when words.StartsWith("just over") => (value, value + unit),
            _ => (value - unit / 2, value + unit / 2),
        };
    }

    /// <summary>The precision a hedged number is written to: a whole per cent (a tenth when it has a decimal), or the
    /// place of the last digit that is not a zero ("275,000": a thousand; "300,000": a hundred thousand).</summary>
    private static decimal Unit(FigureKind kind, decimal value)
    {
        if (kind is FigureKind.Share or FigureKind.Turnout or FigureKind.MarginPoints)
            return value == decimal.Truncate(value) ? 1m : 0.1m;
        var unit = 1m;
        var rest = decimal.Truncate(value);
        while (rest >= 10 && rest % 10 == 0)
        {
            rest /= 10;
            unit *= 10;
        }
        return unit;
    }

    /// <summary>Reports of one figure grouped by what they say: each exact value with the hedged reports that
    /// agree with it, then the hedged reports that agree with no exact one. More than one group is a real
    /// disagreement between articles.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Group<T>(IEnumerable<T> figures, Func<T, (FigureKind Kind, decimal Value, Bound Bound, string Text)> read)
    {
        var all = figures.ToList();
        var groups = all.Where(f => read(f).Bound == Bound.Exact).GroupBy(f => read(f).Value).Select(g => g.ToList()).ToList();
        foreach (var hedged in all.Where(f => read(f).Bound != Bound.Exact))
        {
            var r = read(hedged);
            var home = groups.FirstOrDefault(g => g.All(f => Agree(r.Kind, (r.Value, r.Bound, r.Text), (read(f).Value, read(f).Bound, read(f).Text))));
            if (home is null) groups.Add(home = []);
            home.Add(hedged);
        }
        return groups;
    }

    private static decimal Epsilon(FigureKind kind) => kind is FigureKind.Share or FigureKind.Turnout or FigureKind.MarginPoints ? 0.01m : 1m;
}
