using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A lone word is a person by the list it stands in, the leader's rule it names, or the age after it.</summary>
public sealed class ListAndRuleTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Jane Fenwick spoke at the rally. Later Fenwick, Ostrander and Kellaway all voted against it.")]
    [InlineData("Jane Fenwick spoke at the rally. Later Ostrander, Kellaway, and Fenwick all voted against it.")]
    [InlineData("Jane Fenwick spoke at the rally. Later Kellaway, Ostrander & Fenwick all voted against it.")]
    public void ListedWithPerson_lone_words_in_a_list_with_a_person_are_people(string text) =>
        Assert.Equal(["Jane Fenwick", "Kellaway", "Ostrander"], Names(text).Order());

    [Fact]
    public void ListedWithPerson_a_list_closed_by_et_al_names_people() =>
        Assert.Equal(["Pelosir", "Schumack"], Names("While the libs on top (Pelosir, Schumack, et al) want to keep their hold, the young want change."));

    [Theory]
    [InlineData("Delegates from Ostrava, Kellaway and Brnovice met in the hall.")]
    [InlineData("Jane Fenwick spoke. Delegates from Ostrava, Kellaway and Brnovice met in the hall.")]
    public void ListedWithPerson_a_list_with_no_person_names_nobody(string text) =>
        Assert.DoesNotContain("Kellaway", Names(text));

    [Theory]
    [InlineData("Jane Fenwick is the MP for Ostrava and Kellaway, Jane Fenwick said.")]
    [InlineData("So Kellaway, Jane Fenwick, because she won.")]
    [InlineData("Cures for Kellaway's, Jane Fenwick and Ostrava are near.")]
    [InlineData("Officers for Kellaways, Jane Fenwick and Ostrava were named.")]
    public void ListedWithPerson_no_list_or_no_item_names_nobody(string text) =>
        Assert.DoesNotContain("Kellaway", Names(text));

    [Theory]
    [InlineData("Syria saw an opening to be free from the Assadi regime.", "Assadi")]
    [InlineData("Staff who served in the Obrama administration were hired.", "Obrama")]
    [InlineData("The Blairwood years saw waiting times slashed.", "Blairwood")]
    public void LeaderOfRule_the_word_before_a_leaders_time_in_power_is_a_person(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("The Nazi regime fell in 1945.")]
    [InlineData("The Francoist regime fell in 1975.")]
    [InlineData("The Bolivian government fell in 2019.")]
    [InlineData("The Assadi regimes fell.")]
    public void LeaderOfRule_a_movement_or_a_people_before_the_noun_is_no_person(string text) =>
        Assert.Empty(Names(text));

    [Fact]
    public void AgeAfter_given_names_with_their_ages_are_people() =>
        Assert.Equal(["Emily", "Thomas"], Names("He said their two children Emily, 16, and Thomas, 14 were pleased."));
}
