using NewsArchive.Articles;
using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Takes what the people and election directories gathered from one article (mentions, appearances, parties,
/// roles, quotes; coverage, candidacies, figures) to the writer as soon as the article has been added, and
/// empties their lists, so the directories hold only the people and elections themselves. People and
/// elections get provisional numbers in the order first met; the writer renumbers them in their final order.
/// </summary>
internal sealed class OwnedRows(ArchiveStreamWriter writer, PeopleDirectory people, ElectionDirectory elections, FigureCuration figures)
{
    private readonly Dictionary<string, ElectionEntry> _entries = new(StringComparer.Ordinal);
    private int _people, _elections;

    public int FiguresKept { get; private set; }

    public void Take(Article article, UnderstoodArticle item)
    {
        // After the whole article is added: the directory merges an article's two spellings of one person
        // into one appearance, looking only at the appearance it added last.
        foreach (var found in item.People)
            if (people.Find(found.Name) is { } person) Take(person);
        var extraction = item.Elections;
        // Every entry is made for an election an article names; the directory lists its entries only whole,
        // so they are looked up again only when one is new.
        if (extraction.Elections.Any(e => !_entries.ContainsKey(e.Slug)))
            foreach (var entry in elections.Finish()) _entries.TryAdd(entry.Slug, entry);
        var slugs = extraction.Elections.Select(e => e.Slug)
            .Concat(extraction.Candidacies.Select(c => c.ElectionSlug))
            .Concat(extraction.Figures.Select(f => f.ElectionSlug))
            .Concat(figures.Attaches.Where(a => a.File == article.FileName).Select(a => a.ElectionSlug))
            .Distinct(StringComparer.Ordinal);
        foreach (var slug in slugs)
            if (_entries.TryGetValue(slug, out var entry)) Take(entry);
    }

    private int Number(Person person)
    {
        if (person.Id == 0) person.Id = ++_people;
        return person.Id;
    }

    private void Take(Person person)
    {
        var number = Number(person);
        foreach (var row in person.Mentions) { row.PersonId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        foreach (var row in person.Appearances) { row.PersonId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        foreach (var row in person.Affiliations) { row.PersonId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        foreach (var row in person.Roles) { row.PersonId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        foreach (var row in person.Quotes) { row.PersonId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        person.Mentions.Clear();
        person.Appearances.Clear();
        person.Affiliations.Clear();
        person.Roles.Clear();
        person.Quotes.Clear();
    }

    private void Take(ElectionEntry entry)
    {
        if (entry.Id == 0) entry.Id = ++_elections;
        var number = entry.Id;
        foreach (var row in entry.Coverage) { row.ElectionEntryId = number; row.ArticleId = row.Article.Id; writer.AddOwned(row); }
        foreach (var row in entry.Candidacies)
        {
            (row.ElectionEntryId, row.ArticleId, row.PersonId) = (number, row.Article.Id, row.Person is null ? null : Number(row.Person));
            writer.AddOwned(row);
        }
        foreach (var row in entry.Figures)
        {
            (row.ElectionEntryId, row.ArticleId, row.PersonId) = (number, row.Article.Id, row.Person is null ? null : Number(row.Person));
            writer.AddOwned(row);
        }
        FiguresKept += entry.Figures.Count;
        entry.Coverage.Clear();
        entry.Candidacies.Clear();
        entry.Figures.Clear();
    }
}
