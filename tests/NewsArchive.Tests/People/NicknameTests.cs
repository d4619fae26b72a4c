using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A nickname in quotes between a given name and a surname ("Andrew “Bruiser” Mitchell") is no part of the
/// name the person is filed under. Texts written here.</summary>
public class NicknameTests
{
    private static IReadOnlyList<PersonInArticle> Extract(params string[] paragraphs) => PersonExtractor.Extract(paragraphs);

    [Theory]
    [InlineData("The Chief Whip, Andrew “Bruiser” Mitchell, said he would not resign.", "Andrew Mitchell")]
    [InlineData("The seat will be filled by Alex ‘Chippy’ Compton, who won 1,400 votes.", "Alex Compton")]
    [InlineData("She said: \"Ask John 'Big' Smith about it.\"", "John Smith")]
    [InlineData("The party chairman, Grant ‘Michael Green’ Shapps, said the cuts were needed.", "Grant Shapps")]
    public void A_quoted_nickname_is_left_out_of_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(Extract(text)).Name);

    [Fact]
    public void The_surname_alone_later_is_the_same_person()
    {
        var person = Assert.Single(Extract("The Chief Whip, Andrew “Bruiser” Mitchell, said he would not resign.", "Mr Mitchell later quit."));
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_quoted_word_after_a_given_name_before_a_lower_case_word_joins_nothing() =>
        Assert.DoesNotContain(Extract("Jane Doe said “Brexit” would pass, and Jane agreed."), p => p.Name.Contains("Brexit"));
}
