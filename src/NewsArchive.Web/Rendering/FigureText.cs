using System.Globalization;
using NewsArchive.Elections;

using NewsArchive.Language;

namespace NewsArchive.Web.Rendering;

/// <summary>How a figure reads on a page. Qualified numbers keep the article's words ("almost 7,000");
/// exact ones are written uniformly ("977, 601" as 977,601); the sentence itself is always one click away.</summary>
public static class FigureText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(ElectionQueries.Figure f) => Of(f.Kind, f.Value, f.Bound, f.Text, f.OutOf);

    public static string Of(ElectionQueries.PersonFigure f) => Of(f.Kind, f.Value, f.Bound, f.Text, f.OutOf);

    private static string Of(FigureKind kind, decimal value, Bound bound, string text, int? outOf)
    {
        var number = bound == Bound.Exact
            ? value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.0##", British)
            : text;
        return kind switch
        {
            // "about one in ten votes", "nearly a third of the vote": words that say the share, with the number they mean.
            FigureKind.Share or FigureKind.Turnout when !number.Any(char.IsAsciiDigit) => $"{number} ({value.ToString("0.#", British)}%)",
            FigureKind.Share or FigureKind.Turnout => $"{number}%",
            FigureKind.MarginPoints => $"{number} {(One(value, bound) ? "point" : "points")}",
            FigureKind.Seats => outOf is { } of ? $"{number} of {of} seats" : $"{number} {(One(value, bound) ? "seat" : "seats")}",
            FigureKind.Position => $"came {text}",
            _ => number,
        };
    }

    /// <summary>"1 seat", "1 point": an exact one takes the singular.</summary>
    private static bool One(decimal value, Bound bound) => bound == Bound.Exact && value == 1m;

    public static string KindName(FigureKind kind) => kind switch
    {
        FigureKind.Votes => "Votes",
        FigureKind.Share => "Share",
        FigureKind.Majority => "Majority",
        FigureKind.MarginPoints => "Winning margin",
        FigureKind.Seats => "Seats",
        FigureKind.Turnout => "Turnout",
        FigureKind.Position => "Place",
        _ => kind.ToString(),
    };

    /// <summary>What a figure that is not the declared result is, after its label; nothing for a result.</summary>
    public static string StatusLabel(FigureStatus status) => status switch
    {
        FigureStatus.Tally => " — tally while the count went on, not the result",
        FigureStatus.ExitPoll => " — exit poll, not the result",
        FigureStatus.Projection => " — projection, not the result",
        _ => "",
    };

    /// <summary>A year as pages show it; 0 is an election whose year its article does not state.</summary>
    public static string YearOf(int year) => year == 0 ? "Year not stated" : year.ToString(CultureInfo.InvariantCulture);

    /// <summary>One sentence saying what an election was, for the short page of one the articles only mention.</summary>
    public static string WhatItWas(ElectionQueries.Detail e) => WhatItWas(e.Kind, e.Area, e.Year, e.PollDate);

    /// <summary>"A round of local elections (England), held on 6 May 2021", "An election abroad (France) of 2017": the kind's
    /// name keeps its proper nouns ("European Parliament") and takes "a" or "an".</summary>
    public static string WhatItWas(ElectionKind kind, string area, int year, DateOnly? pollDate)
    {
        var when = pollDate is { } poll ? $"held on {poll.ToString("d MMMM yyyy", British)}" : year == 0 ? "in a year the article does not state" : $"of {year}";
        var name = kind switch
        {
            ElectionKind.Local => "round of local elections",
            ElectionKind.EuropeanParliament => KindName(kind),
            _ => char.ToLowerInvariant(KindName(kind)[0]) + KindName(kind)[1..],
        };
        // Of the kinds' names only "election abroad" opens on a vowel sound ("a union", "a European").
        return $"{(name.StartsWith("election", StringComparison.Ordinal) ? "An" : "A")} {name} ({area}), {when}.";
    }

    /// <summary>A figure's measure and, where an article says it, its count ("Share, final count"), worded the same on
    /// every page that lists figures.</summary>
    public static string KindAndRound(FigureKind kind, CountRound round) =>
        round == CountRound.NotStated ? KindName(kind) : $"{KindName(kind)}, {RoundName(round).ToLowerInvariant()}";

    public static string RoundName(CountRound round) => round switch
    {
        CountRound.FirstPreferences => "First preferences",
        CountRound.Final => "Final count",
        // No article says which count: plainly the result.
        _ => "Result",
    };

    public static string KindName(ElectionKind kind) => kind switch
    {
        ElectionKind.Mayoral => "Mayoral election",
        ElectionKind.General => "General election",
        ElectionKind.ByElection => "By-election",
        ElectionKind.DevolvedParliament => "Devolved parliament election",
        ElectionKind.Constituency => "Constituency contest",
        ElectionKind.Local => "Local elections",
        ElectionKind.Referendum => "Referendum",
        ElectionKind.PartyLeadership => "Party leadership election",
        ElectionKind.EuropeanParliament => "European Parliament election",
        ElectionKind.Foreign => "Election abroad",
        ElectionKind.Organisation => "Union or society election",
        _ => kind.ToString(),
    };
}
