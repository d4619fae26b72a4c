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
    public void A_full_name_whose_owner_has_kin_is_a_person_even_when_no_data_set_knows_its_given_name() =>
        Assert.Equal(["Jacqui Smith"], Names("Belgian MPs should direct queries to Jacqui Smith’s husband for tips."));

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

/// <summary>A known given name alone before a verb of speech is a person's, unless the word has another use.</summary>
public class GivenNameSpeakerTests
{
    private static PersonInArticle[] People(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).ToArray();

    [Fact]
    public void A_given_name_alone_that_speaks_is_a_person_even_ending_in_s() =>
        Assert.Contains("Chris", People("What do you think of the salary, especially after Chris said it was too high?").Select(p => p.Name));

    [Fact]
    public void A_given_name_that_opens_a_longer_name_in_the_article_is_not_one_alone() =>
        Assert.DoesNotContain("Summer", People("The Summer Ball was a success.", "Summer said the tickets were cheaper this year.").Select(p => p.Name));

    [Fact]
    public void A_given_name_alone_before_an_auxiliary_or_a_verb_of_teaching_is_a_person()
    {
        var names = People("We don't get the choice in London: May's election decided that Boris will continue being ours.",
            "The thing my predecessor taught me, and what Paul taught him, was that things get decided outside meetings.").Select(p => p.Name).ToArray();
        Assert.Contains("Boris", names);
        Assert.Contains("Paul", names);
    }

    [Fact]
    public void Two_given_names_alone_joined_by_and_are_people()
    {
        var names = People("It covers the cost of his life. Neither Charles, nor William and Harry, receive money from the Civil List.").Select(p => p.Name).ToArray();
        Assert.Contains("William", names);
        Assert.Contains("Harry", names);
    }

    [Fact]
    public void A_given_name_joined_by_and_to_a_word_of_a_firms_or_a_museums_name_is_none() =>
        Assert.Empty(People("He bought a shirt at Marks and Spencer, then saw the Victoria and Albert Museum."));

    [Fact]
    public void A_given_name_ending_a_places_name_is_no_name_alone() =>
        Assert.Empty(People("It was noted that the state of North Carolina was offering tax incentives to the firm."));

    [Fact]
    public void A_given_name_that_is_a_place_speaks_for_its_government() =>
        Assert.Empty(People("Washington has claimed all four were enemy combatants."));

    [Fact]
    public void A_short_given_name_alone_is_the_one_person_whose_given_name_it_shortens()
    {
        var person = Assert.Single(People("David Cameron decided enough was enough and quit.", "Dave said that he is off, but not quite yet."));
        Assert.Equal("David Cameron", person.Name);
        Assert.Contains("Dave", person.Aliases);
    }
}
