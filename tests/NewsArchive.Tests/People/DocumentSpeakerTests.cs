using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A person's statement, letter or message speaks for them, and so does the "it" that goes on from it.</summary>
public class DocumentSpeakerTests
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
}
