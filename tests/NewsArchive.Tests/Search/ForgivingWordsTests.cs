using NewsArchive.Search;

namespace NewsArchive.Tests.Search;

public class ForgivingWordsTests
{
    private static readonly NameIndex Index = new([
        new NameIndex.Entry(1, "ann-hollis", "Ann Hollis", 5, ["Ann Hollis"]),
        new NameIndex.Entry(2, "sam-adeyemi", "Sam Adeyemi", 1, ["Sam Adeyemi"]),
    ]);

    [Theory]
    [InlineData("hlo", "ann-hollis")]
    [InlineData("ann hlol", "ann-hollis")]
    [InlineData("adye", "sam-adeyemi")]
    public void A_name_still_being_typed_with_a_slip_is_suggested(string typed, string slug) =>
        Assert.Equal(slug, Index.Find(SearchTerms.Parse(typed), typing: true).FirstOrDefault()?.Person.Slug);

    [Theory]
    [InlineData("hlo")]
    [InlineData("ann hlol")]
    public void A_finished_search_does_not_read_a_slipped_start_as_a_name(string typed) =>
        Assert.Empty(Index.Find(SearchTerms.Parse(typed)));

    [Theory]
    [InlineData("kah", "khan", true)]
    [InlineData("kha", "khan", true)]
    [InlineData("khn", "khan", true)]
    [InlineData("ka", "khan", false)]
    [InlineData("xyz", "khan", false)]
    [InlineData("kahn", "kh", false)]
    public void A_slipped_prefix_is_one_edit_from_the_start_of_the_word(string typed, string word, bool expected) =>
        Assert.Equal(expected, Typos.IsSlippedPrefix(typed, word));

    private static readonly ArticleWords Words = new([("landslide", 2), ("landside", 1), ("mayor", 3), ("major", 9), ("2021", 3)]);

    [Theory]
    [InlineData("landslde", "landslide")]
    [InlineData("mayr", "mayor")]
    [InlineData("majr", "major")]
    public void A_word_in_no_article_is_corrected_to_the_nearest_most_common_word(string typed, string expected) =>
        Assert.Equal(expected, Words.Correct(typed));

    [Theory]
    [InlineData("landslide")]
    [InlineData("zzzzzz")]
    [InlineData("may")]
    [InlineData("2012")]
    public void A_known_word_a_short_word_a_number_or_nothing_near_is_left_alone(string typed) => Assert.Null(Words.Correct(typed));

    [Fact]
    public void The_word_still_being_typed_is_known_as_the_start_of_a_word()
    {
        Assert.True(Words.Knows("lands", asPrefix: true));
        Assert.False(Words.Knows("lands", asPrefix: false));
        Assert.False(Words.Knows("zz", asPrefix: true));
    }

    [Theory]
    [InlineData("mayor london", "London mayoral election 2021 london mayor", true)]
    [InlineData("labour", "Labour Party", true)]
    [InlineData("labor", "Labour", true)]
    [InlineData("khan", "London mayoral election 2021", false)]
    [InlineData("mayor paris", "London mayoral election 2021", false)]
    public void A_name_matches_when_every_word_typed_is_a_word_of_it_its_start_or_a_slip(string typed, string name, bool expected) =>
        Assert.Equal(expected, NameMatch.Score(SearchTerms.Parse(typed).Words, NameMatch.Words(name).ToList()) > 0);
}
