using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Quotes whose speaker is the subject of their sentence, named by an office, a cleft sentence, a report
/// of what was said or after an opening clause: one test per rule, on texts written for it.</summary>
public class QuoteOfficeSubjectTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Theory]
    [InlineData("But the Tory MP admitted the office \"cannot stand still for ever\".")]
    [InlineData("But the MP for Bexley and North Tarrant admitted the office \"cannot stand still for ever\".")]
    public void An_office_of_no_named_person_after_the_name_it_follows_is_the_person_the_text_is_about(string second)
    {
        var quotes = QuotesBy("Dorian Voss said the Bill was \"largely unnecessary and expensive\". " + second);
        Assert.Contains("cannot stand still for ever", quotes["Dorian Voss"]);
    }

    [Fact]
    public void Speaking_of_a_thing_in_quotes_is_speech()
    {
        var quotes = QuotesBy("Mr Brannock walked beside Mr Elmsworth. But it was Mr Elmsworth who took centre stage, speaking of the plans for the \"coming weeks and months\".");
        Assert.Equal(["coming weeks and months"], quotes["Elmsworth"]);
        Assert.Empty(quotes["Brannock"]);
    }

    [Theory]
    [InlineData("In Mr Halloway's book Mr Brannock is alleged to have told the minister:")]
    [InlineData("Mr Brannock was said to have told the minister:")]
    public void A_subject_reported_to_have_spoken_is_the_speaker_not_the_one_reporting_it(string opening)
    {
        var quotes = QuotesBy(opening + " \"There is nothing you could ever say to me now that I would believe.\"");
        Assert.Single(quotes["Brannock"]);
    }

    [Fact]
    public void Was_speaking_about_a_topic_does_not_introduce_the_quote_after_it()
    {
        var quotes = QuotesBy("But the Executive has insisted Mr Elmsworth was speaking about adults and his comments were \"a recognition that people will get drunk\".");
        Assert.Empty(quotes["Elmsworth"]);
    }

    [Fact]
    public void The_culture_secretary_is_the_secretary_of_state_whose_portfolio_holds_culture()
    {
        var people = PersonExtractor.Extract([
            "The Secretary of State for Culture, Media and Sport, Dorothea Quill, defended the bill.",
            "The culture secretary said years of consultation had agreed on the need to \"protect children and the vulnerable\" in the sector."]);
        var quill = people.Single(p => p.Name == "Dorothea Quill");
        Assert.Contains("Secretary of State for Culture, Media and Sport", quill.Roles.Select(r => r.Role));
        Assert.Equal(["protect children and the vulnerable"], quill.Quotes.Select(q => q.Text));
    }

    [Theory]
    [InlineData("While admitting that the plan would \u201ctake longer to pay off the debt,\u201d Morwenna Tallis justified it as fair.")]
    [InlineData("After admitting that the plan would \u201ctake longer to pay off the debt,\u201d Morwenna Tallis justified it as fair.")]
    public void A_participle_of_speech_opening_the_sentence_is_the_subject_after_it(string text)
    {
        var quotes = QuotesBy("Dorian Voss spoke first.", text);
        Assert.Equal(["take longer to pay off the debt,"], quotes["Morwenna Tallis"]);
    }
}
