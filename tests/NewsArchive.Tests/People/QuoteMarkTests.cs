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
}
