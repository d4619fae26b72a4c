using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// The whole-election figures of a body's own vote as a student paper writes them: voters counted ("Southampton had
/// a staggering 7,285 voters", "last year’s 3,387 voters", "a record number of voters – 4,024"), a turnout told as a
/// share of the body's students after such a count ("this was 30% of their eligible students"), and how far a
/// running turnout is behind last year's ("the current total ... being just about 3% behind last year"), and the posts
/// an election filled ("only one GSA position filled"). The counts, the posts
/// and the running margin are <see cref="RawFigure.BodyOnly"/>: of a constituency, "had 70,000 voters" is its
/// electorate.
/// </summary>
internal static partial class BodyFigures
{
    private const string Q = NewsNumber.Pattern;

    public static void Find(string sentence, List<RawFigure> found)
    {
        if (sentence.Contains(" filled", StringComparison.Ordinal))
            foreach (Match m in PostsFilled().Matches(sentence)) Add(found, FigureKind.Seats, m, bodyOnly: true, posts: true);
        if (!SentenceCues.HasDigit(sentence)) return;
        FindMotionCounts(sentence, found);
        if (sentence.Contains("voters", StringComparison.Ordinal) || sentence.Contains("voting", StringComparison.Ordinal))
        {
            foreach (Match m in HadVoters().Matches(sentence)) Add(found, FigureKind.Votes, m, bodyOnly: true);
            foreach (Match m in YearsVoters().Matches(sentence))
                Add(found, FigureKind.Votes, m, bodyOnly: true, lastYear: m.Groups["last"].Success);
        }
        if (sentence.Contains("number of", StringComparison.Ordinal))
            foreach (Match m in NumberOfVoters().Matches(sentence)) Add(found, FigureKind.Votes, m);
        if (SentenceCues.HasAny(sentence, "behind", "ahead of", "short of", "below") && RunningWord().IsMatch(sentence))
            foreach (Match m in BehindLastYear().Matches(sentence)) Add(found, FigureKind.MarginPoints, m, bodyOnly: true);
    }

    /// <summary>After a count of voters in the sentence, the share of the body they were: a turnout.</summary>
    public static void ShareOfBody(string sentence, List<RawFigure> found)
    {
        if (!found.Any(f => f.Total && f.Kind == FigureKind.Votes) || !SentenceCues.HasAny(sentence, "%", "per cent")) return;
        foreach (Match m in OfTheirStudents().Matches(sentence))
            if (found.Any(f => f.Total && f.Kind == FigureKind.Votes && f.End <= m.Index))
            {
                if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) continue;
                found.Add(new RawFigure(FigureKind.Turnout, NewsNumber.FromMatch(m), m.Index, m.Index + m.Length));
            }
    }

    private static void Add(List<RawFigure> found, FigureKind kind, Match m, bool bodyOnly = false, bool lastYear = false, bool posts = false)
    {
        if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) return;
        found.Add(new RawFigure(kind, NewsNumber.FromMatch(m), m.Index, m.Index + m.Length) { Total = true, BodyOnly = bodyOnly, LastYear = lastYear, PostsFilled = posts });
    }

    /// <summary>"Southampton had a staggering 7,285 voters", "the Union saw 5,033 voters": a body's voters, counted.
    /// Not those registered or eligible.</summary>
    [GeneratedRegex(@"(?<=\b(?:had|has|saw|sees|recorded|records|attracted|attracts)\s+(?:(?:a|an|only|just)\s+)?(?:(?:staggering|record|record-breaking|impressive|mere|paltry|whopping|healthy|total\s+of)\s+){0,2})" + Q + @"(?=\s+(?:voters|people\s+voting|students\s+voting)\b)(?!\s+voters\s+(?:registered|eligible|on\s+the))")]
    private static partial Regex HadVoters();

    /// <summary>"last year’s 3,387 voters", "this year's 5,033 voters": the contest of the year named.</summary>
    [GeneratedRegex(@"(?<=\b(?:(?<last>[Ll]ast|[Pp]revious)|[Tt]his)\s+year['’]s\s+(?:(?:record|record-breaking|total\s+of)\s+)?)" + Q + @"(?=\s+(?:voters|ballots|votes\s+cast)\b)")]
    private static partial Regex YearsVoters();

    /// <summary>"a record number of voters – 4,024", "the number of votes cast was 8,012".</summary>
    [GeneratedRegex(@"(?<=\bnumber\s+of\s+(?:voters|votes\s+cast|ballots(?:\s+cast)?)\s*(?:[–—:-]\s*|,\s*|\s+(?:was|is|were|reached|stood\s+at|stands\s+at|of)\s+))" + Q + @"(?!\s?(?:%|per\s+cent))")]
    private static partial Regex NumberOfVoters();

    /// <summary>"this was 30% of their eligible students", "which only made up 18% of their students", "8,400 voters, 26%
    /// of its students", "9,034 students (46% of the student body)".</summary>
    [GeneratedRegex(@"(?<=(?:\b(?:was|is|were|are|made\s+up|making\s+up|makes\s+up|represent(?:s|ed|ing)?|or|equal\s+to|equivalent\s+to|meaning)|(?:voters|voted|voting),|(?:students|people|voters|members)\s+\()\s*(?:(?:only|just)\s+)?)" + Q + @"\s?(?:%|per\s+cent)(?=\s+of\s+(?:their|its|the)\s+(?:(?:eligible|entire|whole|total)\s+)?(?:students|student\s+body|student\s+population|members|membership|electorate|eligible\s+voters)\b)")]
    private static partial Regex OfTheirStudents();

    /// <summary>"only one GSA position filled", "Only one of the five committee positions was filled": the posts an
    /// election filled. Read only to be left out: a post filled is no seat that anyone won.</summary>
    [GeneratedRegex(Q + @"(?=\s+(?:of\s+(?:the|its|their)\s+[\w-]+\s+)?(?:[\w&-]+\s+){0,3}?(?:positions?|posts?|roles?|places?)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|being|now)\s+)?filled\b)")]
    private static partial Regex PostsFilled();

    /// <summary>Words of a turnout or a count of voters: a margin "behind last year" is of one.</summary>
    [GeneratedRegex(@"\b(?:[Tt]urnout|total|voted|voting|voters|votes)\b")]
    private static partial Regex RunningWord();

    /// <summary>"just about 3% behind last year", "two points short of last year's": a running turnout against last
    /// year's at the same point.</summary>
    [GeneratedRegex(Q + @"(?:\s?(?:%|per\s+cent)|\s+(?:percentage\s+)?points?)(?=\s+(?:behind|ahead\s+of|short\s+of|below)\s+(?:last\s+year|the\s+same\s+(?:point|time|stage)\s+last\s+year)\b)")]
    private static partial Regex BehindLastYear();
}
