using System.Text.Json.Serialization;
using NewsArchive.Elections;

using NewsArchive.Language;

namespace NewsArchive.Web.Api;

// Elections in the JSON API. Each record is one documented shape in /openapi/v1.json; to add a field, add
// a property (at the end, so existing fields keep their order) and fill it in From.

/// <summary>One election in the list of all.</summary>
/// <param name="Id">A Democracy Club style identifier (mayor.london.2021-05-06).</param>
/// <param name="Winners">Who won: candidates' or parties' names.</param>
/// <param name="HasResults">False for an election the articles only mention, with no figure or candidate.</param>
public sealed record ElectionSummary(
    string Slug, string Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<ElectionKind>))] ElectionKind Kind,
    string Area, int Year, DateOnly? PollDate, IReadOnlyList<string> Winners, bool HasResults)
{
    public static ElectionSummary From(ElectionQueries.Summary e) => new(e.Slug, e.Id, e.Name, e.Kind, e.Area, e.Year, e.PollDate, e.Winners, e.HasResults);
}

/// <summary>An election: winner, majority, turnout, candidates with votes and shares per count, and every
/// figure with its status (result, tally, exit poll, projection) and the article and sentence it came from;
/// for an election the articles only mention, the sentences that mention it.</summary>
/// <param name="ParentSlug">The election this one is part of (a constituency of a parliament), if any.</param>
/// <param name="HasResults">False when the articles only mention the election: see Mentions.</param>
/// <param name="Turnout">Turnout as each article states it.</param>
/// <param name="Articles">The newest 100 articles that name the election.</param>
/// <param name="Mentions">The sentences of those articles that name the election.</param>
/// <param name="ArticleCount">Every article that names the election.</param>
/// <param name="VotesCast">Votes cast in the whole contest, as each article states it.</param>
/// <param name="Parts">The contests of their own that were part of it (a general election's seats), with their winners.</param>
public sealed record ElectionDetail(
    string Slug, string Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<ElectionKind>))] ElectionKind Kind,
    string Area, int Year, DateOnly? PollDate, string? VotingSystem, string? ParentSlug,
    IReadOnlyList<ElectionWinner> Winners, IReadOnlyList<ElectionMajority> Majorities, IReadOnlyList<ElectionCandidate> Candidates,
    IReadOnlyList<ElectionSource> Sources, IReadOnlyList<ElectionArticle> Articles,
    bool HasResults, IReadOnlyList<ElectionFigure> Turnout, IReadOnlyList<ElectionMention> Mentions, int ArticleCount,
    IReadOnlyList<ElectionFigure> VotesCast, IReadOnlyList<ElectionPart> Parts)
{
    public static ElectionDetail From(ElectionQueries.Detail e) => new(
        e.Slug, e.Id, e.Name, e.Kind, e.Area, e.Year, e.PollDate, e.VotingSystem, e.Parent?.Slug,
        [.. e.Winners.Select(w => new ElectionWinner(w.Name, w.PersonSlug, w.Parties))],
        [.. e.Majorities.Select(m => new ElectionMajority(m.Candidate.Name, ElectionFigure.From(m.Figures[0]), [.. m.Figures.Select(ElectionFigure.From)]))],
        [.. e.Candidates.Select(ElectionCandidate.From)],
        [.. e.Sources.Select(s => new ElectionSource(s.Number, s.ArticleSlug, s.Headline, s.PublishedOn, s.Paragraph, s.Sentence))],
        [.. e.Articles.Select(a => new ElectionArticle(a.Slug, a.Headline, a.PublishedOn))],
        e.HasResults, [.. e.Turnout.Select(ElectionFigure.From)],
        [.. e.Mentions.Select(m => new ElectionMention(m.ArticleSlug, m.Headline, m.PublishedOn, m.Paragraph, m.Sentence))], e.ArticleCount,
        [.. e.VotesCast.Select(ElectionFigure.From)], [.. e.Parts.Select(p => new ElectionPart(p.Slug, p.Name, p.Area, p.Winners))]);
}

