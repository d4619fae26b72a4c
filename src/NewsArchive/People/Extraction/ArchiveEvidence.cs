namespace NewsArchive.People.Extraction;

/// <summary>
/// What the whole archive tells the extractor about one article's names: the names other articles vouch for
/// as people's ("Mr Smith", "Jane Smith said"); the words it writes in lower case anywhere, which are everyday
/// words, not names ("case", "vote", "ball"); and the words it writes alone after "in", "at" or "from", which
/// are places ("in Cambridge", "from Iceland").
/// </summary>
public sealed class ArchiveEvidence(ISet<string> people, ArchiveWords words)
{
    /// <summary>The prefix of a bare surname an article could not place (<see cref="PeopleExtraction.Unconfirmed"/>).</summary>
    public const string SurnamePrefix = "surname:";

    public static readonly ArchiveEvidence None = new(new HashSet<string>(), new ArchiveWords());

    /// <summary>Keys of the names other articles vouch for.</summary>
    public ISet<string> People { get; } = people;

    /// <summary>By surname key, the one vouched-for person with that surname, or the one far more written about
    /// than the rest; null when several share it evenly.</summary>
    public IReadOnlyDictionary<string, string?> Surnames { get; private init; } = new Dictionary<string, string?>();

    public ArchiveWords Words { get; } = words;

    /// <summary>Surname keys whose one bearer (<see cref="Surnames"/>) at least <see cref="DominantArticles"/> articles name.</summary>
    private IReadOnlySet<string> WellAttested { get; init; } = new HashSet<string>();

    /// <summary>What the archive says of a person bearing this surname key.</summary>
    public SurnameVouch VouchFor(string surnameKey) =>
        Surnames.GetValueOrDefault(surnameKey) is null ? SurnameVouch.None
        : WellAttested.Contains(surnameKey) ? SurnameVouch.WellAttested : SurnameVouch.Vouched;

    /// <summary>How many times more articles must vouch for one bearer of a surname than for all its other
    /// bearers together for the surname alone to stand for them: in an archive of British politics "Blair" is
    /// Tony Blair, though Cherie Blair and Sir Ian Blair are in it too.</summary>
    private const int Dominance = 4;

    /// <summary>The fewest articles that must vouch for that bearer: one or two are no pattern.</summary>
    private const int DominantArticles = 3;

    /// <summary>With the full names other articles vouch for ("Mr Smith", "Jane Smith said"), each once.</summary>
    public ArchiveEvidence WithPeople(IEnumerable<string> names) => WithPeople(names.Select(n => (n, 1)));

    /// <summary>With the full names other articles vouch for, and in how many articles each is vouched for;
    /// and the names that only look like people's (<see cref="PeopleExtraction.Named"/>), which count as bearers
    /// of their surname when at least <see cref="NamedArticles"/> articles name them.</summary>
    public ArchiveEvidence WithPeople(IEnumerable<(string Name, int Articles)> names, IEnumerable<(string Name, int Articles)>? named = null)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var bearers = new Dictionary<string, List<(string Name, int Articles)>>(StringComparer.Ordinal);
        void Bear(string key, string name, int articles)
        {
            if (!key.Contains(' ')) return;
            var surname = key[(key.LastIndexOf(' ') + 1)..];
            if (!bearers.TryGetValue(surname, out var list)) bearers[surname] = list = [];
            list.Add((name, articles));
        }
        foreach (var (name, articles) in names)
            if (PersonName.Key(name) is var key && keys.Add(key)) Bear(key, name, articles);
        // The weaker evidence fills in surnames the vouched names leave open; it never dilutes theirs ("Jo Johnson"
        // named in passing does not unseat the Boris Johnson other articles vouch for).
        var vouchedSurnames = bearers.Keys.ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(keys, StringComparer.Ordinal);
        foreach (var (name, articles) in named ?? [])
            if (articles >= NamedArticles && PersonName.Key(name) is var key && seen.Add(key) && !vouchedSurnames.Contains(key[(key.LastIndexOf(' ') + 1)..]))
                Bear(key, name, articles);
        var surnames = bearers.ToDictionary(b => b.Key, b => Dominant(b.Value), StringComparer.Ordinal);
        // Well attested counts every article that writes the bearer's name in full, vouched or only named.
        var namedArticles = (named ?? []).GroupBy(n => PersonName.Key(n.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(n => n.Articles), StringComparer.Ordinal);
        var wellAttested = bearers.Where(b => surnames[b.Key] is { } one
                && b.Value.First(x => x.Name == one).Articles + (keys.Contains(PersonName.Key(one)) ? namedArticles.GetValueOrDefault(PersonName.Key(one)) : 0) >= DominantArticles)
            .Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        return new ArchiveEvidence(keys, Words) { Surnames = surnames, WellAttested = wellAttested };
    }

