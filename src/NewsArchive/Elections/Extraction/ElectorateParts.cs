using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A turnout or count of voters told of a part of the electorate, not of the whole: "(60% of undergraduates, 22% of
/// postgraduates)", "Postgraduate turnout was 17%", "the Faculty of Medicine had the highest turnout", "turnout among
/// young voters". A figure has no place to say whose part it is, so such a number is left out rather than stored as
/// the whole election's.
/// </summary>
internal static partial class ElectorateParts
{
    /// <summary>Class: groups of an electorate, by level, year, origin, faculty, age or sex.</summary>
    private const string Group = @"(?:(?:under|post)[- ]?grad(?:uate)?s?|post\s+grads?|(?:first|second|third|fourth|final)[- ]years?(?:\s+students)?|freshers|medics|engineers|scientists"
        + @"|(?:international|home|overseas|EU|mature|part-time|full-time|research|taught|PhD|female|male|women|black|Asian|disabled)\s+(?:students|voters|members)"
        + @"|women|men|pensioners|(?:young|younger|older|elderly|first-time)\s+(?:people|voters|adults|students)|(?:over|under)[- ]\d\ds|\d\d[- –](?:to[- ])?\d\d[- ]year[- ]olds"
        + @"|(?:students|voters)\s+(?:in|from|of)\s+(?:the\s+)?(?:[Ff]aculty|[Dd]epartment|[Ss]chool))\b";

    public static bool Of(string text, RawFigure raw)
    {
        if (raw.Part) return true;
        if (raw.Kind != FigureKind.Turnout && !raw.Total) return false;
        // A turnout's match may start at its word ("turnout was only 17%"): the number is what the part is told of.
        var number = raw.Position;
        while (number < raw.End - 1 && !char.IsDigit(text[number])) number++;
        var before = text[..number];
        return InBracketsAfterFigure().IsMatch(before) || GroupAfter().IsMatch(text, number) || GroupBefore().IsMatch(before)
            || PartOpener().IsMatch(before) || GroupTurnout().IsMatch(before) || PartOfBodyHad().IsMatch(before);
    }

    /// <summary>"Turnout was 42% (60% of undergraduates, 22%": a bracket opened right after a figure holds its parts.</summary>
    [GeneratedRegex(@"\d\s?(?:%|per\s+cent)\s*\([^()]*$")]
    private static partial Regex InBracketsAfterFigure();

    /// <summary>"51% of undergraduates", "17% among postgraduates", "51% undergraduates".</summary>
    [GeneratedRegex(@"\G[\d.,]+\s?(?:%|per\s+cent)?\s+(?:(?:of|among|amongst|for)\s+(?:the\s+|all\s+|its\s+|their\s+)?)?" + Group, RegexOptions.IgnoreCase)]
    private static partial Regex GroupAfter();

    /// <summary>"turnout among postgraduates was 17%" in the figure's own clause.</summary>
    [GeneratedRegex(@"\b(?:among|amongst)\s+(?:the\s+)?" + Group + @"[^.;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupBefore();

    /// <summary>"Among first-year students, turnout reached 52%": a group at the head of the sentence is every clause's.</summary>
    [GeneratedRegex(@"^\W*(?:Among|Amongst|For|Of)\s+(?:the\s+)?(?:[\w-]+\s+)?" + Group + @"\s*,[^.;]*$")]
    private static partial Regex PartOpener();

    /// <summary>"Postgraduate turnout was only 17%", "youth turnout rose to 54%".</summary>
    [GeneratedRegex(@"\b(?:[Uu]ndergraduate|[Pp]ostgraduate|[Uu]ndergrad|[Pp]ostgrad|[Yy]outh|[Ff]emale|[Mm]ale|[Ff]aculty|[Dd]epartmental|[Dd]epartment)['’]?s?\s+turnouts?\b[^.;]*$")]
    private static partial Regex GroupTurnout();

    /// <summary>"The Faculty of Medicine had the highest turnout, with 52%": a part of the body, named as the clause's subject.</summary>
    [GeneratedRegex(@"\b(?:[Ff]acult(?:y|ies)|[Dd]epartments?|[Ss]chools?\s+of|[Hh]alls?\s+of\s+[Rr]esidence)\b[^.;]{0,80}?\b(?:had|has|saw|recorded|with|was|were|came|reached)\b[^.;]*$")]
    private static partial Regex PartOfBodyHad();
}
