namespace NewsArchive.Web.Rendering;

/// <summary>Where a fact's sentence stands: its article, at its paragraph. A sentence of the headline or
/// standfirst has a negative paragraph and links to the top of the article.</summary>
public static class SourceLink
{
    public static string To(string articleSlug, int paragraph) =>
        paragraph >= 0 ? $"/articles/{articleSlug}#p-{paragraph}" : $"/articles/{articleSlug}";
}
