using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Words before a name that are not part of it: a seat or a city after an office's "of" or "for", and an
/// adverb opening the sentence; and words that end no name: a people's, a party's.</summary>
public class LeadingWordsTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("The MP for Tottenham David Lammy has put his name on the ballot.", "David Lammy")]
    [InlineData("He met the Mayor of Paris Boris Johnson yesterday.", "Boris Johnson")]
    [InlineData("The Mayor of New York Michael Bloomberg spoke.", "Michael Bloomberg")]
    [InlineData("MP for Hackney North and Stoke Newington Diane Abbott spoke.", "Diane Abbott")]
    [InlineData("The Secretary of State for Business, Innovation and Skills Rajiv Omondi is also in contention.", "Rajiv Omondi")]
    public void PersonAtEnd_a_place_after_an_office_is_trimmed_from_the_name_after_it(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Fact]
    public void PeoplesWord_a_peoples_word_ends_no_name_after_another_word() =>
        Assert.Empty(Names("Male Belgian MPs should direct queries to the minister."));

    [Fact]
    public void PersonAtEnd_a_body_after_of_with_no_given_name_in_it_is_nobody() =>
        Assert.Empty(Names("The Institute for Fiscal Studies said so."));

    [Theory]
    [InlineData("Is there a way back to the House of Commons for Boris Johnson?", "Boris Johnson")]
    [InlineData("It was a bad week in the Department of Health for Jane Whitmore.", "Jane Whitmore")]
    public void PersonAtEnd_a_given_name_and_surname_after_a_bodys_for_is_a_person(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("The Campaign for Nuclear Disarmament said so.")]
    [InlineData("The Bank of England said so.")]
    [InlineData("The Foundation for Rose Hill Allotments said so.")]
    [InlineData("The Society for Grace Darling Memorials said so.")]
    [InlineData("The Trust for Victoria Park said so.")]
    public void PersonAtEnd_a_bodys_name_with_no_given_name_after_for_or_of_is_nobody(string text) =>
        Assert.Empty(Names(text));

    [Fact]
    public void OpeningAdverb_an_adverb_opening_the_sentence_is_no_given_name() =>
        Assert.Equal(["Victoria Borwick"], Names("Victoria Borwick spoke first.", "Notably Borwick did not mention climate change."));

    [Fact]
    public void OpeningAdverb_a_given_name_ending_in_ly_still_opens_a_name() =>
        Assert.Equal(["Emily Thornberry"], Names("Emily Thornberry spoke first."));

    [Fact]
    public void OpeningAdverb_a_short_given_name_ending_in_ly_that_the_data_set_lacks_still_opens_a_name() =>
        Assert.Equal(["Marily Nika"], Names("Marily Nika won the election for Publicity Officer."));

    [Theory]
    [InlineData("We had to show who was behind the campaign - London Labour spin doctors.", "London Labour")]
    [InlineData("It was written by London Tory spin doctors.", "London Tory")]
    public void A_partys_name_ends_no_persons_name(string text, string words) =>
        Assert.DoesNotContain(words, Names(text));

    [Fact]
    public void Green_ends_a_persons_name_as_a_surname() =>
        Assert.Contains("Damian Green", Names("Damian Green said the party would vote against it."));

    [Fact]
    public void A_given_name_after_an_offices_comma_is_a_person_in_apposition_not_a_part_of_its_portfolio()
    {
        var pickard = PersonExtractor.Extract(["The Secretary of State for Health, Rowan Pickard and Chancellor Alistair Darwin said the plan was sound."])
            .Single(p => p.Name == "Rowan Pickard");
        Assert.Contains("Secretary of State for Health", pickard.Roles.Select(r => r.Role));
    }
}
