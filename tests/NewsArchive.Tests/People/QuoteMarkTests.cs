using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Which marks open a quote: one test per rule, on texts written for it.</summary>
public class QuoteMarkTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void Introduced_a_single_mark_left_open_after_a_preposition_is_an_apostrophe()
    {
        var quotes = QuotesBy("Colonel Ravi Tharnsby is a soldier plucked from the horror of ‘Nam and dropped into the year 2154, and the film says so at every turn.");
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Introduced_a_single_mark_left_open_after_a_colon_runs_on_as_a_speech()
    {
        var quotes = QuotesBy(
            "Colin Pike said: ‘We will fight every seat in this city and we will win most of them.",
            "‘Nobody should doubt that we mean it.’");
        Assert.NotEmpty(quotes["Colin Pike"]);
    }

    [Theory]
    [InlineData("Colin Pike said the plan would work. He added ‘We will fight every seat in this city and we will win most of them.")]
    [InlineData("Colin Pike told the assembly that ‘the city cannot wait any longer for the homes it needs.")]
    public void Introduced_a_single_mark_left_open_after_a_verb_of_speech_or_that_runs_on(string first)
    {
        var quotes = QuotesBy(first, "‘Nobody should doubt that we mean it,’ he said.");
        Assert.Equal(2, quotes["Colin Pike"].Length);
    }

    [Fact]
    public void A_quote_left_open_before_a_mark_opening_mid_sentence_holds_only_its_first_sentence()
    {
        var quotes = QuotesBy("Meanwhile Ms Orla Pennick defended her record, saying the lists were \"only a small part of the picture. "
            + "Dr Brennan Tusk, who was a GP in the valleys, said staff wanted calm after \"four years of upheaval\". The lists grew.");
        Assert.Equal(["only a small part of the picture."], quotes["Orla Pennick"]);
        Assert.Equal(["four years of upheaval"], quotes["Brennan Tusk"]);
    }

    [Fact]
    public void A_quote_left_open_that_ends_a_sentence_before_the_next_opening_mark_runs_on_to_it()
    {
        var quotes = QuotesBy("Colin Pike said: \"We will fight every seat. We will win most of them. \"Nobody should doubt it.\"");
        Assert.Contains("We will fight every seat. We will win most of them.", quotes["Colin Pike"]);
    }
}
