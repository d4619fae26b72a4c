using NewsArchive.Language;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// The party each person is given across the archive, counted one article at a time: "David Cameron, the
/// Conservative leader" in one article tells the reading of another that only writes "David Cameron had 331
/// seats" whose seats they were.
/// </summary>
public sealed class ArchiveParties
{
    /// <summary>How many times more articles must give the one party than any other: a member who changed party
    /// (Independent, then Labour) has no one party.</summary>
    private const int Dominance = 2;

    private readonly Dictionary<string, Dictionary<string, int>> _articles = new(StringComparer.Ordinal);

    /// <summary>Counts, for each person of one article, each party the article gives them, once.</summary>
    public void Count(IReadOnlyList<PersonInArticle> people)
    {
        foreach (var person in people) Count(person.Name, person.Parties.Select(p => p.Party));
    }

    /// <summary>Counts the parties one article gives one person, each once. A given name alone ("David", "Nick") is
    /// not counted: across articles it names different people.</summary>
    public void Count(string name, IEnumerable<string> parties)
    {
        if (!name.Contains(' ') && GivenNames.IsGivenName(name)) return;
        var key = PersonName.Key(name);
        foreach (var party in parties.Distinct(StringComparer.Ordinal))
        {
            if (!_articles.TryGetValue(key, out var counts)) _articles[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[party] = counts.GetValueOrDefault(party) + 1;
        }
    }

    /// <summary>By name key, the one party the articles give each person, where one stands out.</summary>
    public IReadOnlyDictionary<string, string> Settled()
    {
        var settled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in _articles)
        {
            var ranked = counts.OrderByDescending(c => c.Value).ToList();
            if (ranked.Count == 1 || ranked[0].Value >= Dominance * ranked[1].Value) settled[key] = ranked[0].Key;
        }
        return settled;
    }
}
