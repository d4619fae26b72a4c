using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Import;

/// <summary>
/// What the whole archive says about each article's names, gathered in passes over the folder that keep only
/// small archive-wide facts, never the articles. First the words the archive writes in lower case or as a
/// place; then each article's people read with those words, keeping the names any article vouches for and,
/// for the articles that could not settle a name, which names; then those few articles are read again with
/// the vouched names. Each article's final people stream past the spelling planner on the way. An article is
/// then understood with exactly the evidence an import holding the whole archive in memory gave it.
/// </summary>
internal sealed class ImportEvidence
{
    private HashSet<int> _readAgain = [];

    private ImportEvidence(ArchiveEvidence words, int articles)
    {
        Words = words;
        WithPeople = words;
        Articles = articles;
    }

    /// <summary>The archive's words alone: what every article is first read with.</summary>
    public ArchiveEvidence Words { get; }

    /// <summary>The words and the names articles vouch for.</summary>
    public ArchiveEvidence WithPeople { get; private set; }

    /// <summary>Articles the first pass read (the folder may change while an import runs; this is its count).</summary>
    public int Articles { get; }

    /// <summary>By name key, the party the archive's articles give a person: the one most of them give, when at least twice
    /// as many give it as any other (a member who changed party has no one party). Known once the people are read.</summary>
    public IReadOnlyDictionary<string, string> Parties { get; private set; } = new Dictionary<string, string>();

    /// <summary>How many articles are understood with the vouched names.</summary>
    public int ReadAgain => _readAgain.Count;

    /// <summary>The evidence the article at this file index is understood with.</summary>
    public ArchiveEvidence For(int index) => _readAgain.Contains(index) ? WithPeople : Words;

    /// <summary>The first pass: every word the archive writes in lower case, and the words it writes as places.</summary>
    public static ImportEvidence ReadWords(SeedFolder seeds, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var words = new ArchiveWords();
        var articles = 0;
        foreach (var read in seeds.Read((_, article) => ArchiveWords.Of(ReadArticle.Of(article).Paragraphs), progress, "Reading the archive's words", cancellationToken))
        {
            if (read.Value is null) continue;
            words.UnionWith(read.Value);
            articles++;
        }
        return new ImportEvidence(new ArchiveEvidence(new HashSet<string>(), words), articles);
    }

    /// <summary>The second pass, and the third over the articles that could not settle a name: hands every
    /// article's final people (with the editors' corrections) to <paramref name="plan"/>, which reads them once.</summary>
    public void ReadPeople(SeedFolder seeds, Curation curation, Action<IEnumerable<IReadOnlyList<PersonInArticle>>> plan,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        plan(FinalPeople(seeds, curation, progress, cancellationToken));

    private IEnumerable<IReadOnlyList<PersonInArticle>> FinalPeople(SeedFolder seeds, Curation curation, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var parties = new ArchiveParties();
        foreach (var people in PeopleRead(seeds, curation, progress, cancellationToken))
        {
            parties.Count(people);
            yield return people;
        }
        Parties = parties.Settled();
    }

    private IEnumerable<IReadOnlyList<PersonInArticle>> PeopleRead(SeedFolder seeds, Curation curation, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // Only the first spelling of each vouched name counts (ArchiveEvidence.WithPeople), in file order, with the
        // number of articles that vouch for it.
        var vouched = new Dictionary<string, (string Name, int Articles)>(StringComparer.Ordinal);
        var named = new Dictionary<string, (string Name, int Articles)>(StringComparer.Ordinal);
        var unsettled = new Dictionary<int, string[]>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in seeds.Read((_, article) => UnderstoodArticle.PeopleOf(ReadArticle.Of(article), curation, Words), progress, "Finding people", cancellationToken))
        {
            if (read.Article is null) continue;
            var (found, people, _) = read.Value;
            Count(vouched, found.Confirmed);
            Count(named, found.Named);
            // Its people may change once the archive's names are known: planned after that, not now.
            if (found.Unconfirmed.Count > 0) unsettled[read.Index] = [.. found.Unconfirmed.Select(n => Shared(names, n))];
            else yield return people;
        }
        WithPeople = Words.WithPeople(vouched.Values, named.Values);
        _readAgain = unsettled.Where(u => u.Value.Any(WithPeople.Settles)).Select(u => u.Key).ToHashSet();
        foreach (var read in seeds.Read((index, article) => UnderstoodArticle.PeopleOf(ReadArticle.Of(article), curation, For(index)).People,
            progress, "Reading again with the archive's names", cancellationToken, unsettled.Keys))
        {
            if (read.Value is not null) yield return read.Value;
        }
    }

    /// <summary>Counts the articles that give each name, under its first spelling.</summary>
    private static void Count(Dictionary<string, (string Name, int Articles)> counts, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var key = PersonName.Key(name);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Name, seen.Articles + 1) : (name, 1);
        }
    }

    /// <summary>The same names recur across thousands of articles; each is kept once.</summary>
    private static string Shared(Dictionary<string, string> names, string name)
    {
        if (names.TryGetValue(name, out var shared)) return shared;
        names[name] = name;
        return name;
    }
}
