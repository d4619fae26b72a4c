using NewsArchive.Text;

namespace NewsArchive.People;

/// <summary>
/// Gathers the people found article by article into one record per person: the same name key in two
/// articles is the same person. Pure: no database.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nameVotes = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _sameAs = new Dictionary<string, string>();

    public IReadOnlyCollection<Person> People => _byKey.Values;

    /// <summary>The person with this name's key, if any article named them.</summary>
    public Person? Find(string name) => _byKey.GetValueOrDefault(KeyOf(name));

    /// <summary>Decides, before any article is added, which spellings across the archive are one person
    /// (<see cref="SpellingMerges"/>).</summary>
    public void Plan(IEnumerable<IReadOnlyList<PersonInArticle>> articles) => _sameAs = SpellingMerges.Find(articles);

    private string KeyOf(string name)
    {
        var key = PersonName.Key(name);
        return _sameAs.GetValueOrDefault(key) ?? key;
    }

    /// <summary>Adds one article's people; their mentions and facts point at the (not yet saved) article.</summary>
    /// <param name="lead">The headline and standfirst the people were read with; a mention there has paragraph -1.</param>
    public void Add(Articles.Article article, IReadOnlyList<string> paragraphs, IReadOnlyList<PersonInArticle> people, IReadOnlyList<string>? lead = null)
    {
        foreach (var found in people)
        {
            var key = KeyOf(found.Name);
            if (key.Length == 0) continue;
            if (!_byKey.TryGetValue(key, out var person))
            {
                person = new Person { Name = found.Name, Key = key, Slug = "", SortName = SortNameOf(found.Name) };
                _byKey[key] = person;
            }
            Vote(person, found.Name);
            foreach (var alias in found.Aliases.Append(found.Name))
            {
                if (person.Aliases.All(a => a.Text != alias)) person.Aliases.Add(new PersonAlias { Text = alias });
            }
            if (found.Mentions.Count > 0) AddAppearance(person, article, paragraphs, found.Mentions, lead ?? []);
            foreach (var m in found.Mentions.Where(m => m.Paragraph >= 0))
                person.Mentions.Add(new Mention { Article = article, Paragraph = m.Paragraph, Start = m.Start, Length = m.Length, Surface = m.Surface });
            foreach (var p in found.Parties)
                person.Affiliations.Add(new Affiliation { Article = article, Party = p.Party, Paragraph = p.Paragraph, Sentence = p.Sentence });
            foreach (var r in found.Roles)
                person.Roles.Add(new RoleHeld { Article = article, Role = r.Role, Paragraph = r.Paragraph, Sentence = r.Sentence });
            foreach (var q in found.Quotes)
                person.Quotes.Add(new Quote { Article = article, Paragraph = q.Paragraph, Text = q.Text, Context = q.Context });
        }
    }

    /// <summary>Gives every person a unique slug, in a stable order so the same seeds give the same URLs; a
    /// person keeps the slug they had before, and editors' party settings are applied.</summary>
    public IReadOnlyList<Person> Finish(IReadOnlyDictionary<string, string> previousSlugsByKey, Curation curation)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var ordered = _byKey.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        foreach (var person in ordered)
        {
            person.EditorParty = curation.PartyFor(person.Key);
            if (previousSlugsByKey.TryGetValue(person.Key, out var old) && taken.Add(old)) person.Slug = old;
        }
        var held = previousSlugsByKey.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var person in ordered.Where(p => p.Slug.Length == 0))
        {
            var baseSlug = Slug.From(person.Name);
            var slug = baseSlug;
            for (var n = 2; held.Contains(slug) || !taken.Add(slug); n++) slug = $"{baseSlug}-{n}";
            person.Slug = slug;
        }
        return ordered;
    }

    /// <summary>One appearance per person per article, even when curation merges two people of one article.</summary>
    private static void AddAppearance(Person person, Articles.Article article, IReadOnlyList<string> paragraphs, IReadOnlyList<NameMention> mentions, IReadOnlyList<string> lead)
    {
        var first = mentions.MinBy(m => (m.Paragraph, m.Start))!;
        // Named in the headline or standfirst: that line is where the article first names them.
        var firstSentence = first.Paragraph < 0
            ? lead.FirstOrDefault(l => l.Contains(first.Surface, StringComparison.Ordinal)) ?? lead.FirstOrDefault() ?? first.Surface
            : Language.Sentences.Around(paragraphs[first.Paragraph], first.Start);
        // Articles are added one after another, so only the last appearance can be this article's: looking
        // further back would make the import quadratic in a frequently named person's articles.
        var existing = person.Appearances.Count > 0 && ReferenceEquals(person.Appearances[^1].Article, article) ? person.Appearances[^1] : null;
        if (existing is not null && first.Paragraph >= existing.FirstParagraph)
        {
            existing.MentionCount += mentions.Count;
            return;
        }
        if (existing is not null) person.Appearances.Remove(existing);
        person.Appearances.Add(new Appearance
        {
            Article = article, MentionCount = mentions.Count + (existing?.MentionCount ?? 0), FirstParagraph = first.Paragraph,
            FirstSentence = firstSentence,
        });
    }

    /// <summary>The display name is the spelling most articles use (ties: the first seen).</summary>
    private void Vote(Person person, string name)
    {
        var votes = _nameVotes[$"{person.Key}\n{name}"] = _nameVotes.GetValueOrDefault($"{person.Key}\n{name}") + 1;
        if (votes > _nameVotes.GetValueOrDefault($"{person.Key}\n{person.Name}")) person.Name = name;
    }

    private static string SortNameOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : $"{words[^1]} {string.Join(' ', words[..^1])}".Trim();
    }
}
