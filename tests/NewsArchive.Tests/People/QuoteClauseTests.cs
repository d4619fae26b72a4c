using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Quotes whose speaker stands in a clause or a phrase around the verb: one test per rule, on texts written for it.</summary>
public class QuoteClauseTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void A_name_before_a_relative_clause_in_dashes_is_the_subject_a_later_he_stands_for()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby has apologised to the families.",
            "One of the men, Colin Pike - who was wrongly jailed - said the families were pleased. He said Mr Tharnsby had spoken well, adding: \"He listened to every one of us that day.\"");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_name_a_preposition_governs_is_not_the_subject_a_later_quote_goes_to()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby met the negotiators on Monday.",
            "The problem for Ravi Tharnsby was that his negotiator, Colin Pike, resigned, saying the plan gave ‘too much, too easily’.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_name_after_from_is_whose_message_it_is() =>
        Assert.Single(QuotesBy("The abiding message from Colin Pike was that the party will stop the country “lurching to the left or right.”")["Colin Pike"]);

    [Fact]
    public void A_name_in_apposition_to_the_office_after_the_verb_is_the_speaker()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby published his report on Monday.",
            "\"It will be a tragedy if the government goes only half way,\" said the chairman of the schools committee, Labour MP Colin Pike.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_verb_in_a_relative_clause_closed_before_the_quote_is_not_the_quotes_verb()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby met Moira Kettle last year.",
            "A spokesman later said Mr Tharnsby knew Ms Kettle, who he described as a brave campaigner, and that he was \"willing to do anything that is necessary to help\".");
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Who_after_a_name_and_a_comma_stands_for_the_name()
    {
        var quotes = QuotesBy("The plan was rejected by Ravi Tharnsby, who said: \"We have not broken any precedent at all.\"");
        Assert.Single(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_body_in_apposition_to_the_name_opening_the_sentence_does_not_take_the_quote()
    {
        var quotes = QuotesBy("Colin Pike, Blackpool Hotel Association said: \"We have tried very hard to bring them back.\"");
        Assert.Single(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_persons_quotation_or_line_is_their_quote()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby wrote on it. It summed up Tharnsby's quotation: \"Democracy is the worst form of rule except all the others.\" To steal a line from Moira Kettle, \"tough on waste, tough on the causes of waste\", the plan failed.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Single(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_quote_set_apart_from_the_text_takes_no_speaker_from_around_it()
    {
        string[] paragraphs = ["Ravi Tharnsby said the party was ready for power.", "\u201cWe have become a government in waiting\u201d \u2013 the party's call to arms"];
        Assert.Empty(PersonExtractor.Read(paragraphs, null, setApart: new HashSet<int> { 1 }).People.Single().Quotes);
        // The same paragraph in the text runs on from the speaker before it.
        Assert.Single(PersonExtractor.Read(paragraphs, null).People.Single().Quotes);
    }

    [Fact]
    public void A_speaker_closing_the_opening_sentence_is_whom_the_text_is_about()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby has failed the country, Colin Pike has said.",
            "\"Britain is heading the wrong way,\" the Conservative leader said in his message.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void He_in_a_sentence_is_not_the_person_named_there_in_the_possessive()
    {
        var quotes = QuotesBy(
            "Colin Pike spoke at the launch.",
            "Mr Tharnsby's plan was a \"bossy, interfering plan that takes decisions away from people,\" he added.");
        Assert.Single(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_pronoun_after_someone_unnamed_stands_for_them()
    {
        var quotes = QuotesBy(
            "Moira Kettle opened the new ward on Monday.",
            "We asked a spokeswoman for the trust about the plans. In her response she said that \"the options will affect the trust in different ways\".",
            "I called over an American colleague who was reading the news. \"They have called the whole thing for the Democrats,\" he said.");
        Assert.Empty(quotes["Moira Kettle"]);
        // "he was a member of" says what someone is: the pronoun still stands for him.
        Assert.Single(QuotesBy("Ravi Tharnsby said he was a member of the party. \"I will be standing at the next election,\" he said.")["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_pronoun_reaches_back_two_paragraphs_at_most()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby looked tired on the night.",
            "The count went on until dawn.",
            "The bar was full of students.",
            "The day before, the couples outside were sharing a beer. \"It is the court I am worried about,\" she said.");
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_pull_quotes_pronoun_has_no_speaker_beside_it()
    {
        string[] paragraphs = ["Ravi Tharnsby was at the count.", "\u201cThey have called the whole thing for the Democrats,\u201d he said."];
        Assert.Empty(PersonExtractor.Read(paragraphs, null, setApart: new HashSet<int> { 1 }).People.Single().Quotes);
    }

    [Fact]
    public void A_name_in_a_relative_clause_is_not_whom_the_text_is_about()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby has backed the research.",
            "The issue was a feature of the American race, where Colin Pike opposed it. But the Tory leader argued there was a case. \"I believe we have a duty to offer hope to the sick,\" he said.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void An_office_followed_by_its_verb_after_a_comma_is_the_subject_not_an_apposition()
    {
        var quotes = QuotesBy(
            "Echoing the American envoy Moira Kettle, the prime minister said policy had changed. Mr Tharnsby had seen it himself, Ravi Tharnsby said.",
            "The prime minister conceded that the country had \"what appears to be a harder position\" than Europe.");
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void Another_nations_office_goes_only_to_its_holder()
    {
        var quotes = QuotesBy(
            "President Colin Pike spoke in Washington on Friday.",
            "The French president told reporters: \"Europe today has more than ever the need to reinforce itself.\"");
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_name_in_an_opening_asked_clause_is_not_whom_he_stands_for()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby spoke to reporters on Monday.",
            "Asked if Mr Pike could return to the cabinet, he replied: \"I have made my admiration for Colin very clear.\"",
            "Colin Pike resigned last week.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        // With no comma to close a clause, the name after an opening -ing word is the subject.
        Assert.Single(QuotesBy("Launching the plan Ravi Tharnsby said he was proud. He added: \"We have come a long way since then.\"")["Ravi Tharnsby"]);
    }

    [Fact]
    public void An_office_nobody_holds_does_not_go_to_someone_the_article_gives_another_office()
    {
        var quotes = QuotesBy(
            "Home Secretary Ravi Tharnsby set out the plans at a school. He was joined there by Colin Pike.",
            "The prime minister said the citizen should be in charge and \"not the minority who want to cause trouble\".");
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_name_owning_the_noun_the_sentence_opens_with_is_whom_it_is_about()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby spoke first.",
            "The comments of union General Secretary, Colin Pike, cemented the rift. He announced that he was \u201cobliged to uphold the integrity of the union\u201d.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void An_office_in_apposition_to_the_name_before_its_verb_is_that_persons()
    {
        var quotes = QuotesBy(
            "Moira Kettle was named in the cables.",
            "Even so, Ravi Tharnsby, the US Defence Secretary argued that the ties would survive as the \u201cUS is the one nation that matters\u201d.");
        Assert.Single(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Quoted_words_between_a_determiner_and_their_noun_are_a_label()
    {
        var quotes = QuotesBy("Ravi Tharnsby wants to break up the \u2018far too big to fail\u2019 banks, and said it was \u201ca matter of simple fairness\u201d.");
        Assert.Equal(["a matter of simple fairness"], quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Someone_the_text_has_called_by_one_office_is_not_the_holder_of_another()
    {
        var quotes = QuotesBy(
            "Moira Kettle met Colin Pike at the White House. The prime minister said the talks had been \"very productive and very warm\". The president said: \"We have a great relationship with the UK.\"");
        Assert.Equal(["very productive and very warm"], quotes["Moira Kettle"]);
    }

    [Fact]
    public void Someone_unnamed_of_the_names_speaks_for_themselves()
    {
        var quotes = QuotesBy("Sir Ravi Tharnsby backed Labour. Tarran United's manager said: \"Tony Pike has done a good job for us.\"");
        Assert.DoesNotContain(quotes, q => q.Value.Length > 0);
    }

    [Fact]
    public void A_but_clause_subject_gives_way_to_a_later_sentences_subject()
    {
        var quotes = QuotesBy(
            "Mr Adams said the plan was good, but Mr Brown disagreed. Mr Clark said the council would decide on the money. \u201cIt is up to them to decide what happens next,\u201d he said.");
        Assert.Single(quotes["Clark"]);
        Assert.Empty(quotes["Brown"]);
    }

    [Theory]
    [InlineData("Mr Evans backed the plan, but Mr Pike's spokesman said it would fail.")]
    [InlineData("Mr Evans backed the plan. A spokesman for Mr Pike said it would fail.")]
    [InlineData("Mr Evans backed the plan. Mr Pike's spokesman said it would fail.")]
    public void A_pronoun_after_a_spokesman_who_stands_for_a_name_is_the_spokesmans_not_the_names(string before)
    {
        var quotes = QuotesBy(before + " \u201cWe will fight this every step of the way,\u201d he said.");
        Assert.Empty(quotes["Pike"]);
        Assert.Empty(quotes["Evans"]);
    }

    [Theory]
    [InlineData("However, he reassured students that the college would fight, saying \u201cwe will do all in our power to protect your fees\u201d.")]
    [InlineData("Later that day, he allowed the vote to go ahead, and explained that: \u201cI do not like deciding a motion with my own casting vote.\u201d")]
    public void A_pronoun_after_a_short_opening_phrase_is_the_subject_a_participle_or_joined_verb_speaks_for(string second)
    {
        var quotes = QuotesBy(
            "Moira Kettle chaired the meeting. Colin Pike, the department head, wrote to every student on Sunday.",
            "As Pike stated in his email, it is unlikely that fees would change. " + second);
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Theory]
    [InlineData("In an email to Presidents, Club Captains and Club Chairs that the ACC oversees, Colin Pike, ACC Chair, details how the members voted to \u201csupport him through this vote of no confidence\u201d.")]
    [InlineData("In a letter to Presidents, Club Captains and Club Chairs, Colin Pike, ACC Chair, explains that the scheme is \u201ca lifeline for students who work nights\u201d.")]
    public void A_verb_of_report_in_the_present_gives_the_quote_to_its_subject(string second)
    {
        var quotes = QuotesBy("Moira Kettle chaired the meeting on Monday.", second);
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }
}
