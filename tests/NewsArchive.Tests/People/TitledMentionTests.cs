using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>When a title before one word names a person: inside quoted speech, and inside a short quoted title.
/// One test per rule.</summary>
public class TitledMentionTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Fact]
    public void InShortQuote_a_titled_surname_inside_quoted_speech_is_a_person() =>
        Assert.Contains("Blair", Names("Announcing the plans, Mr Redwood said: \u201cMr Blair has forgotten the interests of taxpayers.\u201d"));

    [Fact]
    public void InShortQuote_a_titled_surname_inside_a_quoted_title_is_nobody() =>
        Assert.Empty(Names("She made a documentary called \u2018No More Mr Nasty\u2019 last year."));

    [Theory]
    [InlineData("David Cameron said: \u201cHe is Captain Hindsight, always wise after the event and never before it.\u201d", "Hindsight")]
    [InlineData("Jane Doe said: \u201cIt was a joy to see the Queen Mother when she visited the town in the summer.\u201d", "Mother")]
    [InlineData("Jane Doe said: \u201cWe will never take lessons on confidence from Mr Confidence over there today.\u201d", "Confidence")]
    public void NamedInSpeech_an_office_or_an_everyday_word_in_quoted_speech_is_nobody(string text, string word) =>
        Assert.DoesNotContain(word, Names(text));

    [Fact]
    public void An_office_before_a_surname_the_article_never_writes_in_lower_case_is_a_person() =>
        Assert.Contains("Trump", Names("May meets President Trump next week."));

    [Theory]
    [InlineData("Unison's workers and the Transport and General Workers' Union's members are to be balloted.", "Workers")]
    [InlineData("The region's budgets were cut after the Congress refused to pass the General Budgets in the spring.", "Budgets")]
    public void An_office_before_an_everyday_word_in_the_plural_names_a_body_or_a_thing(string text, string word) =>
        Assert.DoesNotContain(word, Names(text));

    [Fact]
    public void An_office_before_a_surname_ending_in_s_is_a_person() =>
        Assert.Contains("Jenkins", Names("General Jenkins said the troops would stay for the winter."));
}
