using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>Where a statement came from: the paragraph index in the article and the exact sentence. A negative
/// index is the headline or standfirst above the body (-1 just above the first paragraph).</summary>
public sealed record SourceSentence(int Paragraph, string Sentence);

/// <summary>One election an article mentions. <see cref="Slug"/> is the stable key across articles;
/// <see cref="Id"/> follows Democracy Club's identifiers and carries the poll date only when it is known.</summary>
public sealed record Election
{
    public required string Slug { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ElectionKind Kind { get; init; }
    public required string Area { get; init; }
    public required int Year { get; init; }
    public required YearSource YearSource { get; init; }

    /// <summary>Polling day, derived (the Thursday on or before the article's date) only when the article
    /// reports the election as happening now.</summary>
    public DateOnly? PollDate { get; init; }

    /// <summary>The election a constituency contest was part of ("scottish-parliament-2021").</summary>
    public string? ParentSlug { get; init; }

    /// <summary>As the article names it ("supplementary vote"), when it does.</summary>
    public string? VotingSystem { get; init; }

    public required IReadOnlyList<SourceSentence> Mentions { get; init; }
}

/// <summary>A candidate (or, with <see cref="Candidate"/> null, a party) standing in an election.</summary>
public sealed record Candidacy
{
    public required string ElectionSlug { get; init; }

    /// <summary>The person's <c>PersonInArticle.Name</c>; null for a party-level row.</summary>
    public string? Candidate { get; init; }
    public string? Party { get; init; }
    public Outcome? Outcome { get; init; }

    /// <summary>The post of a body's election stood for ("Deputy President (Welfare)"), when the text names it.</summary>
    public string? Post { get; init; }
    public required IReadOnlyList<SourceSentence> Sources { get; init; }
}

/// <summary>One number an article states about a candidate or party in an election.</summary>
public sealed record ElectionFigure
{
    public required string ElectionSlug { get; init; }
    public string? Candidate { get; init; }
    public string? Party { get; init; }
    public required FigureKind Kind { get; init; }
    public required Quantity Value { get; init; }

    /// <summary>The size of the body for seat figures ("30 seats ... in the 60-seat chamber").</summary>
    public int? OutOf { get; init; }
    public CountRound Round { get; init; }
    public FigureStatus Status { get; init; }

    /// <summary>True when the round is carried over from the sentence before rather than stated.</summary>
    public bool RoundFromContext { get; init; }

    /// <summary>The post of a body's election the figure is for ("Felix Editor"), when the text names it: a union
    /// elects many posts at once, and only one post's candidates stood against each other.</summary>
    public string? Post { get; init; }

    /// <summary>The part of the electorate a turnout or count of voters is told of ("undergraduates", "Faculty of
    /// Medicine"): the part's, never a second reading of the whole election's.</summary>
    public string? Part { get; init; }
    public required SourceSentence Source { get; init; }
}

/// <summary>A figure-like number the extractor saw but would not attach.</summary>
public sealed record LeftOutFigure(string Text, LeftOutReason Reason, SourceSentence Source);

public sealed record ElectionExtraction(
    IReadOnlyList<Election> Elections,
    IReadOnlyList<Candidacy> Candidacies,
    IReadOnlyList<ElectionFigure> Figures,
    IReadOnlyList<LeftOutFigure> LeftOut)
{
    public static readonly ElectionExtraction Empty = new([], [], [], []);
}
