using NewsArchive.Articles;

namespace NewsArchive.Import;

public sealed record ParsedParagraph(int Section, ParagraphKind Kind, string Text);

/// <summary>What the parser understood of one article's text, before it is stored.</summary>
public sealed record ParsedArticle(
    string Headline,
    bool HeadlineDerived,
    IReadOnlyList<ParsedParagraph> Paragraphs,
    int RepeatsDropped,
    int WordCount);
