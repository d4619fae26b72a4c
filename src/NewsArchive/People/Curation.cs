namespace NewsArchive.People;

/// <summary>
/// An editor's corrections to what the extractor found, read from <c>curation.yml</c> in the seeds folder
/// and applied on every import. Each entry remembers whether it matched anything, so entries that no
/// longer match are reported.
/// </summary>
public sealed class Curation
{
    public abstract class Entry(string description)
    {
        public string Description { get; } = description;
        public bool Matched { get; set; }
    }

    public sealed class NameChange(string from, string to, string description) : Entry(description)
    {
        public string FromKey { get; } = PersonName.Key(from);
        public string To { get; } = to;
    }

    public sealed class PartySetting(string person, string party, string description) : Entry(description)
    {
        public string PersonKey { get; } = PersonName.Key(person);
        public string Party { get; } = party;
    }

    public sealed class NotAPerson(string name, string description) : Entry(description)
    {
        public string Key { get; } = PersonName.Key(name);
    }

    public static readonly Curation None = new();

    /// <summary>Renames and merges alike: every person whose key is <c>FromKey</c> is renamed to <c>To</c>,
    /// so two names renamed to one become one person.</summary>
    public List<NameChange> NameChanges { get; } = [];
    public List<PartySetting> Parties { get; } = [];
    public List<NotAPerson> NotPeople { get; } = [];

    public Elections.FigureCuration Figures { get; } = new();

    public IEnumerable<Entry> Entries => NameChanges.Cast<Entry>().Concat(Parties).Concat(NotPeople).Concat(Figures.Entries);

    /// <summary>One article's people with the corrections applied.</summary>
    public IReadOnlyList<PersonInArticle> Apply(IReadOnlyList<PersonInArticle> people)
    {
        if (NameChanges.Count == 0 && NotPeople.Count == 0) return people;
        var result = new List<PersonInArticle>(people.Count);
        foreach (var person in people)
        {
            var key = PersonName.Key(person.Name);
            var notAPerson = NotPeople.FirstOrDefault(n => n.Key == key);
            if (notAPerson is not null)
            {
                notAPerson.Matched = true;
                continue;
            }
            var change = NameChanges.FirstOrDefault(c => c.FromKey == key);
            if (change is null)
            {
                result.Add(person);
                continue;
            }
            change.Matched = true;
            result.Add(person with { Name = change.To, Aliases = [.. person.Aliases, person.Name] });
        }
        return result;
    }

    /// <summary>The party an editor set for a person, if any.</summary>
    public string? PartyFor(string personKey)
    {
        var setting = Parties.FirstOrDefault(p => p.PersonKey == personKey);
        if (setting is null) return null;
        setting.Matched = true;
        return setting.Party;
    }
}
