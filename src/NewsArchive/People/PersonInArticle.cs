namespace NewsArchive.People;

/// <summary>A place in an article where a person is named: paragraph index, character offset and length
/// within that paragraph, and the words as written ("Mr Khan", "Sir Keir Starmer").</summary>
public sealed record NameMention(int Paragraph, int Start, int Length, string Surface);

/// <summary>A party the article ties the person to ("Labour", "Conservative"), with the paragraph and the
/// sentence that says so ("Tory Zac Goldsmith", "Green Party’s Sian Berry").</summary>
public sealed record PartyMention(string Party, int Paragraph, string Sentence);

/// <summary>An office or title the article gives the person ("Prime Minister", "shadow home secretary"),
/// with the paragraph and sentence it came from.</summary>
public sealed record RoleMention(string Role, int Paragraph, string Sentence);

/// <summary>Words the article quotes the person as saying, the paragraph they stand in, and the sentence
/// around them, so a reader sees the quote in its place.</summary>
public sealed record PersonQuote(string Text, int Paragraph)
{
    public string Context { get; init; } = "";
}

/// <summary>One person named in one article, as the extractor found them.</summary>
public sealed record PersonInArticle
{
    /// <summary>The fullest form of the name the article gives ("Sadiq Khan"), without titles.</summary>
    public required string Name { get; init; }

    /// <summary>Every mention, in text order, including short forms resolved to this person.</summary>
    public required IReadOnlyList<NameMention> Mentions { get; init; }

    /// <summary>The distinct surface forms seen, in order of first use ("Sadiq Khan", "Mr Khan", "Sadiq").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<PartyMention> Parties { get; init; } = [];

    public IReadOnlyList<RoleMention> Roles { get; init; } = [];

    public IReadOnlyList<PersonQuote> Quotes { get; init; } = [];

    /// <summary>"m" or "f" where the article shows it (a title, a known given name), else null.</summary>
    public string? Gender { get; init; }
}