    /// <summary>A name that only looks like a person's in one article ("Paul Hollywood", "George Washington") is no
    /// reason to read its surname alone as that person; named in two or more, it is.</summary>
    private const int NamedArticles = 2;

    /// <summary>The one bearer of a surname, or the one the archive writes about far more than the others.</summary>
    private static string? Dominant(List<(string Name, int Articles)> bearers)
    {
        if (bearers.Count == 1) return bearers[0].Name;
        var top = bearers.MaxBy(b => b.Articles);
        var others = bearers.Sum(b => b.Articles) - top.Articles;
        return top.Articles >= DominantArticles && top.Articles >= Dominance * others ? top.Name : null;
    }

    /// <summary>True when something an article could not settle (a name, or a bare surname) the archive settles.</summary>
    public bool Settles(string unconfirmed) =>
        unconfirmed.StartsWith(SurnamePrefix, StringComparison.Ordinal)
            ? Surnames.GetValueOrDefault(unconfirmed[SurnamePrefix.Length..]) is not null
            : People.Contains(unconfirmed);
}

/// <summary>What an archive says of a person bearing a surname.</summary>
public enum SurnameVouch
{
    /// <summary>No one, or several evenly.</summary>
    None,

    /// <summary>One person, or one far more written about than the rest.</summary>
    Vouched,

    /// <summary>That one person, named in several articles: enough to read an everyday word ("Brown") as them.</summary>
    WellAttested,
}

/// <summary>The words an archive writes in lower case, and those it writes alone as a place.</summary>
public sealed class ArchiveWords
{
    public HashSet<string> Lowercase { get; } = new(StringComparer.Ordinal);

    /// <summary>Words written alone after "in", "at" or "near".</summary>
    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Words written alone after "from", which may be a place ("from Iceland") or a person a thing
    /// came from ("a speech from Cameron"): weaker evidence, which a surname the archive vouches for outweighs.</summary>
    public HashSet<string> AfterFrom { get; } = new(StringComparer.Ordinal);

    /// <summary>Written as a place anywhere; <paramref name="vouchedSurname"/> counts only "in", "at" and "near".</summary>
    public bool IsPlace(string word, bool vouchedSurname = false) => Places.Contains(word) || !vouchedSurname && AfterFrom.Contains(word);

    public static ArchiveWords Of(IEnumerable<string> paragraphs)
    {
        var words = new ArchiveWords();
        foreach (var paragraph in paragraphs) words.Add(paragraph);
        return words;
    }

    public ArchiveWords UnionWith(ArchiveWords other)
    {
        Lowercase.UnionWith(other.Lowercase);
        Places.UnionWith(other.Places);
        AfterFrom.UnionWith(other.AfterFrom);
        return this;
    }

    /// <summary>One plain pass over the characters, lighter than the tokenizer: every article is read this way
    /// before any is understood.</summary>
    private void Add(string paragraph)
    {
        var lowercase = Lowercase.GetAlternateLookup<ReadOnlySpan<char>>();
        var places = Places.GetAlternateLookup<ReadOnlySpan<char>>();
        var afterFrom = AfterFrom.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> previous = default;
        var i = 0;
        while (i < paragraph.Length)
        {
            if (!char.IsLetter(paragraph[i])) { i++; continue; }
            var start = i;
            while (i < paragraph.Length && (char.IsLetterOrDigit(paragraph[i]) || paragraph[i] is '-' or '\'' or '’' && i + 1 < paragraph.Length && char.IsLetter(paragraph[i + 1]))) i++;
            var word = paragraph.AsSpan(start, i - start);
            if (char.IsLower(word[0])) lowercase.Add(word);
            // "in Cambridge", "from Saudi Arabia": the word opening a place's name; not "in Tony Blair's cabinet".
            // A month after "in" dates something ("in May"): it is no place, and may be a surname ("Theresa May").
            else if (previous is "in" or "at" or "from" or "near" && start > 0 && paragraph[start - 1] == ' ' && !PossessiveRunAt(paragraph, start)
                     && NewsArchive.Language.ElectionWords.Month(word) == 0)
                (previous is "from" ? afterFrom : places).Add(word);
            previous = word;
        }
    }

    private static bool PossessiveRunAt(string paragraph, int start)
    {
        var end = start;
        while (end < paragraph.Length && (char.IsLetterOrDigit(paragraph[end]) || paragraph[end] is ' ' or '-' || paragraph[end] is '\'' or '’' && end + 1 < paragraph.Length && paragraph[end + 1] == 's'))
        {
            if (paragraph[end] is '\'' or '’') return true;
            if (paragraph[end] == ' ' && (end + 1 >= paragraph.Length || !char.IsUpper(paragraph[end + 1]))) return false;
            end++;
        }
        return false;
    }
}
