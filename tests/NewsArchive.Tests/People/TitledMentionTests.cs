using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>When a title before one word names a person: inside quoted speech, inside a short quoted title, and
/// after an office before a word the article writes in lower case. One test per rule.</summary>
public class TitledMentionTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Fact]
    public void InShortQuote_a_titled_surname_inside_quoted_speech_is_a_person() =>
        Assert.Contains("Blair", Names("Announcing the plans, Mr Redwood said: \u201cMr Blair has forgotten the interests of taxpayers.\u201d"));

    [Fact]
    public void InShortQuote_a_titled_surname_inside_a_quoted_title_is_nobody() =>
        Assert.Empty(Names("She made a documentary called \u2018No More Mr Nasty\u2019 last year."));

    [Fact]
    public void A_word_the_article_writes_in_lower_case_after_an_office_is_no_surname() =>
        Assert.DoesNotContain("Workers", Names("The union backed the workers.", "The union spoke for General Workers in the hall."));

    [Fact]
    public void An_office_before_a_surname_the_article_never_writes_in_lower_case_is_a_person() =>
        Assert.Contains("Trump", Names("May meets President Trump next week."));
}
