using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A name given alone beside a family word or after a title in the plural is a person's; the plural of a
/// title opening a place's name stays part of that name.</summary>
public class FamilyAndPluralTitleTests
{
    private static PersonInArticle[] People(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).ToArray();

    private static string[] Names(params string[] paragraphs) => People(paragraphs).Select(p => p.Name).ToArray();

    [Fact]
    public void A_name_right_after_a_family_word_is_a_person_even_when_no_data_set_knows_it() =>
        Assert.Contains("Ffion", Names("He hopes to remain an MP and start a family with wife Ffion."));

    [Fact]
    public void A_given_name_that_is_also_a_laws_word_is_a_person_after_a_family_word()
    {
        var names = Names("She had experience as First Lady with her husband Bill in the 1990s. The Housing Bill passed.");
        Assert.Contains("Bill", names);
        Assert.Single(names, n => n == "Bill");
    }

    [Fact]
    public void Every_name_in_a_list_after_a_plural_family_word_is_a_person()
    {
        var names = Names("Mr Pound said their two children Emily, 16, and Pelham, 14 were pleased.");
        Assert.Contains("Emily", names);
        Assert.Contains("Pelham", names);
    }

    [Fact]
    public void A_title_in_the_plural_is_each_listed_persons_in_the_singular()
    {
        var people = People("Princes William and Harry said they were very happy.");
        Assert.Equal(["Harry", "William"], people.Select(p => p.Name).Order().ToArray());
        Assert.Contains(people.Single(p => p.Name == "William").Roles, r => r.Role == "Prince");
        Assert.DoesNotContain(people.SelectMany(p => p.Roles), r => r.Role == "Princes");
    }

    [Fact]
    public void A_title_in_the_plural_opening_a_places_name_stays_in_it() =>
        Assert.Empty(Names("Students live in Garden Hall, in Princes Garden, near Kings Cross."));

    [Fact]
    public void Neither_opening_a_list_is_no_part_of_a_name() =>
        Assert.DoesNotContain(Names("It covers the cost of his life. Neither Charles, nor William and Harry, receive money from the Civil List."), n => n.StartsWith("Neither"));
}
