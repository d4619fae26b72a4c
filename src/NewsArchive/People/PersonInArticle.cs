namespace NewsArchive.People;

/// <summary>A place in an article where a person is named: paragraph index, character offset and length
/// within that paragraph, and the words as written ("Mr Khan", "Sir Keir Starmer").</summary>
public sealed record NameMention(int Paragraph, int Start, int Length, string Surface);

/// <summary>One person named in one article, as the extractor found them.</summary>
public sealed record PersonInArticle
{
    /// <summary>The fullest form of the name the article gives ("Sadiq Khan"), without titles.</summary>
    public required string Name { get; init; }

    /// <summary>Every mention, in text order, including short forms resolved to this person.</summary>
    public required IReadOnlyList<NameMention> Mentions { get; init; }
}
