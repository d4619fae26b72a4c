using NewsArchive.Articles;

namespace NewsArchive.Import;

/// <summary>One paragraph: its plain text, and for Markdown its inline Markdown (null for plain text).</summary>
public sealed record ParsedParagraph(int Section, ParagraphKind Kind, string Text, string? Markdown = null);

/// <summary>What the parser understood of one article's text, before it is stored.</summary>
public sealed record ParsedArticle(
    string Headline,
    bool HeadlineDerived,
    IReadOnlyList<ParsedParagraph> Paragraphs,
    int RepeatsDropped,
    int WordCount);
