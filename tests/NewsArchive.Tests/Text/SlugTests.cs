using NewsArchive.Text;

namespace NewsArchive.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Sadiq Khan re-elected Mayor of London", "sadiq-khan-re-elected-mayor-of-london")]
    [InlineData("Siân Berry’s “historic” night", "sian-berrys-historic-night")]
    [InlineData("  --Labour's 30 seats!-- ", "labours-30-seats")]
    [InlineData("!!!", "untitled")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Long_slugs_are_cut_between_words()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("election", 30)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("election", slug);
    }

    [Theory]
    [InlineData("Siân  Berry", "Sian Berry")]
    [InlineData("SIAN BERRY", "sian berry")]
    [InlineData("Siân Berry’s", "Sian Berry's")]
    public void Spellings_that_differ_only_in_accents_case_spacing_or_apostrophes_share_a_slug(string a, string b) =>
        Assert.Equal(Slug.From(a), Slug.From(b));
}
