using NewsArchive.Text;

namespace NewsArchive.Import;

/// <summary>
/// Gives each article its URL slug. A file keeps the slug it had in the previous archive, so an edited
/// article keeps its URL; a new file gets one from its headline that no other article has now or had
/// before, so an old URL never starts naming another article.
/// </summary>
public sealed class ArticleSlugs(IReadOnlyDictionary<string, string> previousByFile)
{
    private readonly HashSet<string> _previous = previousByFile.Values.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string For(string fileName, string headline)
    {
        if (previousByFile.TryGetValue(fileName, out var old) && _taken.Add(old)) return old;
        var baseSlug = Slug.From(headline);
        var slug = baseSlug;
        for (var n = 2; _previous.Contains(slug) || !_taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
        return slug;
    }
}
