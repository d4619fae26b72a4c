using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Words around a run of capitals that make it a seat or a verb, not a person: one test per rule.</summary>
public class SeatAndModalTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Jane Doe held Westfield Hallam with a majority of 2,353.")]
    [InlineData("Labour won Westfield Hallam easily.")]
    public void AfterSeatVerb_a_name_with_no_known_given_name_that_is_held_or_won_is_a_seat(string text) =>
        Assert.DoesNotContain("Westfield Hallam", Names(text));

    [Fact]
    public void AfterSeatVerb_a_known_given_name_after_won_is_still_a_person() =>
        Assert.Contains("Gordon Brown", Names("The pledge won Gordon Brown's backing."));

    [Fact]
    public void ModalQuestion_will_opening_a_question_is_the_verb_not_a_given_name()
    {
        var names = Names("Evo Morales was elected in 2006.", "Will Morales go down in history as a farmer?");
        Assert.Equal(["Evo Morales"], names);
    }

    [Fact]
    public void ModalQuestion_will_opening_a_statement_is_still_a_given_name() =>
        Assert.Contains("Will Smith", Names("Will Smith said nothing."));

    [Theory]
    [InlineData("The motion won Tagore Nakornchai's support.", "Tagore Nakornchai")]
    [InlineData("Police held Tagore Nakornchai for questioning.", "Tagore Nakornchai")]
    public void AfterSeatVerb_a_possessive_or_a_person_held_is_no_seat(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Will Straw, executive director of the campaign, asked: \u201cWho would want to risk that?\u201d", "Will Straw")]
    [InlineData("Will Hutton asks whether Britain can afford to leave?", "Will Hutton")]
    public void ModalQuestion_will_before_a_name_and_a_told_verb_is_a_given_name(string text, string name) =>
        Assert.Contains(name, Names(text));
}
