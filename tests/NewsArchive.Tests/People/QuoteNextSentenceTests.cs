using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A quote that is a sentence of its own, whose speaker the next sentence names ("That was the verdict of
/// X.", "So said X."): the quote is that person's, never the subject of the text before it.</summary>
public class QuoteNextSentenceTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void A_verdict_of_a_named_person_in_the_next_sentence_gives_them_the_quote()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the meeting on the rent strike.",
            "\u201cWe will not give up until the halls are affordable.\u201d That was the verdict of union president Moira Kettle after the vote.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void So_said_a_named_person_gives_them_the_quote()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the meeting on the rent strike.",
            "\u201cWe will not give up until the halls are affordable.\u201d So said Moira Kettle, the union president, on Tuesday.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Words_of_someone_tied_to_the_named_person_are_nobody_named()
    {
        // The speaker is the mother: neither she nor the subject before is named as saying it.
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the meeting on the rent strike.",
            "\u201cWe will not give up until the halls are affordable.\u201d Those were the words of the mother of Moira Kettle.");
        Assert.Empty(quotes["Ravi Tharnsby"]);
        Assert.False(quotes.TryGetValue("Moira Kettle", out var kettle) && kettle.Length > 0);
    }

    [Fact]
    public void A_name_that_only_opens_the_next_sentence_is_not_the_speaker()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the meeting on the rent strike.",
            "\u201cWe will not give up until the halls are affordable.\u201d That was before Moira Kettle arrived with the petition.");
        Assert.False(quotes.TryGetValue("Moira Kettle", out var kettle) && kettle.Length > 0);
    }

    [Fact]
    public void A_verdict_of_a_source_with_no_name_keeps_the_quote_from_the_subject_before()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the meeting on the rent strike.",
            "\u201cWe will not give up until the halls are affordable.\u201d That was the message from a union spokesman after the vote.");
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }
}
