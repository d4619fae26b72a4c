using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Quotes whose speaker is told after the quote, through an office of a place, a possessive or an
/// interview: one test per rule, on texts written for it.</summary>
public class QuoteSpeakerTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void A_description_without_an_article_after_an_inverted_verb_stands_before_the_speaker()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby opened the debate.",
            "\u201cI approached the candidates one by one and most agreed,\u201d says third-year chemist, Moira Kettle, who organised the hustings.",
            "\u201cIt went better than we hoped,\u201d says engineer Colin Pike.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_quote_ending_in_an_exclamation_keeps_the_attribution_after_it()
    {
        var quotes = QuotesBy(
            "Moira Kettle chaired the debate.",
            "\u201cDo not interrupt me, I am speaking now!\u201d Ravi Tharnsby snapped at the moderator.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_new_sentence_after_a_question_that_reports_its_own_words_is_not_the_attribution()
    {
        var quotes = QuotesBy(
            "Moira Kettle spoke first. She continued: \u201cHow can there be order in schools when there is none in government?\u201d Ravi Tharnsby said he would not respond to gossip.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void An_office_of_a_place_before_the_verb_is_resolved_through_its_holder()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby, the Mayor of London, visited the depot. Moira Kettle was there too.",
            "\u201cWe will not cut bus routes in outer London this year,\u201d the Mayor of London said.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_seat_in_the_office_phrase_does_not_rule_out_someone_given_another_office()
    {
        var quotes = QuotesBy(
            "Former welfare minister Ravi Tharnsby MP criticised the rivalry on Sunday.",
            "\u201cWhat sort of model does it give the nation when the two leaders do nothing but fight?\u201d the Labour MP for Birkenhead asked.");
        Assert.Single(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_quote_opening_a_sentence_that_goes_on_to_name_someone_is_theirs_not_the_last_speakers()
    {
        var quotes = QuotesBy(
            "Moira Kettle said: \u201cWe care about ourselves.\u201d",
            "\u201cThat was a total disaster, I could not think of things to say,\u201d a crestfallen Ravi Tharnsby confided later.",
            "\u201cIt was coded and careful but entirely deliberate,\u201d was Colin Pike's assessment.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Single(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_verb_after_the_quote_whose_speaker_is_not_read_leaves_the_quote_to_nobody()
    {
        var quotes = QuotesBy(
            "According to Moira Kettle, the council \u201chas failed every family in the borough\u201d.",
            "\u201cDo not interrupt me, I am speaking now and will finish!\u201d Hendrix-Ola snapped at the moderator.");
        Assert.Equal(["has failed every family in the borough"], quotes["Moira Kettle"]);
        Assert.All(quotes, q => Assert.DoesNotContain(q.Value, t => t.Contains("interrupt")));
    }

    [Fact]
    public void A_verb_after_the_quote_gives_it_to_its_own_subject_not_the_person_before()
    {
        // "Cruz", a given name alone, is read as a person because it speaks; before, it was not read and the quote went to nobody.
        var quotes = QuotesBy(
            "According to Moira Kettle, the council \u201chas failed every family in the borough\u201d.",
            "\u201cDo not interrupt me, I am speaking now and will finish!\u201d Cruz snapped at the moderator.");
        Assert.Equal(["has failed every family in the borough"], quotes["Moira Kettle"]);
        Assert.Contains(quotes["Cruz"], t => t.Contains("interrupt"));
    }

    [Fact]
    public void Adding_that_opening_a_sentence_goes_on_with_the_speaker_of_the_sentence_before()
    {
        var quotes = QuotesBy(
            "Moira Kettle was not asked.",
            "\u201cIt is alarming that the Government has refused a review,\u201d said Ravi Tharnsby MP, chair of the committee. Adding that: \u201cthe Government believes it could raise the interest rate at will.\u201d");
        Assert.Equal(2, quotes["Ravi Tharnsby"].Length);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_pronoun_with_no_subject_in_view_stands_for_the_one_person_its_paragraph_has_named()
    {
        var quotes = QuotesBy(
            "Nominations closed on Sunday, with only fourth-year medic Moira Kettle standing for President. She is the only candidate. She said that she was watching the others: \u201cThere is so much competition this year for the other posts.\u201d");
        Assert.Single(quotes["Moira Kettle"]);
    }

    [Fact]
    public void A_name_ending_a_phrase_in_commas_before_the_verb_is_its_object_not_the_speaker()
    {
        var quotes = QuotesBy("Moira Kettle, responding to Ravi Tharnsby, said \u201cScotland will not be ignored any longer\u201d.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_name_in_apposition_to_what_a_possessive_owns_is_the_subject_a_later_he_stands_for()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby faced questions on Sunday.",
            "Mr Tharnsby's deputy, Colin Pike, said the party was united. \"We are all behind the leader,\" he said.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void The_person_an_interview_sits_down_with_answers_the_quotes_after_the_questions()
    {
        var quotes = QuotesBy(
            "Felix sat down with Union President Moira Kettle to talk about the year.",
            "**What has been your biggest achievement?**",
            "\u201cGetting the new student centre approved has been the highlight of my year.\u201d");
        Assert.Single(quotes["Moira Kettle"]);
    }

    [Fact]
    public void Teaming_up_with_someone_is_no_interview_of_them()
    {
        var quotes = QuotesBy(
            "Felix teamed up with Union President Moira Kettle to run the debate.",
            "**What has been your biggest achievement?**",
            "\u201cGetting the new student centre approved has been the highlight of my year.\u201d");
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Theory]
    [InlineData("Ravi Tharnsby told the audience about a letter left by his rivals at the Treasury in 2010 which read \u201cI am sorry, there is no money left at all.\u201d")]
    [InlineData("Ravi Tharnsby said that was not possible under the election by-laws which state that notice is given (namely \u201cfive clear College days in advance of nominations\u201d).")]
    public void A_document_that_reads_or_states_the_words_speaks_for_no_one_person(string text) =>
        Assert.Empty(QuotesBy(text)["Ravi Tharnsby"]);

    [Theory]
    [InlineData("Friends of Mr Tharnsby said: \"He is furious about the briefing against him.\"")]
    [InlineData("Aides to Ravi Tharnsby said: \"The minister has full confidence in his deputy.\"")]
    [InlineData("Allies of Mr Tharnsby claimed that he had been \"stabbed in the back by Number 10\".")]
    public void Friends_aides_and_allies_opening_a_sentence_speak_for_themselves_not_for_the_name_after_them(string text) =>
        Assert.Empty(QuotesBy("Ravi Tharnsby met his rivals on Monday.", text)["Ravi Tharnsby"]);

    [Fact]
    public void A_clause_joined_by_but_has_its_own_subject_a_later_he_stands_for()
    {
        var quotes = QuotesBy(
            "Ravi Tharnsby and Colin Pike spoke at the hustings. Mr Tharnsby said the runway was vital, but Mr Pike disagreed. \"It would be a disaster for residents,\" he said.");
        Assert.Single(quotes["Colin Pike"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Theory]
    [InlineData("\u201cWe have heard it all before and nothing changes,\u201d said one resident, Mary Jones, 67, from Hackney.")]
    [InlineData("\u201cWe have heard it all before and nothing changes,\u201d said a local shopkeeper, Mary Jones.")]
    public void A_resident_or_a_shopkeeper_named_in_apposition_after_the_verb_is_the_speaker(string text) =>
        Assert.Single(QuotesBy(text)["Mary Jones"]);

    [Fact]
    public void An_office_after_an_opening_clause_is_the_sentences_subject()
    {
        var quotes = QuotesBy(
            "Union President Moira Kettle defended the budget on Tuesday.",
            "Colin Pike, a councillor, asked about the bar.",
            "When asked about the cuts to the bar, the President was clear: \u201cThe bar has lost money for three years running.\u201d");
        Assert.Equal(["The bar has lost money for three years running."], quotes["Moira Kettle"]);
    }

    [Fact]
    public void The_office_itself_is_not_its_deputy()
    {
        var quotes = QuotesBy(
            "Union President Moira Kettle and Deputy President Colin Pike met students on Tuesday.",
            "Colin Pike spoke first, about the shop.",
            "The President was clear: \u201cThe bar has lost money for three years running.\u201d");
        Assert.Equal(["The bar has lost money for three years running."], quotes["Moira Kettle"]);
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void A_quote_running_on_without_its_opening_mark_ends_at_its_closing_mark_and_keeps_its_speaker()
    {
        var quotes = QuotesBy(
            "Colin Pike chaired the meeting.",
            "\u201cSome of the panel are local councillors,\u201d says Moira Kettle, \u201cand students should meet them.\u201d",
            "I have been talking to students who feel their vote does not count at all.\u201d Pike closed the meeting.");
        Assert.Contains("I have been talking to students who feel their vote does not count at all.", quotes["Moira Kettle"]);
        Assert.Empty(quotes["Colin Pike"]);
    }

    [Fact]
    public void The_PM_is_the_Prime_Minister_and_a_party_leader_may_hold_another_office_besides()
    {
        var quotes = QuotesBy(
            "Moira Kettle opened the evening.",
            "Prime Minister Colin Pike spoke next. The PM declared that the deficit \u201cstill has to be cleared by the end of the parliament.\u201d",
            "The Conservative leader came out strong for the NHS, calling it \u201cthe most important institution we have in this country.\u201d");
        Assert.Contains("the most important institution we have in this country.", quotes["Colin Pike"]);
        Assert.Empty(quotes["Moira Kettle"]);
    }

    [Fact]
    public void According_to_an_office_opening_the_sentence_is_the_source_of_its_quotes()
    {
        var quotes = QuotesBy(
            "Green Party leader Moira Kettle spoke last. Ravi Tharnsby spoke first.",
            "According to the Green party leader, the NHS is \u201cmoving to the American system\u201d.");
        Assert.Single(quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void TitledCues_a_title_the_article_gives_as_a_surname_names_the_person_alone() =>
        Assert.Single(QuotesBy(
            "One of the candidates, Will Prince, was banned from campaigning.",
            "Commenting on the incident, Prince gave the following statement: \u201cI never acted in an unreasonable manner at any point.\u201d")["Will Prince"]);

    [Fact]
    public void Pronoun_far_from_any_subject_stands_for_the_one_person_its_paragraph_names()
    {
        var quotes = QuotesBy(
            "Mariano Rajoy called the vote illegal.",
            "The vote was held last month.",
            "Turnout was lower than expected.",
            "Observers raised many complaints.",
            "Shortly after, the president of Cataluña, Carles Puigdemont, gave a statement. He stated: \u201cI assume the mandate that Cataluña should become a state.\u201d");
        Assert.Single(quotes["Carles Puigdemont"]);
        Assert.Empty(quotes["Mariano Rajoy"]);
    }

    [Fact]
    public void Pronoun_far_from_any_subject_does_not_stand_for_an_object()
    {
        var quotes = QuotesBy(
            "Tony Blair visited the hospital.",
            "The vote was held last month.",
            "Turnout was lower than expected.",
            "Observers raised many complaints.",
            "Speaking in Sedgefield, the prime minister paid tribute to Alan Milburn. He said: \u201cWe have done more for the health service than anyone.\u201d");
        Assert.Empty(quotes["Alan Milburn"]);
    }

    [Fact]
    public void TitledCues_a_title_surname_in_the_possessive_names_a_place_not_the_person() =>
        Assert.Empty(QuotesBy(
            "The vote was chaired by Oliver King, the returning officer.",
            "Students at King's said: \u201cWe were not consulted about the new rules.\u201d")["Oliver King"]);
}
