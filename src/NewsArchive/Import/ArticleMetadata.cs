namespace NewsArchive.Import;

/// <summary>What an article file does not say about itself: when and where it was published.</summary>
public sealed record ArticleMetadata(DateOnly? Published = null, string? Source = null, string? Headline = null)
{
    public static readonly ArticleMetadata None = new();

    /// <summary>Fields set here win over the ones in <paramref name="fallback"/>.</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) =>
        new(Published ?? fallback.Published, Source ?? fallback.Source, Headline ?? fallback.Headline);
}
