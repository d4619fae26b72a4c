using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>
/// A figure or candidacy the election page shows, written when the archive is built: the rows of the
/// <see cref="ElectionQueries.CandidatesShown"/> candidates the page lists and the election's own turnout and votes
/// cast, each with its article and sentence copied in, the rank of its candidate among all of the race's and the
/// number its sentence has among all of the race's sources. So the page reads what it shows from one index, however
/// many articles name other candidates in the race.
/// </summary>
public class ElectionPageRow
{
    public int Id { get; set; }
    public int ElectionEntryId { get; set; }

    /// <summary>The row's place in the order the whole race is read in: candidacies, then figures, each by date.</summary>
    public int Position { get; set; }

    /// <summary>1 for the first candidate in the results' order; null for the election's own turnout and votes cast.</summary>
    public int? CandidateRank { get; set; }

    /// <summary>The sentence's number among every source of the race, in the order the page first cites them.</summary>
    public int SourceNumber { get; set; }

    public string? PersonName { get; set; }
    public string? PersonSlug { get; set; }
    public string? Party { get; set; }

    /// <summary>Set for a candidacy; a figure has a <see cref="Kind"/> instead.</summary>
    public Outcome? Outcome { get; set; }
    public FigureKind? Kind { get; set; }
    public string? Text { get; set; }
    public decimal Value { get; set; }
    public Bound Bound { get; set; }
    public CountRound Round { get; set; }
    public FigureStatus Status { get; set; }
    public bool RoundFromContext { get; set; }
    /// <summary>The post of a body's election the row is for, when its article names it.</summary>
    public string? Post { get; set; }
    /// <summary>The part of the electorate a turnout or count of voters is told of, when not the whole's.</summary>
    public string? Part { get; set; }
    public int? OutOf { get; set; }
    public bool Curated { get; set; }
    public required string ArticleSlug { get; set; }
    public required string Headline { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
}
