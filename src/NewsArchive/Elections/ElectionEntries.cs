using NewsArchive.Articles;
using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>An election as stored: one per slug, merged from every article that mentions it.</summary>
public class ElectionEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>Democracy Club style identifier ("mayor.london.2021-05-06"); dated when any article dates it.</summary>
    public required string DemocracyClubId { get; set; }
    public required string Name { get; set; }
    public ElectionKind Kind { get; set; }
    public required string Area { get; set; }
    public int Year { get; set; }
    public DateOnly? PollDate { get; set; }
    public string? ParentSlug { get; set; }
    public string? VotingSystem { get; set; }
    /// <summary>Candidates (people, or parties where no person is named) the articles name in the race, counted
    /// when the archive is built: the election page reads only the ones it shows.</summary>
    public int CandidateCount { get; set; }
    public List<ElectionCoverage> Coverage { get; set; } = [];
    public List<CandidacyEntry> Candidacies { get; set; } = [];
    public List<FigureEntry> Figures { get; set; } = [];
}

/// <summary>A sentence of an article that mentions the election.</summary>
public class ElectionCoverage
{
    public int Id { get; set; }
    public int ElectionEntryId { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
}

/// <summary>An article's statement that someone (or, with no person, a party) stood, won or lost.</summary>
public class CandidacyEntry
{
    public int Id { get; set; }
    public int ElectionEntryId { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public string? Party { get; set; }
    public Outcome? Outcome { get; set; }
    /// <summary>The post of a body's election stood for, when the article names it.</summary>
    public string? Post { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
}

/// <summary>One number an article states about a candidate or party in an election, with its sentence.</summary>
public class FigureEntry
{
    public int Id { get; set; }
    public int ElectionEntryId { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public string? Party { get; set; }
    public FigureKind Kind { get; set; }
    public decimal Value { get; set; }
    public Bound Bound { get; set; }
    /// <summary>The number as written ("977, 601", "almost 7,000").</summary>
    public required string Text { get; set; }
    public int? OutOf { get; set; }
    public CountRound Round { get; set; }
    public FigureStatus Status { get; set; }
    public bool RoundFromContext { get; set; }
    /// <summary>The post of a body's election the figure is for, when the article names it.</summary>
    public string? Post { get; set; }
    /// <summary>The part of the electorate a turnout or count of voters is told of, when not the whole's.</summary>
    public string? Part { get; set; }
    /// <summary>True when an editor attached it in curation.yml rather than the extractor.</summary>
    public bool Curated { get; set; }
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int Paragraph { get; set; }
    public required string Sentence { get; set; }
}
