using NewsArchive.Search;

namespace NewsArchive.Tests.Search;

public class SearchTermsTests
{
    [Theory]
    [InlineData("Sadiq Khan", new[] { "sadiq", "khan" })]
    [InlineData("Siân  BERRY", new[] { "sian", "berry" })]
    [InlineData("\"AND( NEAR * Khan's", new[] { "and", "near", "khan" })]
    [InlineData("Thomas-Symonds", new[] { "thomas", "symonds" })]
    [InlineData("Ｓａｄｉｑ", new[] { "sadiq" })]
    [InlineData("🗳️ \u200B", new string[0])]
    public void Input_is_reduced_to_plain_lower_case_words(string input, string[] expected) =>
        Assert.Equal(expected, SearchTerms.Parse(input).Words);

    [Fact]
    public void Long_input_is_bounded()
    {
        Assert.Equal(SearchTerms.MaxWords, SearchTerms.Parse(string.Join(' ', Enumerable.Repeat("councillor", 100))).Words.Count);
        Assert.Equal(SearchTerms.MaxWordLength, Assert.Single(SearchTerms.Parse(new string('x', 10_000)).Words).Length);
    }

    [Fact]
    public void The_full_text_query_quotes_every_word_and_makes_the_last_a_prefix() =>
        Assert.Equal("\"near\" \"khan\"*", SearchTerms.Parse("NEAR khan").ToFtsQuery());

    [Fact]
    public void Given_the_archive_words_the_last_word_is_written_as_the_words_it_starts()
    {
        var words = new ArticleWords([("tax", 3), ("taxes", 1), ("taxi", 1), ("council", 2), ("tea", 5)]);
        Assert.Equal("\"council\" AND (\"tax\" OR \"taxes\" OR \"taxi\")", SearchTerms.Parse("council tax").ToFtsQuery(words));
        Assert.Equal("\"tea\"", SearchTerms.Parse("tea").ToFtsQuery(words));
        // No word starts with it: a prefix, which matches nothing, as the words say.
        Assert.Equal("\"zebra\"*", SearchTerms.Parse("zebra").ToFtsQuery(words));
    }

    [Fact]
    public void A_last_word_that_starts_too_many_words_stays_a_prefix()
    {
        var words = new ArticleWords(Enumerable.Range(0, SearchTerms.MaxCompletions + 1).Select(i => ($"co{i:D3}", 1)));
        Assert.Equal("\"co\"*", SearchTerms.Parse("co").ToFtsQuery(words));
        Assert.StartsWith("(\"co010\" OR", SearchTerms.Parse("co01").ToFtsQuery(words));
    }
}