/// <summary>A contest that was part of the election: a general election's seat, a round's council.</summary>
public sealed record ElectionPart(string Slug, string Name, string Area, IReadOnlyList<string> Winners);

/// <summary>A sentence of an article that names the election.</summary>
public sealed record ElectionMention(string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

public sealed record ElectionWinner(string Name, string? PersonSlug, IReadOnlyList<string> Parties);

/// <param name="Figure">The first article's figure.</param>
/// <param name="Figures">Every article's figure, when outlets give the majority differently.</param>
public sealed record ElectionMajority(string Candidate, ElectionFigure Figure, IReadOnlyList<ElectionFigure> Figures);

/// <param name="Elected">True when elected, false when defeated, null when no article says.</param>
/// <param name="Rounds">Votes and shares per count (first preferences, final), of the whole electorate.</param>
/// <param name="Figures">Every figure, a part of the electorate's among them (see <see cref="ElectionFigure.Part"/>).</param>
public sealed record ElectionCandidate(
    string Name, string? PersonSlug, IReadOnlyList<string> Parties, bool? Elected, IReadOnlyList<CandidateRound> Rounds, IReadOnlyList<ElectionFigure> Figures)
{
    public static ElectionCandidate From(ElectionQueries.Candidate c) => new(
        c.Name, c.PersonSlug, c.Parties,
        c.Outcomes.Contains("Elected") ? true : c.Outcomes.Contains("Defeated") ? false : null,
        [.. c.Figures.Where(f => f.Kind is FigureKind.Votes or FigureKind.Share && f.Part is null).GroupBy(f => f.Round).Select(r => new CandidateRound(
            r.Key,
            [.. r.Where(f => f.Kind == FigureKind.Votes).Select(ElectionFigure.From)],
            [.. r.Where(f => f.Kind == FigureKind.Share).Select(ElectionFigure.From)]))],
        [.. c.Figures.Select(ElectionFigure.From)]);
}

public sealed record CandidateRound(
    [property: JsonConverter(typeof(JsonStringEnumConverter<CountRound>))] CountRound Round,
    IReadOnlyList<ElectionFigure> Votes, IReadOnlyList<ElectionFigure> Shares);

/// <summary>One figure as an article states it, with its sentence.</summary>
/// <param name="AsWritten">The figure as the article wrote it ("almost 7,000").</param>
/// <param name="RoundFromContext">True when the count was inferred from the sentences around, not stated.</param>
/// <param name="Curated">True when the archive's editors added the figure.</param>
/// <param name="Paragraph">The paragraph of the article that states it, from 0.</param>
/// <param name="Status">Result, Tally (part of the count), ExitPoll or Projection.</param>
/// <param name="Part">The part of the electorate a figure is told of: a group ("undergraduates", "Faculty of Medicine"),
/// or a region or area of a vote across the UK ("London" for "Labour won 59 of London's 75 seats"); null for the whole
/// election's.</param>
public sealed record ElectionFigure(
    [property: JsonConverter(typeof(JsonStringEnumConverter<FigureKind>))] FigureKind Kind, decimal Value,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Bound>))] Bound Bound, string AsWritten,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CountRound>))] CountRound Round, bool RoundFromContext,
    int? OutOf, bool Curated, string ArticleSlug, int Paragraph, string Sentence,
    [property: JsonConverter(typeof(JsonStringEnumConverter<FigureStatus>))] FigureStatus Status, string? Part)
{
    public static ElectionFigure From(ElectionQueries.Figure f) =>
        new(f.Kind, f.Value, f.Bound, f.Text, f.Round, f.RoundFromContext, f.OutOf, f.Curated, f.Source.ArticleSlug, f.Source.Paragraph, f.Source.Sentence, f.Status, f.Part);
}

/// <param name="Number">The footnote number on the election page.</param>
public sealed record ElectionSource(int Number, string ArticleSlug, string Headline, DateOnly? PublishedOn, int Paragraph, string Sentence);

public sealed record ElectionArticle(string Slug, string Headline, DateOnly? PublishedOn);
