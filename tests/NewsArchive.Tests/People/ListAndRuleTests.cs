using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A lone word is a person by the list it stands in, or by the leader's rule it names.</summary>
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
    public void ListedWithPerson_an_offices_plural_before_the_list_is_no_item() =>
        Assert.Contains("Obrama", Names("Nicolas Sarkozier spoke first.", "It could help Presidents Sarkozier and Obrama in their campaigns."));

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
    [InlineData("Syria saw an opening to be free from the Assadi regime.", "Bashar Assadi")]
    [InlineData("Staff who served in the Obrama administration were hired.", "Barack Obrama")]
    [InlineData("The Blairwood years saw waiting times slashed.", "Tony Blairwood")]
    public void LeaderOfRule_the_word_before_a_leaders_time_in_power_is_the_leader_the_archive_knows(string text, string name) =>
        Assert.Equal([name], PersonExtractor.Read([text], ArchiveEvidence.None.WithPeople([(name, 5)])).People.Select(p => p.Name));

    [Theory]
    [InlineData("The Syriza government agreed a third bailout.")]
    [InlineData("Talks with the Kabul government broke down.")]
    [InlineData("The Unilever years were good for the town.")]
    [InlineData("The Assadi regime fell.")]
    public void LeaderOfRule_a_word_the_archive_knows_no_leader_by_is_no_person(string text) =>
        Assert.Empty(Names(text));

    [Theory]
    [InlineData("According to James Whitlock, Tesco and Asda have cut prices.")]
    [InlineData("Lisa Nandy, Wigan and Leigh were hit hardest.")]
    public void ListedWithPerson_a_full_name_before_lone_words_is_no_item_like_them(string text) =>
        Assert.Single(Names(text));
}
