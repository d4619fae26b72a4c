using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Place words ("Street", "Hall", "Chambers") that are surnames too: when they end a person's name and
/// when they stay a place's.</summary>
public class PlaceWordSurnameTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();
    [Theory]
    [InlineData("Andy Street, the Conservative mayor of the West Midlands, said he would stand again.", "Andy Street")]
    [InlineData("Susan Hall said the campaign had been hard.", "Susan Hall")]
    [InlineData("Martin Ward, of the Secondary Heads Association, said no.", "Martin Ward")]
    public void A_place_word_after_a_given_name_and_before_words_said_of_a_person_is_a_surname(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Sadiq Khan beat his Conservative rival Susan Hall by more than 275,000 votes.", "Susan Hall")]
    [InlineData("It was a bad night in the West Midlands mayoral race, where Andy Street narrowly lost to Labour.", "Andy Street")]
    public void A_place_word_after_a_given_name_with_a_label_before_or_a_result_after_is_a_surname(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Few expected the race against the Conservative Susan Hall to be close.", "Susan Hall")]
    [InlineData("It was a bad night for Tory Andy Street and his campaign.", "Andy Street")]
    [InlineData("Sadiq Khan won 1,088,225 votes to Susan Hall's 812,397.", "Susan Hall")]
    [InlineData("Khan won 43.8% of the vote to Susan Hall's 32.7%.", "Susan Hall")]
    public void A_place_word_after_a_given_name_with_a_party_before_or_a_count_after_its_possessive_is_a_surname(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("The Labour rally filled Albert Hall's 5,000 seats.")]
    [InlineData("Shops on Victoria Street's 200-yard stretch closed.")]
    [InlineData("The Conservative Campaign Hall was empty.")]
    public void A_place_word_after_a_given_name_with_a_possessive_or_a_party_stays_a_place_elsewhere(string text) =>
        Assert.DoesNotContain(Names(text), n => n is "Albert Hall" or "Victoria Street" or "Campaign Hall");

    [Fact]
    public void A_place_word_the_article_gives_a_title_is_a_surname_after_a_given_name_anywhere()
    {
        var people = PersonExtractor.Extract(["Voters in London chose between Sadiq Khan and Susan Hall on Thursday.", "Ms Hall conceded on Saturday."]);
        Assert.Equal(["Ms Hall", "Susan Hall"], Assert.Single(people, p => p.Name == "Susan Hall").Aliases.Order());
    }

    [Fact]
    public void A_party_opening_the_run_before_a_given_name_does_not_hide_the_surname()
    {
        var people = PersonExtractor.Extract(["Sadiq Khan won, beating Conservative Susan Hall by 275,828 votes.", "Ms Hall trailed on 812,397."]);
        Assert.Equal(["Ms Hall", "Susan Hall"], Assert.Single(people, p => p.Name == "Susan Hall").Aliases.Order());
    }

    [Fact]
    public void A_place_word_alone_that_the_article_gives_a_title_is_that_persons_surname()
    {
        var people = PersonExtractor.Extract(["Susan Hall stood for the Conservatives.", "Ms Hall conceded.", "Khan took 44% of the vote to Hall's 33%.", "They met in the Hall.", "Hall parties were held across the city."]);
        var hall = Assert.Single(people, p => p.Name == "Susan Hall");
        Assert.Equal(["Hall", "Ms Hall", "Susan Hall"], hall.Aliases.Order());
        Assert.DoesNotContain(hall.Mentions, m => m.Paragraph >= 3);
    }

    [Fact]
    public void A_place_word_that_ends_a_full_name_is_that_persons_surname_alone_and_speaks_opening_a_sentence()
    {
        var people = PersonExtractor.Extract(["Susan Hall, the Tory candidate, trailed.", "Hall told supporters she had no regrets.", "They met in the Hall.", "Hall parties were held across the city."]);
        var hall = Assert.Single(people, p => p.Name == "Susan Hall");
        Assert.Equal(["Hall", "Susan Hall"], hall.Aliases.Order());
        Assert.DoesNotContain(hall.Mentions, m => m.Paragraph >= 2);
    }

    [Fact]
    public void A_place_word_that_ends_a_full_name_is_that_persons_surname_alone_before_who()
    {
        var people = PersonExtractor.Extract(["The Conservative candidate, Susan Hall, polled 812,397 votes.", "Hall, who had been predicted to run Khan close, won 32.7%.", "Hall, which seats 500, was full."]);
        var hall = Assert.Single(people, p => p.Name == "Susan Hall");
        Assert.Equal(["Hall", "Susan Hall"], hall.Aliases.Order());
        Assert.DoesNotContain(hall.Mentions, m => m.Paragraph >= 2);
    }

    [Theory]
    [InlineData("Victoria Street was closed on Thursday.")]
    [InlineData("Downing Street won the argument, Mr Hall said.")]
    [InlineData("City Hall said the count was over.")]
    public void A_place_word_after_a_place_stays_a_place(string text) =>
        Assert.DoesNotContain(Names(text), n => n is "Victoria Street" or "Downing Street" or "City Hall");

    [Fact]
    public void Surnames_are_never_place_words() =>
        Assert.Equal(["Jeremy Hunt", "Sarah Chambers"], Names("Jeremy Hunt met Sarah Chambers at the conference."));

    [Fact]
    public void A_county_alone_is_no_surname_though_it_speaks() =>
        Assert.Equal(["Sarah Mills"], Names("Sarah Mills, at the hunt in Badminton, Gloucestershire said several hundred people had gathered."));

    [Fact]
    public void PersonBesideInList_a_place_word_after_a_given_name_in_a_list_of_people_is_a_surname() =>
        Assert.Contains("Becky Lane", PersonExtractor.Extract(["These are Becky Lane, David Goldsmith and Ali Ibrahim."]).Select(p => p.Name));

    [Fact]
    public void PersonBesideInList_a_list_of_places_stays_places() =>
        Assert.DoesNotContain("Penny Lane", PersonExtractor.Extract(["They walked down Penny Lane and Abbey Road."]).Select(p => p.Name));

    [Fact]
    public void PersonBesideInList_a_possessive_neighbour_is_no_person_in_a_list() =>
        Assert.DoesNotContain("Elizabeth Tower", PersonExtractor.Extract(["The march went past Elizabeth Tower, Winston Churchill's statue and Parliament Square."]).Select(p => p.Name));

    [Theory]
    [InlineData("To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts were wrong.")]
    [InlineData("To a packed audience at Sage Centre, the chancellor said the cuts were wrong.")]
    public void A_place_word_after_a_preposition_of_place_ends_a_place_though_a_description_follows(string text) =>
        Assert.Empty(Names(text));
}
