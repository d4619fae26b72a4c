namespace NewsArchive.Import;

/// <summary>
/// What is known about an article besides its text: from articles.yml, a Markdown file's front matter or a
/// web page's own metadata. Every field is optional; lists are null when not given, so two records with the
/// same fields are equal.
/// </summary>
public sealed record ArticleMetadata(DateOnly? Published = null, string? Source = null, string? Headline = null)
{
    public static readonly ArticleMetadata None = new();

    /// <summary>The moment of publication, when the source gave a time with its zone.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>The standfirst: a subtitle, description or summary.</summary>
    public string? Standfirst { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>True when the source marked the article as a draft, or as not published.</summary>
    public bool? Draft { get; init; }

    /// <summary>Fields set here win over the ones in <paramref name="fallback"/>.</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) =>
        new(Published ?? fallback.Published, Source ?? fallback.Source, Headline ?? fallback.Headline)
        {
            // A date and its time come from the same place.
            PublishedAt = Published is null ? fallback.PublishedAt : PublishedAt,
            Standfirst = Standfirst ?? fallback.Standfirst,
            Authors = Authors ?? fallback.Authors,
            Categories = Categories ?? fallback.Categories,
            Tags = Tags ?? fallback.Tags,
            Draft = Draft ?? fallback.Draft,
        };

    /// <summary>Every field as text, for the content hash: an edit to any of them is a changed article.</summary>
    public string Fingerprint() => string.Join('\n',
        Published?.ToString("O"), PublishedAt?.ToString("O"), Source, Headline, Standfirst,
        Join(Authors), Join(Categories), Join(Tags), Draft);

    private static string? Join(IReadOnlyList<string>? values) => values is null ? null : string.Join('\u001f', values);
}
