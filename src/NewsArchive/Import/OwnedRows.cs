using NewsArchive.Elections;
using NewsArchive.People;

namespace NewsArchive.Import;

/// <summary>
/// Takes what the people and election directories gathered from one article (mentions, appearances, parties,
/// roles, quotes; coverage, candidacies, figures) to the writer as soon as the article has been added, and
/// empties their lists, so the directories hold only the people and elections themselves. People and
/// elections get provisional numbers in the order first met; the writer renumbers them in their final order.
/// </summary>
internal sealed class OwnedRows(ArchiveStreamWriter writer, PeopleDirectory people)
{
    private int _people, _elections;

    public int FiguresKept { get; private set; }

    /// <param name="elections">The entries the election directory said this article named or added to.</param>
    public void Take(UnderstoodArticle item, IReadOnlyCollection<ElectionEntry> elections)
    {
        // After the whole article is added: the directory merges an article's two spellings of one person
        // into one appearance, looking only at the appearance it added last.
        foreach (var found in item.People)
            if (people.Find(found.Name) is { } person) Take(person);
        foreach (var entry in elections) Take(entry);
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
