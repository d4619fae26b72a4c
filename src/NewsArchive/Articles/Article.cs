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
    public string? Source { get; set; }
    public int WordCount { get; set; }
    /// <summary>True for .md files, whose paragraphs are Markdown; .txt paragraphs are plain text.</summary>
    public bool IsMarkdown { get; set; }
    /// <summary>SHA-256 of the file's bytes and its metadata: tells an edited article from an unchanged one.</summary>
    public required string ContentHash { get; set; }
    public List<Paragraph> Paragraphs { get; set; } = [];
}
