using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// The whole-election figures of a body's own vote as a student paper tells them, in the sentences whose election in
/// view is a body's: a turnout or a count of voters on its own ("Turnout was 44.2%"), the turnouts of a ranking told
/// over two sentences ("The Faculty of Natural Sciences had the largest turnout with 41% ... The engineers came in
/// second with 35.3%"), a lead whose winner the paper does not name ("the candidate in question ... more than 50
/// votes ahead of their nearest rival"), and other bodies' elections set beside the body's ("Southampton had a
/// staggering 7,285 voters").
/// </summary>
internal sealed partial class ArticleReading
{
    /// <summary>The body's election in view: the one last named, when no election of another kind has been named since
    /// (a union's elections named before a paragraph on the country's turnout are not that turnout's) and the
    /// sentence speaks of no other electorate. Last named long ago, an earlier year's ("last year's elections") gives
    /// way to the one the article opens on.</summary>
    private string? BodyInView(ArticleSentence s)
    {
        if (bodyInView is not { } view || s.Paragraph - view.Paragraph > ContextParagraphs) return null;
        var text = s.Tokenised;
        if (TextCues.Westminster().IsMatch(text) || TextCues.ForeignCountry().IsMatch(text) || ManyBodies().IsMatch(text)
            || Nationwide().Matches(text).Any(m => !BestInCountry().IsMatch(text[Math.Max(0, m.Index - 40)..m.Index]))) return null;
        return bodyTopic is { } topic && topic != view.Slug && s.Paragraph - view.Paragraph > 1 && registry.YearOf(view.Slug) < registry.YearOf(topic) ? topic : view.Slug;
    }

    /// <summary>The motion of a body's vote whose count the article gives first, by election.</summary>
    private readonly Dictionary<string, (int Sentence, int Motion)> motionCounted = [];

    /// <summary>True for the first motion whose count the article gives for the election: a body votes on several
    /// in a year, and its page has one line per side (<see cref="LeftOutReason.AnotherMotion"/>).</summary>
    private bool FirstMotion(string slug, int sentence, int motion) =>
        motionCounted.TryAdd(slug, (sentence, motion)) || motionCounted[slug] == (sentence, motion);

    /// <summary>"the highest turnout in the country", "of any UK university": the country as the field compared
    /// against, not as the electorate.</summary>
    [GeneratedRegex(@"\b(?:highest|lowest|best|worst|largest|biggest|top|any|most)\b[^.;]{0,30}?\b(?:in|of|across)\s+(?:the\s+)?$|\bany\s+$")]
    private static partial Regex BestInCountry();

    /// <summary>In a sentence that names no election, the body's election of a figure only a body's election has: RON's
    /// ("Re-open Nominations (RON) received 312 votes"), and a lead with no winner named ("the candidate in question
    /// ... more than 50 votes ahead of their nearest rival") in a sentence that names no one, whose unnamed winner it is.</summary>
    private string? BodysOwnElection(ArticleSentence s, RawFigure raw, string? person, string? party, List<Placed> placed)
    {
        if (placed.Count > 0) return null;
        if (person is null && party == "RON") return BodyTopic(s) ?? BodyInView(s);
        return raw.Kind == FigureKind.Majority && person is null && party is null && !ArticleSentence.PersonToken().IsMatch(s.Tokenised) ? BodyInView(s) : null;
    }

    /// <summary>True for a lead in a body's election whose sentence names no winner: it is kept with none.</summary>
    private bool UnnamedWinner(ArticleSentence s, RawFigure raw, string slug) =>
        raw.Kind == FigureKind.Majority && registry.KindOf(slug) == ElectionKind.Organisation && !ArticleSentence.PersonToken().IsMatch(s.Tokenised);

