using NewsArchive.Elections;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

public class NewsNumberTests
{
    [Theory]
    [InlineData("1,206,034", 1206034, Bound.Exact)]
    [InlineData("977, 601", 977601, Bound.Exact)]
    [InlineData("almost 7,000", 7000, Bound.Approximate)]
    [InlineData("around 40", 40, Bound.Approximate)]
    [InlineData("more than 300,000", 300000, Bound.MoreThan)]
    [InlineData("fewer than 200", 200, Bound.LessThan)]
    [InlineData("1.5million", 1500000, Bound.Exact)]
    [InlineData("35.3", 35.3, Bound.Exact)]
    [InlineData("four", 4, Bound.Exact)]
    [InlineData("a little over 94,000", 94000, Bound.Approximate)]
    [InlineData("a touch under 36", 36, Bound.Approximate)]
    [InlineData("well over 2,000", 2000, Bound.MoreThan)]
    public void Reads_numbers_as_news_writes_them(string written, double value, Bound bound)
    {
        var quantity = NewsNumber.Parse(written);

        Assert.NotNull(quantity);
        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal(bound, quantity.Bound);
        Assert.Equal(written, quantity.Text);
    }

    [Theory]
    [InlineData("many")]
    [InlineData("forgotten")]
    public void Words_that_are_not_numbers_are_not_read(string word) => Assert.Null(NewsNumber.Parse(word));

    [Fact]
    public void A_number_word_inside_another_word_is_no_figure()
    {
        var result = Extract.From("Jane Doe won the Wigan by-election yesterday for the forgotten majority.", Extract.Saturday, "Jane Doe");

        Assert.Empty(result.Figures);
        Assert.Empty(result.LeftOut);
    }

    [Fact]
    public void A_qualifier_opening_the_sentence_keeps_its_hedge()
    {
        var figure = Assert.Single(Extract.From("Nearly 2,000 votes were cast in the Wigan by-election of 2004.", new DateOnly(2005, 5, 7)).Figures);
        Assert.Equal((2000m, Bound.Approximate, "Nearly 2,000"), (figure.Value.Value, figure.Value.Bound, figure.Value.Text));
    }
}
