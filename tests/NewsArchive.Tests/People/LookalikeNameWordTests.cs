using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Names whose words look like other kinds of word: a surname shaped like the plural of a people, a given
/// name that is also a word of faith or nation.</summary>
public class LookalikeNameWordTests
{
    private static string[] Names(string text) => PersonExtractor.Extract([text]).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Ann Francis said she was pleased with the count.", "Ann Francis")]
    [InlineData("Labour's Daniel Francis came second on 6,711.", "Daniel Francis")]
    public void A_surname_that_is_also_a_given_name_is_no_plural_of_a_people(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void A_given_name_that_is_a_word_of_faith_opens_a_name_after_a_partys_possessive() =>
        Assert.Equal(["Christian Tarran"], Names("Labour's Christian Tarran came third in the Cities of London."));

    [Theory]
    [InlineData("Coptic Christians, who make up a tenth of the population, are nervous.")]
    [InlineData("Labour's Christian members met in Westminster.")]
    [InlineData("The Tories' Christian Democrat allies met in Brussels.")]
    public void A_people_or_faith_is_still_no_person(string text) =>
        Assert.Empty(Names(text));
}
