using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A person's statement, letter or message speaks for them, and so does the "it" that goes on from it; a verb
/// joined on by "and" speaks for the sentence's subject.</summary>
public class JoinedSpeakerTests
{
    private static Dictionary<string, string[]> QuotesBy(params string[] paragraphs) =>
        PersonExtractor.Extract(paragraphs).ToDictionary(p => p.Name, p => p.Quotes.Select(q => q.Text).ToArray());

    [Fact]
    public void DocumentOwnerBefore_it_after_a_persons_statement_is_still_theirs()
    {
        var quotes = QuotesBy("Mr Crosby\u2019s statement said: \u201cThe party has been making an impact on tax.\u201d It added: \u201cThe Labour Party will want to distract attention from the issues.\u201d");
        Assert.Equal(2, quotes["Crosby"].Length);
    }

    [Fact]
    public void DocumentOwnerBefore_it_after_a_body_is_nobody_named()
    {
        var quotes = QuotesBy("Jane Smith spoke first. The council said it would act. It added: \u201cWe will cut the budget for roads next year.\u201d");
        Assert.Empty(quotes["Jane Smith"]);
    }

    [Fact]
    public void JoinedVerb_a_verb_joined_by_and_after_a_reported_clause_is_the_sentences_subjects()
    {
        var quotes = QuotesBy("Labour leader Jeremy Corbyn said Theresa May had misled the country and told MPs: \u201cShe should apologise to the House today.\u201d");
        Assert.Single(quotes["Jeremy Corbyn"]);
        Assert.Empty(quotes["Theresa May"]);
    }

    [Fact]
    public void JoinedVerb_a_name_after_the_verb_is_no_subject_so_the_sentences_is_taken()
    {
        var quotes = QuotesBy("Jane Doe met Gordon Brown and said he was \u201cthe best man for the job by far\u201d.");
        Assert.Single(quotes["Jane Doe"]);
    }

    [Fact]
    public void DocumentOwnerBefore_it_after_a_persons_letter_that_was_only_sent_is_not_theirs()
    {
        var quotes = QuotesBy("Jane Smith\u2019s letter was sent to the council on Monday. It replied on Friday: \u201cWe have no plans to change the policy on parking.\u201d");
        Assert.Empty(quotes["Jane Smith"]);
    }
}