    /// <summary>The sentence's figures, with the per cents of a ranking of turnouts carried on from the sentence before
    /// read as turnouts: "The Faculty of Natural Sciences had the largest turnout with 41% of students voting. The
    /// engineers came in second with 35.3% and the Medics came third with 23.5%." Only in a sentence with no word of
    /// votes won, and only right after a sentence of the same paragraph that gave a turnout; not where a person "had 36.8%",
    /// a candidate's share.</summary>
    private IReadOnlyList<RawFigure> WithRankedTurnouts(int index, ArticleSentence s)
    {
        var raws = s.Figures;
        var text = s.Tokenised;
        if (lastTurnout is not { } last || last.Sentence != index - 1 || last.Paragraph != s.Paragraph || !text.Contains('%')
            || VotesWon().IsMatch(text) || ArticleSentence.PersonToken().IsMatch(text)) return raws;
        // A ranking's places are parts of the electorate (faculties, years): each is a part's turnout, not the whole's.
        var ranked = RankedTurnout().Matches(text).Select(m => new RawFigure(FigureKind.Turnout, NewsNumber.FromMatch(m), m.Groups["n"].Index, m.Index + m.Length) { Part = true }).ToList();
        if (ranked.Count == 0) return raws;
        return raws.Where(r => r.Kind == FigureKind.Position || !ranked.Any(t => r.Position < t.End && t.Position < r.End))
            .Concat(ranked).OrderBy(r => r.Position).ToList();
    }

    [GeneratedRegex(@"\b(?:votes?|voters|ballots?|share|polled|won|wins|elected|seats?|candidates?|preferences?)\b")]
    private static partial Regex VotesWon();

    /// <summary>A turnout of a ranking: "came in second with 35.3%", "followed by Medicine with 39%", "Sheffield had 24%".</summary>
    [GeneratedRegex(@"(?:\b(?:came|finished|was|were|ranked)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|sixth|last|next)\s+(?:with|on|at)|\bfollowed\s+by\s+[^,;.\d]{1,40}?\s+(?:with|on|at)|\b(?:had|has|saw|with|on|at))\s+(?:(?:just|only|about|around|roughly|nearly|over)\s+)?(?<n>\d+(?:\.\d+)?)\s?(?:%|per\s+cent)(?!\s+of\s+the\s+vote)")]
    private static partial Regex RankedTurnout();

    /// <summary>Another body's turnout or count of voters, set beside the body's ("Southampton had a staggering 7,285
    /// voters", "Only 12.14% of University College London students voted", "Edinburgh had 22% of their students voting
    /// and Sheffield had 24%"): that body's election of the same year. A body is another's when its name is a union's,
    /// a university's or a college's, or when the paragraph (or the one before) compares other universities.</summary>
    private string? OtherBodysElection(int index, ArticleSentence s, RawFigure raw, string slug)
    {
        if (registry.KindOf(slug) != ElectionKind.Organisation || !(raw.Total || raw.Kind == FigureKind.Turnout)) return null;
        var text = s.Tokenised;
        var before = text[..raw.Position];
        var had = SubjectHad().Matches(before).LastOrDefault();
        var named = had is not null ? had.Groups["name"].Value
            : OfTheirStudents().Match(text, raw.Position) is { Success: true } of && of.Index <= raw.End ? of.Groups["name"].Value
            : null;
        // "..., which only made up 18% of their students", "giving a total of 2996 voters": the body just named.
        if (named is null)
            return lastOtherBody is { } other && other.Sentence == index && OnlyTheirs().IsMatch(text[Math.Min(other.End, raw.Position)..raw.Position]) ? other.Slug : null;
        var body = named.StartsWith("The ", StringComparison.Ordinal) ? named[4..] : named;
        var own = registry.AreaOf(slug);
        if (Parties.Mention().IsMatch(body) || PartOfBodyName().IsMatch(body) || OwnBody(body, own)) return null;
        // "Southampton's union had 7,285 voters": a name whose union it is names a body as surely as its head word does.
        if (!BodyHead().IsMatch(body) && had?.Groups["their"].Success != true && !ComparedBodies(s.Paragraph)) return null;
        var theirs = registry.Register(ElectionKind.Organisation, body, registry.YearOf(slug), registry.YearSourceOf(slug), s.Source);
        lastOtherBody = (theirs, index, raw.End);
        return theirs;
    }

    private (string Slug, int Sentence, int End)? lastOtherBody;

