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
}
