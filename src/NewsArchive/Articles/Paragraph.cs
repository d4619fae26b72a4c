namespace NewsArchive.Articles;

public enum ParagraphKind
{
    Body = 0,
    Caption = 1,
    /// <summary>The heading of a further story that runs on in the same file.</summary>
    Heading = 2,
    ListItem = 3,
    /// <summary>A heading inside the story (Markdown "## …", a web page's h2).</summary>
    Subheading = 4,
    /// <summary>A quoted passage set apart (Markdown "> …", a web page's blockquote).</summary>
    Quote = 5,
}

public class Paragraph
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    /// <summary>Order within the article, from 0, after repeated paragraphs were dropped.</summary>
    public int Position { get; set; }
    /// <summary>0 for the main story; 1, 2, ... for stories that run on under their own heading.</summary>
    public int Section { get; set; }
    public ParagraphKind Kind { get; set; }
    /// <summary>The paragraph as plain text: what extraction, search and quotes read.</summary>
    public required string Text { get; set; }
    /// <summary>For a Markdown article, the paragraph's own Markdown (links, emphasis), which the page renders;
    /// null when the paragraph is plain text.</summary>
    public string? Markdown { get; set; }
}

/// <summary>A paragraph as its page shows it: the inline HTML of <see cref="ArticleHtml.Inline"/>, with the first
/// mention of each person linked to their page. Rendered once when the archive is built (people's URLs are known
/// only once the whole archive has been read), so a page view runs no Markdown.</summary>
public class ParagraphHtml
{
    public int ParagraphId { get; set; }
    public required string Html { get; set; }
}