    /// <summary>"Even in 2010, when the Conservatives won 306 seats nationally, Labour held 38 seats in London": a figure
    /// whose own clause says it is the whole country's, whatever region the sentence names beside it.</summary>
    private static bool Nationally(ArticleSentence s, RawFigure raw)
    {
        // Between the commas around it: "when the Conservatives won 306 seats nationally".
        var text = s.Tokenised;
        var start = text.LastIndexOf(',', Math.Max(0, raw.Position - 1)) + 1;
        var end = text.IndexOf(',', Math.Min(raw.End, text.Length));
        return WholeCountry().IsMatch(text[start..(end < 0 ? text.Length : end)]);
    }

    [GeneratedRegex(@"\b(?:[Nn]ationally|nationwide|UK-wide|(?:across|throughout)\s+(?:the\s+)?(?:country|UK|nation|Britain|Great\s+Britain))\b")]
    private static partial Regex WholeCountry();

    /// <summary>Why a figure is not the election's, when it is not: another body's that cannot be named safely ("At
    /// Southampton, 7,285 students voted"). A part of the electorate's ("60% of undergraduates") and a region's of a
    /// vote across the UK or England ("Labour won 59 of London's 75 seats") are kept as that part's (<see cref="PartOf"/>).</summary>
    private LeftOutReason? NotTheWholes(ArticleSentence s, RawFigure raw, string slug) => AtAnotherBody(s, raw, slug) ? LeftOutReason.NoElection : null;

    /// <summary>A sentence that names the UK beside another country's election in view (which it does not name).</summary>
    private bool BritainBesideAbroad(ArticleSentence s, string slug) => registry.KindOf(slug) == ElectionKind.Foreign && TextCues.UkNamed().IsMatch(s.Tokenised);

    /// <summary>The part of the electorate a figure is told of, or null for the whole's: a group of voters ("60% of
    /// undergraduates"), or a region or area of a vote across the UK or of England's council elections ("Labour won 59
    /// of London's 75 seats", "In Lambeth, Remain took 78.6%", "Turnout across London was 34%"), unless the figure's own
    /// clause calls it the whole country's.</summary>
    private string? PartOf(ArticleSentence s, RawFigure raw, string slug) => ElectorateParts.Of(s.Tokenised, raw)
        ?? (raw.Kind != FigureKind.Turnout && Nationally(s, raw) ? null : RegionOfNation(s, slug) ?? RegionOfRound(s, slug));

    /// <summary>True for a body's turnout or count told at a place the body is not ("At Southampton, 7,285 students
    /// voted", "7,285 students voted at Southampton"): another body's, but its name is too loosely read to give it an
    /// election of its own.</summary>
    private bool AtAnotherBody(ArticleSentence s, RawFigure raw, string slug)
    {
        if (registry.KindOf(slug) != ElectionKind.Organisation || !(raw.Total || raw.Kind == FigureKind.Turnout)) return false;
        var own = registry.AreaOf(slug);
        return AtPlace().Matches(s.Tokenised).Any(m => m.Groups["name"].Value is var name && !OwnBody(name, own) && !PartOfBodyName().IsMatch(name)
            && !NotAPlace().IsMatch(name) && !Parties.Mention().IsMatch(name));
    }

    [GeneratedRegex(@"\b(?:[Aa]t|[Ii]n)\s+(?:the\s+)?(?<name>\p{Lu}[\w'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\w'’&-]*){0,4})")]
    private static partial Regex AtPlace();

