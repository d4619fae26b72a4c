using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Figures told of the same contest in an earlier year.</summary>
internal static partial class FigureReader
{
    /// <summary>"Turnout rose from 41% last year to 45%": the level reached is the contest's own; the level it rose
    /// from is the earlier contest's when the sentence says which ("last year", "in 2015"), and is left unread when not.</summary>
    private static void AddChange(List<RawFigure> found, Match m)
    {
        var (from, to) = (m.Groups["from"], m.Groups["to"]);
        if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) return;
        if (m.Groups["last"].Success || m.Groups["year"].Success)
            found.Add(new RawFigure(FigureKind.Turnout, NewsNumber.Parse(from.Value)!, from.Index, m.Groups["when"].Index + m.Groups["when"].Length)
            {
                LastYear = m.Groups["last"].Success,
                EarlierYear = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            });
        found.Add(new RawFigure(FigureKind.Turnout, NewsNumber.Parse(to.Value)!, to.Index, m.Index + m.Length));
    }

    /// <summary>"up four points on 2021, when she won 40%", "Ann Poe's 35.3% three years before": a figure told of the
    /// same contest in an earlier year, which the year or the years before the article say.</summary>
    private static void ToldOfEarlierRace(string sentence, List<RawFigure> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.EarlierYear is not null || f.LastYear) continue;
            if (YearThenWhen().Match(sentence[..f.Position]) is { Success: true } when)
                found[i] = f with { EarlierYear = int.Parse(when.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) };
            else if (YearsBeforeAfter().Match(sentence[f.End..]) is { Success: true } before)
                found[i] = f with { YearsBefore = NewsNumber.Parse(before.Groups["n"].Value) is { } n ? (int)n.Value : null };
            // "compared with 38.1% four years ago, when Boris Johnson held off Ken Livingstone by 51.5%".
            else if (YearsAgoThenWhen().Match(sentence[..f.Position]) is { Success: true } ago)
                found[i] = f with { YearsBefore = NewsNumber.Parse(ago.Groups["n"].Value) is { } n ? (int)n.Value : null };
            // "Four years ago the Tories had 41 seats to Labour's 19": a sentence set in a year before tells its figures of
            // it, up to a turn back to now ("...; this time ...", "but now").
            else if (OpensYearsAgo().Match(sentence) is { Success: true } opens && !BackToNow().IsMatch(sentence[opens.Length..f.Position]))
                found[i] = f with { YearsBefore = NewsNumber.Parse(opens.Groups["n"].Value) is { } n ? (int)n.Value : null };
        }
        // "... by 51.5% to 48.5%": the rest of a pair or list is told of the year its first number is.
        for (var i = 0; i < found.Count; i++)
            if (found[i] is { ListIndex: > 0, OfEarlierYear: false } f
                && found.FirstOrDefault(o => o.ListIndex == 0 && o.ListStart == f.ListStart && o.ListCount == f.ListCount) is { OfEarlierYear: true } head)
                found[i] = f with { EarlierYear = head.EarlierYear, YearsBefore = head.YearsBefore };
    }

    /// <summary>"3.8% of the vote in 2015, up from 1% in 2010", "compared with 1% in 2010", "a fourfold increase from 2010
    /// (1%)", "up on 2010's 29%": a figure set against another, with a year of its own, is that year's contest's. Without
    /// the comparison ("won 3.8% in 2015") a year after a figure is only the contest's.</summary>
    private static void SetAgainstAYear(string sentence, List<RawFigure> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            // A number changed from (LastTime) may still have its year told after it.
            if (f.EarlierYear is not null || f.LastYear || f.YearsBefore is not null) continue;
            var before = sentence[Math.Max(0, f.Position - 60)..f.Position];
            var year = ComparedWith().IsMatch(before) && YearAfter().Match(sentence, f.End) is { Success: true } after ? after.Groups["year"]
                : FromAYear().Match(before) is { Success: true } from ? from.Groups["year"] : null;
            if (year is not null) found[i] = f with { EarlierYear = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) };
            // "The Greens took 6.7 per cent, up from 2.7 per cent": with no year, the contest's last before.
            else if (UpOrDownFrom().IsMatch(before) && ClauseEnds().IsMatch(sentence[f.End..])) found[i] = f with { LastTime = true };
        }
    }

    /// <summary>"Labour won 412 seats, up from 202", "Turnout was 60 per cent, down from 67 per cent": the number a
    /// figure changed from, told just after it with no other unit, is of that figure's measure, in the contest before.</summary>
    private static void BareEarlier(string sentence, List<RawFigure> found)
    {
        foreach (Match m in FromBare().Matches(sentence))
        {
            if (found.Any(f => f.Position < m.Index + m.Length && m.Index < f.End)) continue;
            var before = found.Where(f => f.End <= m.Index && JustBefore().IsMatch(sentence[f.End..m.Index])).MaxBy(f => f.End);
            if (before is null || before.Kind is FigureKind.Position || m.Groups["pct"].Success && before.Kind is not (FigureKind.Share or FigureKind.Turnout)) continue;
            // Changed from: never the figure of the contest the sentence reports, whatever year may be read for it.
            found.Add(new RawFigure(before.Kind, NewsNumber.FromMatch(m), m.Index, m.Index + m.Length) { LastTime = true });
        }
    }

    [GeneratedRegex(@"(?<=\b(?:up|down)\s+from\s+)(?!(?:19|20)\d\d\b)" + Q + @"(?<pct>\s?%|\s+per\s+cent)?(?!\s*(?:seats|votes|MPs|points?|members|councillors)\b)")]
    private static partial Regex FromBare();

    /// <summary>Nothing after a figure says when it was: its clause ends.</summary>
    [GeneratedRegex(@"^(?:\s?%|\s+per\s+cent)?(?:\s+(?:of\s+the\s+vote|seats|votes))?\s*(?:[,.;:)–—]|$)")]
    private static partial Regex ClauseEnds();

    [GeneratedRegex(@"^(?:\s+of\s+[^.;:\d]{0,20}\d+)?[^.;:\d]{0,30}$")]
    private static partial Regex JustBefore();

    [GeneratedRegex(@"\b(?:up|down)\s+from\s+(?:(?:a|just|only|around|about|nearly|almost|some|over|under|more\s+than|less\s+than)\s+)*$")]
    private static partial Regex UpOrDownFrom();

    [GeneratedRegex(@"\b(?:from|compared\s+(?:with|to))\s+(?:(?:a|just|only|around|about|nearly|almost|some|over|under|more\s+than|less\s+than)\s+)*$")]
    private static partial Regex ComparedWith();

    [GeneratedRegex(@"\G(?:\s?(?:%|per\s+cent)|\s+(?:seats|votes|MPs))?(?:\s+of\s+the\s+(?:vote|poll|seats))?\s+(?:in|at)\s+(?:the\s+)?(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(?:from|on|than|compared\s+(?:with|to))\s+(?:the\s+)?(?<year>(?:19|20)\d\d)(?:\s*\(\s*|['’]s\s+)$")]
    private static partial Regex FromAYear();

    /// <summary>Whether the text ends in a clause told of an earlier year's race ("up from 38% in 2012, when").</summary>
    public static bool ToldOfEarlierYear(string before) => YearThenWhen().IsMatch(before);

    /// <summary>How many years before, when the text ends in a clause told of them ("four years ago, when").</summary>
    public static int? YearsAgoWhen(string before) =>
        YearsAgoThenWhen().Match(before) is { Success: true } m && NewsNumber.Parse(m.Groups["n"].Value) is { } n ? (int)n.Value : null;

    /// <summary>How many years before, when the words right after a person's name say so ("beat Zac Goldsmith five years ago").</summary>
    public static int? YearsAgoAfterName(string text, int position) =>
        text.IndexOf('⟧', position) is var end and >= 0 && YearsAgoNext().Match(text, end + 1) is { Success: true } m
            && NewsNumber.Parse(m.Groups["n"].Value) is { } n ? (int)n.Value : null;

    [GeneratedRegex(@"\G\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:before|earlier|ago|previously)\b")]
    private static partial Regex YearsAgoNext();

    [GeneratedRegex(@"\b(?:in|on|than|from|since|with)\s+(?<year>(?:19|20)\d\d),?\s+when\b[^;\d]{0,60}$")]
    private static partial Regex YearThenWhen();

    [GeneratedRegex(@"^(?:(?:But|And|Yet)\s+)?(?<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})\s+years\s+(?:before|earlier|ago|previously)\b(?!\s*,?\s+when\b),?")]
    private static partial Regex OpensYearsAgo();

    [GeneratedRegex(@";|\b(?:but|now|this\s+time|today|tonight)\b")]
    private static partial Regex BackToNow();

    [GeneratedRegex(@"\b(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:before|earlier|ago|previously),?\s+when\b[^;\d]{0,60}$")]
    private static partial Regex YearsAgoThenWhen();

    [GeneratedRegex(@"^(?:\s*%|\s*per cent|\s+(?:seats|votes|MPs|councillors))?(?:\s+of\s+the\s+(?:vote|poll))?\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:before|earlier|ago|previously)\b")]
    private static partial Regex YearsBeforeAfter();
}
