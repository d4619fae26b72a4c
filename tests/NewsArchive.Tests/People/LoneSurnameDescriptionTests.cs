using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A surname alone is a person when it is described as one, by words no body takes.</summary>
public class LoneSurnameDescriptionTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Critics said that Fenwright, a Conservative politician.", "Fenwright")]
    [InlineData("Critics said Fenwright is the best barrister, and they are right.", "Fenwright")]
    [InlineData("Critics said Fenwright was a veteran campaigner who knew the seat.", "Fenwright")]
    [InlineData("Under the country's former dictator, Fenwright, the press was gagged.", "Fenwright")]
    [InlineData("The plan was attacked by Fenwright, a Conservative politician.", "Fenwright")]
    [InlineData("Critics said Pendrews is the veteran campaigner, and they are right.", "Pendrews")]
    [InlineData("Critics said that Pendrews, a Labour politician.", "Pendrews")]
    public void SurnameDescribedAsPerson_a_surname_alone_described_as_a_person_is_one(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Critics said Zentrix, a rival of Samsung, had fallen.")]
    [InlineData("The report was delayed by Brexit, a distraction.")]
    [InlineData("The plan was attacked by Zentrix, the online doctor.")]
    [InlineData("Back in Leeds, the candidate and his team rested.")]
    [InlineData("Critics said Zentrix is the biggest rival firm in the market.")]
    [InlineData("Critics said Remainers, the ministers, had lost.")]
    [InlineData("Tenants complain that the landlord, Peabody, has raised rents.")]
    [InlineData("Drivers have joined Uber's main rival, Bolt, in large numbers.")]
    [InlineData("Bookmakers report that Hendrix, the frontrunner, has been backed at Cheltenham.")]
    [InlineData("Councillors expect that Serco, the incumbent, will bid again.")]
    [InlineData("The council hired Arup, the engineer, to design the bridge.")]
    [InlineData("Analysts think Barclays is the clear frontrunner, and they are right.")]
    public void SurnameDescribedAsPerson_a_description_that_runs_on_follows_a_place_or_fits_a_body_makes_no_person(string text) =>
        Assert.Empty(Names(text));

    [Theory]
    [InlineData("The war goes on. However, Fenwright has been brutal in the way he has dealt with the protests.", "Fenwright")]
    [InlineData("The war goes on. Fenwright brought in the reform, but she never said so.", "Fenwright")]
    public void PronounAfter_a_surname_alone_as_the_subject_and_he_or_she_later_in_the_sentence_is_a_person(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("The war goes on. Zentrix said it would pay, but he refused.")]
    [InlineData("The war goes on. Zentrix hired Tarran Fenwright because he was cheap.")]
    [InlineData("The war goes on. I’m told that he has gone.")]
    [InlineData("The war goes on. Notwithstanding the cost, he has gone.")]
    public void PronounAfter_he_or_she_that_may_be_someone_elses_makes_no_person(string text) =>
        Assert.DoesNotContain(Names(text), n => n is "Zentrix" or "I’m" or "Notwithstanding");
}
