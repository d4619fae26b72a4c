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
            FigureKind.Share => $"{number}%",
            FigureKind.MarginPoints => $"{number} points",
            FigureKind.Seats => outOf is { } of ? $"{number} of {of} seats" : $"{number} seats",
            FigureKind.Position => $"came {text}",
            _ => number,
        };
    }

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

    public static string RoundName(CountRound round) => round switch
    {
        CountRound.FirstPreferences => "First preferences",
        CountRound.Final => "Final count",
        _ => "Count not stated",
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
        _ => kind.ToString(),
    };
}