    /// <summary>Capitalised words after "at" or "in" that are no other body: times, and the election itself.</summary>
    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Term|Week)\b|\b(?:Elections?|Vote|Votes|Voting|Ballot|Round|Count|Council|Union|Students|Student|Society|Club|Committee|Officers?|President|Deputy)\b")]
    private static partial Regex NotAPlace();

    /// <summary>A field of many bodies ("most universities", "across the sector"): no one body's figure.</summary>
    [GeneratedRegex(@"\b(?:most|many|some|several|all|few|other|rival|UK|British)\s+(?:\w+\s+)?(?:universities|unions|institutions|campuses|colleges|SUs)\b|\b(?:the|across\s+the|in\s+the)\s+(?:higher\s+education\s+)?sector\b|\b[Nn]ationally\b", RegexOptions.IgnoreCase)]
    private static partial Regex ManyBodies();

    /// <summary>The body's own name in another form: "Imperial" or "ICU" for "Imperial College Union", "the Union".</summary>
    private static bool OwnBody(string body, string own) =>
        body == own || (" " + own + " ").Contains(" " + body + " ", StringComparison.Ordinal) || body is "Union" or "Students' Union" or "Students’ Union"
        || string.Concat(own.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])) == body;

    /// <summary>True when the paragraph, or the one before it, sets the body beside others ("other universities",
    /// "other student unions", "elsewhere").</summary>
    private bool ComparedBodies(int paragraph) =>
        sentences.Any(o => (o.Paragraph == paragraph || o.Paragraph == paragraph - 1) && OtherBodies().IsMatch(o.Tokenised));

    [GeneratedRegex(@"\b(?:other|rival)\s+(?:universit(?:y|ies)|(?:students?['’]?\s+)?unions|institutions|campuses|colleges)\b|\b[Ee]lsewhere\b")]
    private static partial Regex OtherBodies();

    /// <summary>The name at the head of the clause that "had" the figure: "Southampton had a staggering", "and
    /// Sheffield had", "Kings College Union had a record number of voters – ".</summary>
    [GeneratedRegex(@"(?:^|[,;–—]\s*|\b(?:and|while|whereas|though|although|Although|Though|Even\s+though|even\s+though)\s+)(?<name>(?:The\s+)?\p{Lu}[\w'’&-]*?(?:\s+(?:of\s+)?\p{Lu}[\w'’&-]*?){0,4})(?<their>['’]s?\s+(?:students?['’]?\s+)?(?:[Uu]nion|[Gg]uild|SU))?\s+(?:had|has|saw|recorded)\b[^,;.%]{0,45}$")]
    private static partial Regex SubjectHad();

    /// <summary>"12.14% of University College London students voted": the body whose students they are.</summary>
    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?<name>\p{Lu}[\w'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\w'’&-]*){0,4})['’]?s?\s+(?:students|members|undergraduates)\b")]
    private static partial Regex OfTheirStudents();

    /// <summary>Between the other body's figure and the next: the same body's ("which", "their", "giving a total of"), or
    /// the next told beside it ("8,400 voters, 26% of its students").</summary>
    [GeneratedRegex(@"\b(?:which|this|that|their|its|giving|making|meaning)\b|^\s*(?:voters|votes|students|people)?\s*[,(–—]\s*$")]
    private static partial Regex OnlyTheirs();

    /// <summary>Heads of the names of other universities' bodies.</summary>
    [GeneratedRegex(@"\b(?:Union|University|College|Guild|SU|Students['’]?)\b")]
    private static partial Regex BodyHead();

    /// <summary>A part of the body itself, not another body: a faculty, a department, a hall.</summary>
    [GeneratedRegex(@"\b(?:Faculty|Facult(?:y|ies)|Department|School|Hall|Halls|Campus|Sciences?|Engineering|Medicine|Medics|Constituent)\b")]
    private static partial Regex PartOfBodyName();

    /// <summary>"Priya Shah won 1,500 votes, RON receiving 210": RON named after the person is the nearer owner.</summary>
    private static bool RonAfter(string text, RawFigure raw, int clauseStart) =>
        FigureSubjects.Ron().Matches(text[..raw.Position], clauseStart).LastOrDefault() is { } ron
        && !ArticleSentence.PersonToken().IsMatch(text[ron.Index..raw.Position]) && ArticleSentence.PersonToken().IsMatch(text[clauseStart..ron.Index])
        && !FigureSubjects.Compared(text, raw);

    /// <summary>"President: Jo Bloggs – 1,234 votes": a list of results names each candidate (or RON), a dash, then the count.</summary>
    private static (string? Person, string? Party) ListedOwner(ArticleSentence s, RawFigure raw, int clauseStart)
    {
        var text = s.Tokenised;
        if (!string.IsNullOrWhiteSpace(text[clauseStart..raw.Position]) || ListedBefore().Match(text[..clauseStart]) is not { Success: true } dash) return (null, null);
        return dash.Groups["p"].Success ? (s.PersonAt(ArticleSentence.PersonToken().Match(text, dash.Groups["p"].Index)), null) : (null, "RON");
    }

    [GeneratedRegex(@"(?:(?<p>" + ArticleSentence.Person + ")|" + ElectionWords.Ron + @")\s*[–—]\s*$")]
    private static partial Regex ListedBefore();
}
