namespace NewsArchive.Articles;

/// <summary>An imported news article: the text as received, split into paragraphs.</summary>
public class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string FileName { get; set; }
    public required string Headline { get; set; }
    /// <summary>True when the text had no headline line and the title was cut from the opening sentence.</summary>
    public bool HeadlineDerived { get; set; }
    public DateOnly? PublishedOn { get; set; }
    /// <summary>The moment of publication with its zone, when the source gave one.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Source { get; set; }
    /// <summary>The byline's names, one per line (a list kept in one column: it is only ever read whole).</summary>
    public string? Authors { get; set; }
    /// <summary>The subtitle, description or summary the source gave.</summary>
    public string? Standfirst { get; set; }
    /// <summary>Sections and tags from the source, one per line.</summary>
    public string? Categories { get; set; }
    public string? Tags { get; set; }
    /// <summary>True when the source marked the article a draft, or not published.</summary>
    public bool IsDraft { get; set; }
    public int WordCount { get; set; }
    /// <summary>True for Markdown files, whose paragraphs keep their Markdown beside their plain text.</summary>
    public bool IsMarkdown { get; set; }
    /// <summary>SHA-256 of the file's bytes and its metadata: tells an edited article from an unchanged one.</summary>
    public required string ContentHash { get; set; }
    /// <summary>The article's place in the archive's one order of lists, newest first and undated last (then by
    /// headline and id), set when the archive is built: a page of a list is then a range of an index, not a
    /// sort of every article it could hold.</summary>
    public int ListOrder { get; set; }
    public List<Paragraph> Paragraphs { get; set; } = [];

    /// <summary>How a list is kept in one column, and read back.</summary>
    public static string? JoinLines(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join('\n', values) : null;

    public static IReadOnlyList<string> SplitLines(string? joined) => joined is null ? [] : joined.Split('\n');
}
