using NewsArchive.People;

namespace NewsArchive.Tests.People;

public class QuoteSelectionTests
{
    private static PersonQueries.QuoteView Quote(string text, string article = "a", int paragraph = 1) =>
        new(text, "", paragraph, article, "Headline " + article, new DateOnly(2021, 5, 8));

    [Fact]
    public void The_same_speech_reported_by_two_outlets_is_shown_once_the_first_time()
    {
        var quotes = QuoteSelection.ForReaders([
            Quote("‘I’m deeply humbled to have been re-elected to serve the city I love.’", "a"),
            Quote("We will keep building a better London for everyone.", "a", 2),
            Quote("\"I'm deeply humbled to have been re-elected to serve the city I love\"", "b"),
        ]);
        Assert.Equal(["a", "a"], quotes.Select(q => q.ArticleSlug));
    }

    [Fact]
    public void A_cut_or_a_changed_word_is_still_the_same_speech()
    {
        Assert.True(QuoteSelection.SameSpeech(
            "This election has shown the divisions in our city, and I will work to heal them as mayor for all Londoners",
            "This election has shown the divisions in our city and I will work to heal them"));
        Assert.True(QuoteSelection.SameSpeech(
            "We will keep building a fairer, greener and safer London for everyone",
            "We will keep building a fairer, greener and safer city for everyone"));
    }

    [Fact]
    public void Two_remarks_on_one_subject_stay_apart()
    {
        Assert.False(QuoteSelection.SameSpeech("It is a great day for London", "It is a great shame for our city"));
        var quotes = QuoteSelection.ForReaders([Quote("It is a great day for London"), Quote("It is a great shame for our city")]);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Fragments_under_four_words_are_left_out()
    {
        var quotes = QuoteSelection.ForReaders([Quote("‘historic’"), Quote("a new chapter"), Quote("This is a new chapter")]);
        Assert.Equal("This is a new chapter", Assert.Single(quotes).Text);
    }
}
