using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>"Mr Pike has failed, he claimed": a pronoun tagged on after a reported clause is not the person the
/// clause is about, but the one the text was about before it.</summary>
public class QuoteReportedClauseTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void A_pronoun_tag_after_a_reported_clause_is_the_speaker_before_it()
    {
        var quotes = QuotesBy(
            "Colin Pike has led the council since 2019.",
            "Ravi Tharnsby attacked the council in his speech on Monday, and said the town was heading the wrong way.",
            "Mr Pike has failed to tackle these problems, he claimed, saying he has the \u201cwrong solution\u201d to them.",
            "\u201cThe result is higher taxes and fewer buses.\u201d");
        Assert.Equal(["The result is higher taxes and fewer buses."], quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_pronoun_tag_after_a_reported_clause_in_the_present_is_the_speaker_before_it()
    {
        var quotes = QuotesBy(
            "Moira Kettle, the council leader, opened the meeting.",
            "Jo Bloggs spoke next.",
            "Ms Kettle is out of touch with residents, she says, adding: \u201cThe plan is a disaster for the town.\u201d");
        Assert.Equal(["The plan is a disaster for the town."], quotes["Jo Bloggs"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void Words_in_a_clause_opened_by_someones_suggestion_that_are_theirs()
    {
        var quotes = QuotesBy(
            "Colin Pike chaired the panel.",
            "Ravi Tharnsby made a good impression, even if he was thrown by Mr Pike's suggestion that instead of being treated by the NHS, young drunks should be \u201cgiven a good beating\u201d and left.");
        Assert.Equal(["given a good beating"], quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }
}
