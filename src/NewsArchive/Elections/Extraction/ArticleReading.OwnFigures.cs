using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>The election a turnout or a count of votes cast belongs to when its sentence names none ("A record
    /// 5,033 students took part"): the one in view, or, for a count of voters, the body's election the article opens on,
    /// or the body's election last named when no other election has been named since (<see cref="BodyInView"/>).</summary>
    private string? OwnFigureElection(ArticleSentence s, RawFigure raw, List<Placed> placed)
    {
        // "Turnout at most universities is below 20%": a field of bodies has no one election.
        if (placed.Count > 0 || !(raw.Total || raw.Kind == FigureKind.Turnout) || ManyBodies().IsMatch(s.Tokenised)) return null;
        // "last year's record turnout of 41.1%" is another contest's.
        // A turnout is read from its word ("Turnout last year was 42%"), so up to its number's end; a count of voters
        // only up to its number, which may itself look like a year ("1998 students voted").
        var upTo = raw.Kind == FigureKind.Turnout ? Math.Min(raw.End, s.Tokenised.Length) : raw.Position;
        // "Turnout was 44.2%, up from 41.3% last year, with 7,812 students voting": a year told with the figure before
        // is that figure's own.
        var clauseStart = Math.Max(TextCues.ClauseAt(s.Tokenised, raw.Position).Start,
            s.Figures.LastOrDefault(f => f.End <= raw.Position && f.OfEarlierYear)?.End ?? 0);
        // "Last year, 7,400 people voted": a time told at the head of the sentence is every clause's.
        var opener = TimeOpener().Match(s.Tokenised);
        var clause = (opener.Success && opener.Index + opener.Length <= clauseStart ? opener.Value + " " : "") + s.Tokenised[clauseStart..upTo];
        if (EarlierContest().IsMatch(clause))
            // "Turnout last year was 42%", "last year's 3,387 voters" in a story about a body's yearly election: that
            // body's election a year before.
            return LastYearSaid().IsMatch(clause) && !EarlierYearNamed().IsMatch(clause) && !Nationwide().IsMatch(s.Tokenised) && (BodyTopic(s) ?? BodyInView(s)) is { } body
                ? YearBefore(body, s) : null;
        // A body's election is a count of voters', and a turnout told beside that count ("8,012 students voted, a
        // turnout of 46.2%"), of a part of the body ("the Faculty of Engineering had the highest turnout") or beside
        // a word of the body itself (its union, a society, its officers): "the
        // student turnout is 20% and the national turnout is 40%" in a union's story is the country's. So is a turnout
        // told of "this year" ("Turnout this year was 45.6%, up from 41.1% last year").
        if (Recent(context, s.Paragraph, 1)) return context!.Value.Slug;
        var cued = raw.Total || VotersCounted().IsMatch(s.Tokenised) || PartOfBody().IsMatch(s.Tokenised) || TextCues.Organisation().IsMatch(s.Tokenised)
                   || raw.Kind == FigureKind.Turnout && ThisYear().IsMatch(s.Tokenised[clauseStart..upTo]);
        // Otherwise a turnout told on its own ("Turnout was 44.2%") is the body's whose election is in view.
        return (cued ? BodyTopic(s) : null) ?? BodyInView(s);
    }

    /// <summary>The same body's election in the year before the article's ("last year's"), or before its own.</summary>
    private string YearBefore(string body, ArticleSentence s)
    {
        var year = (published?.Year ?? registry.YearOf(body)) - 1;
        return year == registry.YearOf(body) ? body : registry.SameContestIn(body, year, s.Source);
    }

    /// <summary>"Last year, ...", "The year before, ...": the time of the whole sentence, told at its head.</summary>
    [GeneratedRegex(@"^\W*(?:(?:[Ll]ast|[Tt]his|[Pp]revious)\s+year|[Tt]he\s+(?:year|time)\s+before|[Ii]n\s+(?:19|20)\d\d)\s*,")]
    private static partial Regex TimeOpener();

    [GeneratedRegex(@"\d[\d,]*\s+(?:students|members|people|voters)\s+(?:voted|cast)\b")]
    private static partial Regex VotersCounted();

    /// <summary>"Turnout this year was 45.6%" in a story about a body's election: this year's is the one it reports.</summary>
    [GeneratedRegex(@"\b[Tt]his\s+year(?:['’]s)?\b")]
    private static partial Regex ThisYear();

    /// <summary>Class: a part of a body that votes within it (a faculty, a department, a school).</summary>
    [GeneratedRegex(@"\b(?:[Ff]acult(?:y|ies)|[Dd]epartments?|[Ss]chool)\b")]
    private static partial Regex PartOfBody();

    [GeneratedRegex(@"\b(?:[Ll]ast|[Pp]revious|[Pp]ast)\s+(?:year|time|election)|\b(?:19|20)\d\d\b")]
    private static partial Regex EarlierContest();

    [GeneratedRegex(@"\b(?:[Nn]ational\w*|[Cc]ountry|UK|Britain|general\s+election)\b")]
    private static partial Regex Nationwide();

    [GeneratedRegex(@"\b[Ll]ast\s+year(?:['’]s)?\b")]
    private static partial Regex LastYearSaid();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b(?:previous|past)\s+(?:year|time|election)")]
    private static partial Regex EarlierYearNamed();

    /// <summary>"The final results were 1,201,607 "Yes" votes to 734,300 "No" votes" before the article names its
    /// referendum: votes for a side belong to a referendum, and an article that dates exactly one has no other.</summary>
    private string? OnlyReferendum(ArticleSentence s, RawFigure raw, int clauseStart, List<Placed> placed)
    {
        if (placed.Count > 0 || learnedYears is null) return null;
        var side = raw.Side ?? (raw.ListIndex >= 0 ? FigureSubjects.SideInPair(s.Tokenised, clauseStart, raw) : FigureSubjects.Side(s.Tokenised, clauseStart, raw.Position));
        if (side is null) return null;
        var referendums = learnedYears.Where(l => l.Key.Item1 == ElectionKind.Referendum && l.Value > 0).ToList();
        return referendums is [var only] ? registry.Register(ElectionKind.Referendum, only.Key.Item2, only.Value, YearSource.ArticleContext, s.Source) : null;
    }
}
