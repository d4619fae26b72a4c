using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A turnout or count of voters told of a part of the electorate, not of the whole: "(60% of undergraduates, 22% of
/// postgraduates)", "Postgraduate turnout was 17%", "the Faculty of Medicine had the highest turnout", "turnout among
/// young voters". Such a number is the part's, never the whole election's: it is kept with the part it is told of
/// ("undergraduates", "Faculty of Medicine"), so a page shows it beside the whole's turnout and never as a second
/// reading of it.
/// </summary>
internal static partial class ElectorateParts
{
    /// <summary>What a part is called when the sentence says it is one but names it in no words read here.</summary>
    public const string Unnamed = "part of the electorate";

    /// <summary>Class: groups of an electorate, by level, year, origin, faculty, age or sex.</summary>
    private const string Group = @"(?:(?:under|post)[- ]?grad(?:uate)?s?|post\s+grads?|(?:first|second|third|fourth|final)[- ]years?(?:\s+students)?|freshers|medics|engineers|scientists"
        + @"|(?:international|home|overseas|EU|mature|part-time|full-time|research|taught|PhD|female|male|women|black|Asian|disabled)\s+(?:students|voters|members)"
        + @"|women|men|pensioners|(?:young|younger|older|elderly|first-time)\s+(?:people|voters|adults|students)|(?:over|under)[- ]\d\ds|\d\d[- –](?:to[- ])?\d\d[- ]year[- ]olds"
        + @"|(?:students|voters)\s+(?:in|from|of)\s+(?:the\s+)?(?:[Ff]aculty|[Dd]epartment|[Ss]chool))\b";

    /// <summary>The part of the electorate the figure is told of, or null when it is the whole's.</summary>
    public static string? Of(string text, RawFigure raw)
    {
        // A ranking's parts are named as the paper names them ("the Medics", "Natural Sciences").
        if (raw.Part) return RankedName().Match(text[..raw.Position]) is { Success: true } ranked ? Label(ranked.Groups["g"].Value, keepCase: true) : Unnamed;
        if (raw.Kind != FigureKind.Turnout && !raw.Total) return null;
        // A turnout's match may start at its word ("turnout was only 17%"): the number is what the part is told of.
        var number = raw.Position;
        while (number < raw.End - 1 && !char.IsDigit(text[number])) number++;
        var before = text[..number];
        foreach (var m in new[] { GroupAfter().Match(text, number), GroupBefore().Match(before), PartOpener().Match(before), GroupTurnout().Match(before), PartOfBodyHad().Match(before) })
            if (m.Success) return Label(m.Groups["g"].Value, keepCase: ProperPart().IsMatch(m.Groups["g"].Value));
        return InBracketsAfterFigure().IsMatch(before) ? Unnamed : null;
    }

    /// <summary>A part's name as a page shows it: a group in lower case ("postgraduates" for "Postgraduates, ..." at the
    /// head of a sentence, but "EU students" as written), a faculty or school as its own name.</summary>
    private static string Label(string written, bool keepCase)
    {
        var words = written.Trim();
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) words = words[4..];
        if (words.Length == 0) return Unnamed;
        // "Postgraduate turnout" is the postgraduates' turnout.
        if (Graduate().IsMatch(words)) words += "s";
        return keepCase || words.Length < 2 || !char.IsLower(words[1]) ? words : char.ToLowerInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^(?:[Uu]nder|[Pp]ost)grad(?:uate)?$")]
    private static partial Regex Graduate();

    [GeneratedRegex(@"^(?:[Ff]acult(?:y|ies)|[Dd]epartments?|[Ss]chools?|[Hh]alls?)\s+of\b")]
    private static partial Regex ProperPart();

    /// <summary>The part a ranking names before its place: "The engineers came in second with", "and the Medics came
    /// third with", "followed by Medicine with".</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*|\band\s+)(?:(?:[Tt]he)\s+)?(?<g>[\p{L}'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s+(?:came|finished|was|were|ranked)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|last|next)\s+(?:with|on|at)\s+(?:(?:just|only|about|around|roughly|nearly|over)\s+)?$|\bfollowed\s+by\s+(?:the\s+)?(?<g>[^,;.\d]{1,40}?)\s+(?:with|on|at)\s+(?:(?:just|only|about|around|roughly|nearly|over)\s+)?$")]
    private static partial Regex RankedName();

    /// <summary>"Turnout was 42% (60% of undergraduates, 22%": a bracket opened right after a figure holds its parts.</summary>
    [GeneratedRegex(@"\d\s?(?:%|per\s+cent)\s*\([^()]*$")]
    private static partial Regex InBracketsAfterFigure();

    /// <summary>"51% of undergraduates", "17% among postgraduates", "51% undergraduates".</summary>
    [GeneratedRegex(@"\G[\d.,]+\s?(?:%|per\s+cent)?\s+(?:(?:of|among|amongst|for)\s+(?:the\s+|all\s+|its\s+|their\s+)?)?(?<g>" + Group + ")", RegexOptions.IgnoreCase)]
    private static partial Regex GroupAfter();

    /// <summary>"turnout among postgraduates was 17%" in the figure's own clause.</summary>
    [GeneratedRegex(@"\b(?:among|amongst)\s+(?:the\s+)?(?<g>" + Group + @")[^.;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupBefore();

    /// <summary>"Among first-year students, turnout reached 52%": a group at the head of the sentence is every clause's.</summary>
    [GeneratedRegex(@"^\W*(?:Among|Amongst|For|Of)\s+(?:the\s+)?(?<g>(?:[\w-]+\s+)?" + Group + @")\s*,[^.;]*$")]
    private static partial Regex PartOpener();

    /// <summary>"Postgraduate turnout was only 17%", "youth turnout rose to 54%".</summary>
    [GeneratedRegex(@"\b(?<g>[Uu]ndergraduate|[Pp]ostgraduate|[Uu]ndergrad|[Pp]ostgrad|[Yy]outh|[Ff]emale|[Mm]ale|[Ff]aculty|[Dd]epartmental|[Dd]epartment)['’]?s?\s+turnouts?\b[^.;]*$")]
    private static partial Regex GroupTurnout();

    /// <summary>"The Faculty of Medicine had the highest turnout, with 52%": a part of the body, named as the clause's subject.</summary>
    [GeneratedRegex(@"\b(?<g>(?:[Ff]acult(?:y|ies)|[Dd]epartments?|[Ss]chools?\s+of|[Hh]alls?\s+of\s+[Rr]esidence)(?:\s+(?:of\s+)?(?:\p{Lu}[\p{L}'’-]*|and|&)){0,4})\b[^.;]{0,80}?\b(?:had|has|saw|recorded|with|was|were|came|reached)\b[^.;]*$")]
    private static partial Regex PartOfBodyHad();
}
