using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Gender from the subject's pronouns, for names whose title and given name say nothing. Texts written here.</summary>
public class PronounGenderTests
{
    private static string? GenderOf(string name, params string[] paragraphs) =>
        Assert.Single(PersonExtractor.Extract(paragraphs), p => p.Name == name).Gender;

    [Theory]
    [InlineData("f", "Amitai Oyelaran won the seat. She thanked her agent.")]
    [InlineData("m", "Amitai Oyelaran won the seat, and he thanked his agent.")]
    public void A_subjects_pronoun_gives_the_gender(string gender, string text) =>
        Assert.Equal(gender, GenderOf("Amitai Oyelaran", text));

    [Theory]
    [InlineData("Amitai Oyelaran won the seat. Afterwards Jane Smith said she was pleased.")]
    [InlineData("Amitai Oyelaran: my father was a teacher, and he taught me to argue.")]
    [InlineData("Amitai Oyelaran's daughter said she was proud.")]
    [InlineData("Amitai Oyelaran won the seat. She thanked her agent. Amitai Oyelaran said later he was tired.")]
    public void No_gender_from_a_pronoun_another_may_own(string text) =>
        Assert.Null(GenderOf("Amitai Oyelaran", text));

    [Fact]
    public void A_man_by_his_pronoun_is_not_the_speaker_of_she_said()
    {
        var people = PersonExtractor.Extract([
            "Oyelaran won the election. He spoke to supporters in the town hall, as Oyelaran had promised.",
            "\u201cIt is the court I am worried about,\u201d she said.",
        ]);
        Assert.Empty(Assert.Single(people, p => p.Name == "Oyelaran").Quotes);
    }
}
