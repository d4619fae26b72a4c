using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Ways of naming who spoke that student writers use: a relative clause, "to quote", letters after a name,
/// reporting verbs in the present or less common ones. One test per rule, on texts written for it.</summary>
public class QuoteIntroductionTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void Who_right_after_a_name_with_no_comma_stands_for_the_name()
    {
        var quotes = QuotesBy("The scheme was attacked by employers, among them Moira Kettle who warns of “grave harm to small exporters”.");
        Assert.Single(quotes["Moira Kettle"]);
    }

    [Fact]
    public void Who_after_a_description_in_commas_stands_for_the_name_before_it()
    {
        var quotes = QuotesBy(
            "One of the marchers was Colin Pike, a history student, who told reporters that “the turnout was far beyond what any of us had hoped”.");
        Assert.Single(quotes["Colin Pike"]);
    }

    [Fact]
    public void The_name_after_to_quote_or_to_cite_is_the_speaker()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby wrote about the budget. To quote Moira Kettle, “the numbers simply do not add up this year”.",
            "Nobody listened. To cite Colin Pike, “a plan with no money behind it is only a wish”.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void The_words_of_a_person_are_their_quote()
    {
        var quotes = QuotesBy("Ravi Tharnsby opposed the fees. In the words of Colin Pike, “no student should ever pay twice for one degree”.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Letters_after_a_name_do_not_hide_the_name_from_its_verb()
    {
        var quotes = QuotesBy("Ravi Tharnsby toured the plant. Moira Kettle MP commented, “it is a fine facility and a proud moment for the town”.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Theory]
    [InlineData("reiterated")]
    [InlineData("clarified")]
    [InlineData("concluded")]
    [InlineData("mentioned")]
    [InlineData("lamented")]
    [InlineData("assured")]
    public void A_reporting_verb_gives_the_quote_to_its_own_subject(string verb)
    {
        var quotes = QuotesBy($"Colin Pike nodded as Moira Kettle {verb} that the plan was “a waste of everyone’s time and money”.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_verb_after_having_does_not_report_the_quote_before_it()
    {
        var quotes = QuotesBy(
            "Moira Kettle opened the debate on Monday.",
            "She added, “It is not our place to tell anyone how to vote”, despite having just described Imperial’s part in the campaign.");
        Assert.Single(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_name_in_commas_after_the_phrase_opening_the_sentence_is_its_subject_when_a_verb_follows()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby said on Monday that “moving the unit across town is simply madness”.",
            "The Kensington and Chelsea MP, Colin Pike, stated his worries about the plan. Talking to reporters, he said “it is hard to see how the other hospital will cope with the extra patients”.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Single(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_name_in_commas_after_an_office_with_no_article_is_the_subject_when_a_verb_follows()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby said on Monday that “moving the unit across town is simply madness”.",
            "Hackney’s Labour MP, Colin Pike, said on his blog that the trust was wrong.",
            "He mentioned his anger at the plan, saying the trust was “ruining a hospital that the whole borough relies on”.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Single(quotes["Colin Pike"]);
    }

    [Theory]
    [InlineData("A source close to Colin Pike who asked not to be named told reporters: “He will not resign over this.”")]
    [InlineData("The mother of Colin Pike who spoke to reporters said “my son did nothing wrong at all”.")]
    [InlineData("A spokesman for Colin Pike MP said: “The matter is closed and we will not comment further.”")]
    [InlineData("In the words of Colin Pike’s lawyer, “the case should never have come to court at all”.")]
    [InlineData("Editors agreed not to quote Colin Pike on “a deeply worrying failure of leadership at the top”.")]
    public void A_name_inside_someone_elses_phrase_does_not_take_the_quote(string paragraph) =>
        Assert.Empty(QuotesBy(paragraph).GetValueOrDefault("Colin Pike") ?? []);

    [Fact]
    public void Letters_after_a_name_in_a_phrase_set_off_in_commas_leave_the_quote_to_the_subject()
    {
        var quotes = QuotesBy("Ravi Tharnsby, responding to Colin Pike MP, said: “We will not be lectured by anyone on this subject.”");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes.GetValueOrDefault("Colin Pike") ?? []);
    }

    [Fact]
    public void A_name_in_commas_later_in_a_sentence_opened_by_an_office_is_an_object()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby MP visited the college on Friday.",
            "The MP thanked the organiser, Colin Pike, for his work on the festival. “This town has shown what it can do when it pulls together,” he said.");
        Assert.Empty(quotes.GetValueOrDefault("Colin Pike") ?? []);
    }
}
