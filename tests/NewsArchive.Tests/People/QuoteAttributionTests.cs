using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Quotes attributed as a careful sub-editor would: one test per sieve, on texts written for it.</summary>
public class QuoteAttributionTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void A_verb_after_the_quote_names_its_speaker()
    {
        var quotes = QuotesBy("Mark Oaten and Tony Blair spoke.", "\"We must work with our neighbours here,\" said Mr Oaten. \"It is the only way,\" Mr Blair said.");
        Assert.Equal(["We must work with our neighbours here,"], quotes["Mark Oaten"]);
        Assert.Equal(["It is the only way,"], quotes["Tony Blair"]);
    }

    [Fact]
    public void A_verb_before_the_quote_names_its_speaker_and_the_speaker_can_be_inverted()
    {
        var quotes = QuotesBy("Robert Winston spoke to us. \"The trouble with the Commons\" says Winston, \"is that people arrive too young.\"");
        Assert.Equal(2, quotes["Robert Winston"].Length);
    }

    [Fact]
    public void He_goes_to_the_subject_the_text_is_about_not_to_the_nearest_name()
    {
        var quotes = QuotesBy(
            "Mr Sadiq Khan spoke at City Hall.",
            "Asked about housing, he said he expected Angela Rayner as Housing Secretary to \"make a couple of announcements before recess\".",
            "\"It will be a great night for London,\" he said.");
        Assert.Equal(2, quotes["Sadiq Khan"].Length);
        Assert.Empty(quotes["Angela Rayner"]);
    }

    [Fact]
    public void She_goes_to_the_last_subject_who_is_a_woman()
    {
        var quotes = QuotesBy(
            "Labour MP Diane Abbott backs the plan. Mr Phillips agreed with her.",
            "\"It can be made to work for everyone in the party,\" she said.");
        Assert.Single(quotes["Diane Abbott"]);
    }

    [Theory]
    [InlineData("London Mayor Sadiq Khan met Tony Blair, the former prime minister, yesterday.",
        "The mayor said: \"We need powers for the capital now.\"", "Sadiq Khan", "Tony Blair")]
    // "the PM" is an office like any other.
    [InlineData("Conservative leader Theresa Marsh debated Labour's Colin Pike on Tuesday.",
        "The PM promised a vote in two years to \"settle the question for a generation.\"", "Theresa Marsh", "Colin Pike")]
    public void An_office_goes_to_the_person_the_article_gives_it(string introduction, string quoted, string holder, string other)
    {
        var quotes = QuotesBy(introduction, quoted);
        Assert.Single(quotes[holder]);
        Assert.Empty(quotes[other]);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_keeps_its_speaker()
    {
        var quotes = QuotesBy(
            "Mr Shaun Bailey said: “I went through two years of campaigning and one feeling felt familiar.",
            "“That was the feeling of being written off by everyone.",
            "“Londoners did not write me off in the end,” he said.");
        Assert.Equal(3, quotes["Shaun Bailey"].Length);
    }

    [Fact]
    public void A_sentence_that_is_only_a_quote_belongs_to_the_subject_before_it()
    {
        var quotes = QuotesBy("Executive director Robert Tapsfield criticised the system. \"There is just no logic to the system we have.\"");
        Assert.Single(quotes["Robert Tapsfield"]);
    }

    [Theory]
    [InlineData("A source close to Mr Starmer said: ‘Keir has taken full responsibility for it.’")]
    [InlineData("‘Angela will continue to play a senior role in the party,’ a spokesman said.")]
    [InlineData("One usually supportive Labour MP said: ‘Not the best idea he has had this year.’")]
    [InlineData("Labour said: ‘Keir Starmer will set out his plans next week.’")]
    [InlineData("‘Keir Starmer will set out his plans next week,’ said one Labour departmental representative.")]
    public void An_unnamed_source_keeps_the_quote_from_everyone(string text)
    {
        var quotes = QuotesBy("Keir Starmer sacked Angela Rayner, who said she was shocked.", text);
        Assert.All(quotes.Values, q => Assert.Empty(q));
    }

    [Fact]
    public void A_verb_joined_on_by_and_introduces_the_next_quote_not_a_speaker_after_that()
    {
        var quotes = QuotesBy("Hazel Crowe argued that in the NHS “no public money should go to profits” and pledged that the Green party would “stop slashing public services” soon.");
        Assert.Equal(["no public money should go to profits", "stop slashing public services"], quotes["Hazel Crowe"]);
    }

    [Theory]
    [InlineData("Conservative MP Dan Fields asked about fees.",
        "The Labour leader answered that the system worked: “When are you going to set a policy?”", "Dan Fields", 0)]
    [InlineData("Plaid Cymru's Morwen Hughes criticised austerity.",
        "At one point the Plaid Cymru leader told the audience that “the banks had a bailout, now it is our turn.”", "Morwen Hughes", 1)]
    public void An_office_nobody_is_given_goes_to_the_subject_unless_it_is_another_partys(string introduction, string quoted, string subject, int count) =>
        Assert.Equal(count, QuotesBy(introduction, quoted)[subject].Length);

    [Fact]
    public void An_office_after_the_verb_goes_to_its_holder()
    {
        var quotes = QuotesBy("Tory leader Michael Howard attacked Tony Blair.", "\"He is the deals on meals prime minister,\" said the Tory leader.");
        Assert.Single(quotes["Michael Howard"]);
    }

    [Fact]
    public void A_title_or_nickname_after_entitled_or_dubbed_is_nobodys_quote() =>
        Assert.Empty(QuotesBy("Andrew Keenan sent an email entitled “Autumn Elections: We’ve made a mistake” to students.")["Andrew Keenan"]);

    [Fact]
    public void A_verb_after_the_quote_with_its_own_subject_is_not_inverted()
    {
        var quotes = QuotesBy("Tony Blair spoke to MPs.", "\"We should have the same flexibility as others,\" he told MPs.");
        Assert.Single(quotes["Tony Blair"]);
    }

    [Fact]
    public void A_participle_of_speech_belongs_to_the_sentences_subject()
    {
        var quotes = QuotesBy("Nicola Sturgeon spoke tonight.", "She warned Boris Johnson not to stand in the way, saying it was the ‘will of the people of Scotland’.");
        Assert.Single(quotes["Nicola Sturgeon"]);
        Assert.Empty(quotes["Boris Johnson"]);
    }

    [Fact]
    public void A_participle_with_no_named_subject_belongs_to_the_person_named_before_it() =>
        Assert.Single(QuotesBy("The film showed Mike Nattrass, apparently talking about the EU, telling the meeting: \"The Germans are the big losers here.\"")["Mike Nattrass"]);

    [Fact]
    public void A_sources_quote_that_runs_on_stays_the_sources()
    {
        var quotes = QuotesBy(
            "Len Duvall leads the Labour group.",
            "‘It is still very early in the day here,’ they told reporters.",
            "‘But we remain extremely cautious about the swing.’");
        Assert.Empty(quotes["Len Duvall"]);
    }

    [Fact]
    public void A_person_named_after_according_to_is_the_source_of_what_follows() =>
        Assert.Single(QuotesBy("According to current President, Victor du Buisson, turnout is low. He believes that “the union needs some kind of rebranding”.")["Victor du Buisson"]);

    [Fact]
    public void A_pronoun_after_and_or_so_still_opens_the_sentence()
    {
        var quotes = QuotesBy("Dick Morris is a winner. So he is out to help UKIP.", "\"The Tory party is schizophrenic about Europe.\"");
        Assert.Single(quotes["Dick Morris"]);
    }

    [Fact]
    public void Fragments_under_four_words_are_not_listed() =>
        Assert.Empty(QuotesBy("Mr Khan called it an \"emergency stimulus\" package and said \"Keir Starmer.\"")["Khan"]);

    [Fact]
    public void Words_in_title_case_are_a_name_not_a_quote() =>
        Assert.Empty(QuotesBy("Mr Andrej Babis said his party, ‘Freedom and Direct Democracy’, would win.")["Andrej Babis"]);

    [Fact]
    public void A_straight_mark_closes_a_curly_opening() =>
        Assert.Equal(["Londoners will give you a fair hearing,"], QuotesBy("“Londoners will give you a fair hearing,\" Mr Bailey said.")["Bailey"]);

    [Fact]
    public void Each_quote_has_the_sentence_around_it() =>
        Assert.Equal("Mr Bailey said: \"We will fight every seat.\"", Assert.Single(PersonExtractor.Extract(["Mr Bailey said: \"We will fight every seat.\""])[0].Quotes).Context);

    [Fact]
    public void Office_words_in_lower_case_may_stand_between_an_inverted_verb_and_the_name() =>
        Assert.Equal(["The post needs no lawyer at all,"], QuotesBy("\"The post needs no lawyer at all,\" said courts minister Ravi Tharnsby.")["Ravi Tharnsby"]);

    [Fact]
    public void A_name_in_apposition_to_the_office_opening_the_sentence_is_its_subject() =>
        Assert.Equal(["the votes of the young count for little"],
            QuotesBy("The Shadow Secretary for Justice, Ravi Tharnsby, recently put it bluntly: \"the votes of the young count for little\" in this race.")["Ravi Tharnsby"]);

    [Fact]
    public void Told_in_the_passive_has_an_unnamed_speaker() =>
        Assert.Empty(QuotesBy("Ravi Tharnsby was shocked. Despite being told he was a \"lost cause who never came back\" he stood again.")["Ravi Tharnsby"]);

    [Fact]
    public void A_name_after_by_in_a_documents_phrase_is_not_the_speaker() =>
        Assert.Empty(QuotesBy("The book by Gazette journalist Ravi Tharnsby said the pair felt \"deep mistrust and open contempt\" for each other.")["Ravi Tharnsby"]);

    [Fact]
    public void Words_quoted_after_an_attack_go_to_the_office_opening_the_sentence()
    {
        var quotes = QuotesBy(
            "Moira Kettle, the First Minister, met Prime Minister Ravi Tharnsby. She warned Mr Tharnsby not to block the vote.",
            "The First Minister lashed out at Mr Tharnsby and ‘cruel out-of-touch London governments’ in Westminster.");
        Assert.Equal(["cruel out-of-touch London governments"], quotes["Moira Kettle"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void Said_with_a_body_after_it_and_the_quote_after_that_is_the_subjects_reported_speech()
    {
        var quotes = QuotesBy(
            "Mr Ravi Tharnsby said there would be a review. He added: ‘We have to change.’",
            "The shadow cabinet member defended the attacks on ‘sleaze’ and said the party ‘must hold the government to account’ over contracts.");
        Assert.Contains("must hold the government to account", quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void An_office_goes_to_the_subject_before_not_to_a_source_named_beside_it()
    {
        var quotes = QuotesBy(
            "Tony Blair has dismissed reports about his future. It claims Tony Blair felt he had lost trust.",
            "According to Mr Ravi Tharnsby the prime minister said: \"Help me to get through the year and I will then stand down.\"");
        Assert.Single(quotes["Tony Blair"]);
        Assert.Empty(quotes["Ravi Tharnsby"]);
    }

    [Fact]
    public void A_deputy_office_is_not_the_office_it_deputises() =>
        Assert.Empty(QuotesBy("Deputy Prime Minister Ravi Tharnsby and Tony Blair met on Sunday.",
            "\"You don't do deals over jobs like this,\" the prime minister told the BBC.")["Ravi Tharnsby"]);

    [Fact]
    public void An_adverb_may_stand_between_the_speaker_and_the_verb() =>
        Assert.Single(QuotesBy("Sir Ravi Tharnsby was sacked in 1994. After his sacking, he bitterly said that local members were \"absolutely determined to get rid of me\".")["Ravi Tharnsby"]);

    [Fact]
    public void A_participle_of_speech_after_the_name_reports_the_quote() =>
        Assert.Single(QuotesBy("There is a different tone, with Mr Ravi Tharnsby stressing politicians should not \"foment an artificial debate\" about it.")["Ravi Tharnsby"]);

    [Fact]
    public void A_participle_belongs_to_the_sentences_subject_not_to_the_words_before_it() =>
        Assert.Single(QuotesBy("Labour's Ravi Tharnsby said the leaders had a \"scorching\" from MPs adding: \"It was a meeting like no other.\"")["Ravi Tharnsby"]);

    [Fact]
    public void The_name_before_a_description_in_commas_speaks() =>
        Assert.Single(QuotesBy("Conservative policy co-ordinator Ravi Tharnsby, MP for Witney, added: \"If it wasn't so serious it would be funny.\"")["Ravi Tharnsby"]);

    [Fact]
    public void An_office_named_after_a_peers_title_is_an_office() =>
        Assert.Single(QuotesBy("The Lord Chancellor, Lord Tharnsby, agreed the act was unfair but added that \"for all practical purposes its effects are limited\".")["Lord Tharnsby"]);

    [Fact]
    public void A_persons_own_statement_speaks_for_them() =>
        Assert.Single(QuotesBy("Ravi Tharnsby denied the report. Mr Tharnsby's statement said: \"The party has been making an impact on the issues.\"")["Ravi Tharnsby"]);

    [Fact]
    public void A_verb_joined_on_by_and_has_the_subject_before_it()
    {
        var quotes = QuotesBy("Ms Moira Kettle insisted: \"We have a good record in this country.\" And continued: \"We can be proud of what we have done here.\"");
        Assert.Equal(2, quotes["Moira Kettle"].Length);
        // A sentence about a group has no person for its joined verb.
        Assert.Empty(QuotesBy("Ravi Tharnsby spoke first.", "Delegates voted to back the plans, but also called on the party to \"oppose the new courts bill outright\" this year.")["Ravi Tharnsby"]);
    }

    [Fact]
    public void An_office_of_a_party_goes_to_the_last_subject_of_that_party()
    {
        var quotes = QuotesBy(
            "Conservative Ravi Tharnsby and Labour's Colin Pike debated. Mr Pike said little. Mr Tharnsby spoke of his son.",
            "Mr Pike spoke of jobs. The Conservative leader then spoke for the NHS, calling it the “most important national institution we have”.");
        Assert.Single(quotes["Ravi Tharnsby"]);
        Assert.Empty(quotes["Colin Pike"]);
    }
}
