namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>The post of a body's election a figure or candidacy at [start, end) of sentence
    /// <paramref name="index"/> is for (<see cref="OrganisationPosts"/>). A sentence that names no post carries the
    /// one last named in its paragraph ("The closest race by far was for Felix Editor. In the first round of voting,
    /// Joe Letts received 1793 votes"). Other kinds of election have no posts: a constituency is no post.</summary>
    /// <param name="figure">False for a candidacy read from the name alone: its title is not taken for its post.</param>
    private string? PostOf(int index, string slug, int start, int end, bool figure = true)
    {
        if (registry.KindOf(slug) != ElectionKind.Organisation) return null;
        var text = sentences[index].Tokenised;
        var posts = OrganisationPosts.In(text);
        if (posts.Any(p => !p.Held)) return OrganisationPosts.For(text, start, end, posts, titles: figure);
        for (var earlier = index - 1; earlier >= 0 && sentences[earlier].Paragraph == sentences[index].Paragraph; earlier--)
            if (OrganisationPosts.In(sentences[earlier].Tokenised).LastOrDefault(p => !p.Held) is { } named) return named.Post;
        return null;
    }
}
